/**
 * A fake Telegram Bot API server for end-to-end tests: node:http on
 * 127.0.0.1, port 0. It answers getMe and getChatMember, serves getUpdates
 * from a queue the test fills (holding the long poll until an update arrives
 * or a short timeout), records every call, refuses what Telegram refuses
 * (bad HTML, text over 4,096 characters, callback_data over 64 bytes, bad
 * command menus or webhook secrets), and on demand fails the next N calls of
 * a method with 429 (retry_after), 5xx, 403/400, or a dropped connection.
 *
 * Opt-in, `enforceLimits({ scale })` makes it refuse sendMessage over
 * Telegram's broadcast limits times `scale` — 30×scale a second overall,
 * 1×scale a second per chat, 20×scale a minute per group (negative chat id),
 * each a sliding window — with 429 and `parameters.retry_after`, and
 * `blockChat` makes a chat answer 403 as a user who blocked the bot would.
 * Every accepted message is kept in `delivered`; `tooManyRequests` counts
 * the 429s answered.
 *
 * retry_after: Telegram sends whole seconds, at least 1. Under a scale,
 * time runs `scale` times faster, so the fake sends the whole seconds
 * Telegram would ask for at scale 1, divided by the scale: at scale 20 a
 * fractional 0.05, 0.1, … (never 0). At scale 1 it is the integer Telegram
 * would send.
 *
 * Hazard: close() releases held polls and drops open sockets; stop the bot
 * first, so its last getUpdates (Telegraf confirms the offset on stop) is
 * answered rather than refused.
 */
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Update, UserFromGetMe } from 'telegraf/types';
import { checkTelegramHtml } from '../adapters/telegram/telegram-html.ts';

export type Failure =
  | { readonly status: 429; readonly retryAfter: number }
  | { readonly status: 400 | 401 | 403 | 409 | 500 | 502; readonly description?: string }
  | { readonly network: true };

export interface ApiCall {
  readonly method: string;
  readonly params: Record<string, unknown>;
  /** HTTP status answered, or 'dropped' for a failed connection. */
  readonly status: number | 'dropped';
  /** What a successful call returned. */
  readonly result?: unknown;
}

export const FAKE_BOT: UserFromGetMe = {
  id: 4242,
  is_bot: true,
  first_name: 'Coop Bot',
  username: 'coop_test_bot',
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
};

/** A sendMessage the fake accepted. */
export interface DeliveredMessage {
  readonly chatId: string;
  /** As sent (HTML when parse_mode is HTML). */
  readonly text: string;
  /** Date.now() when accepted. */
  readonly at: number;
}

export interface LimitSettings {
  /** Multiplies every limit; 20 means 600 messages a second overall. */
  readonly scale: number;
  readonly overallPerSecond?: number;
  readonly perChatPerSecond?: number;
  readonly perGroupPerMinute?: number;
  /** The clock the windows run on (Date.now unless a test steps its own). */
  readonly now?: () => number;
}

export type ChatMemberStatus = 'creator' | 'administrator' | 'member' | 'restricted' | 'left' | 'kicked';

type Params = Record<string, unknown>;
type Result =
  | { readonly ok: true; readonly result: unknown }
  | { readonly ok: false; readonly status: number; readonly description: string; readonly retryAfter?: number };

interface HeldPoll {
  readonly offset: number;
  readonly respond: (updates: Update[]) => void;
}

export class FakeTelegramApi {
  readonly calls: ApiCall[] = [];
  /** Every message accepted, in order: count deliveries per chat from here. */
  readonly delivered: DeliveredMessage[] = [];
  /** 429s answered, enforced or injected. */
  tooManyRequests = 0;
  private limits: Limits | undefined;
  private readonly blocked = new Map<string, string>();
  private readonly members = new Map<string, ChatMemberStatus>();
  private readonly events = new EventEmitter();
  private readonly failures = new Map<string, Failure[]>();
  private readonly held = new Set<HeldPoll>();
  private queue: Update[] = [];
  private messageId = 1;
  /** The highest offset any getUpdates has asked for: every update below it is done. */
  private confirmed = 0;

  private constructor(
    private readonly server: Server,
    readonly token: string,
    readonly url: string,
    private readonly holdMs: number,
  ) {}

  static async start(token: string, holdMs = 500): Promise<FakeTelegramApi> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const api = new FakeTelegramApi(server, token, `http://127.0.0.1:${(server.address() as AddressInfo).port}`, holdMs);
    server.on('request', (req, res) => void api.handle(req, res));
    return api;
  }

  /** Fails the next `times` calls of `method` the given way. */
  failNext(method: string, failure: Failure, times = 1): void {
    this.failures.set(method, [...(this.failures.get(method) ?? []), ...Array<Failure>(times).fill(failure)]);
  }

  /** From now on, refuses sendMessage over Telegram's limits times `scale` (see the header). */
  enforceLimits(settings: LimitSettings): void {
    this.limits = new Limits(settings);
  }

  /** sendMessage to the chat answers 403 from now on. */
  blockChat(chatId: number | string, description = 'Forbidden: bot was blocked by the user'): void {
    this.blocked.set(String(chatId), description);
  }

  /** What getChatMember answers for the user in the chat; 'member' unless set. */
  setChatMember(chatId: number | string, userId: number, status: ChatMemberStatus): void {
    this.members.set(`${chatId}:${userId}`, status);
  }

  /** Messages accepted for each chat. */
  deliveredPerChat(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const { chatId } of this.delivered) counts.set(chatId, (counts.get(chatId) ?? 0) + 1);
    return counts;
  }

  /** Queues updates for getUpdates; they are delivered together, in one batch. */
  queueUpdates(...updates: Update[]): void {
    this.queue.push(...updates);
    for (const poll of [...this.held]) this.answerPoll(poll);
  }

  /** Parameters of the successful calls of a method, in order. */
  sent(method: string): Params[] {
    return this.calls.filter((c) => c.method === method && c.status === 200).map((c) => c.params);
  }

  /** The message_id Telegram gave each message sent, in order. */
  sentMessageIds(): number[] {
    return this.calls.filter((c) => c.method === 'sendMessage' && c.status === 200).map((c) => (c.result as { message_id: number }).message_id);
  }

  attempts(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Resolves once `check` holds, re-checked after every call; rejects after `timeoutMs`. */
  waitFor(check: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
    if (check()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const onCall = () => {
        if (!check()) return;
        clearTimeout(timer);
        this.events.off('call', onCall);
        resolve();
      };
      const timer = setTimeout(() => {
        this.events.off('call', onCall);
        reject(new Error(`fake Telegram API: timed out waiting for ${what}`));
      }, timeoutMs);
      this.events.on('call', onCall);
    });
  }

  /** Resolves when the bot polls past `updateId`: Telegraf has finished the batch holding it. */
  waitUntilConfirmed(updateId: number): Promise<void> {
    return this.waitFor(() => this.confirmed > updateId, `update ${updateId} to be confirmed`);
  }

  async close(): Promise<void> {
    for (const poll of [...this.held]) poll.respond([]);
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const match = /^\/bot([^/]+)\/(\w+)$/.exec(req.url ?? '');
    const params = await readJson(req);
    const method = match?.[2] ?? '?';
    if (!match || match[1] !== this.token) return this.reply(res, method, params, { ok: false, status: 401, description: 'Unauthorized' });
    const failure = this.failures.get(method)?.shift();
    if (failure) return this.fail(req, res, method, params, failure);
    if (method === 'getUpdates') return this.poll(res, params);
    this.reply(res, method, params, this.answer(method, params));
  }

  private fail(req: IncomingMessage, res: ServerResponse, method: string, params: Params, failure: Failure): void {
    if ('network' in failure) {
      this.record({ method, params, status: 'dropped' });
      req.socket.destroy();
      return;
    }
    const description =
      failure.status === 429 ? `Too Many Requests: retry after ${failure.retryAfter}` : (failure.description ?? (failure.status >= 500 ? 'Internal Server Error' : 'Bad Request'));
    const extra = failure.status === 429 ? { parameters: { retry_after: failure.retryAfter } } : {};
    this.reply(res, method, params, { ok: false, status: failure.status, description }, extra);
  }

  // Long poll: answer at once when updates wait, else hold until some arrive or the hold ends.
  private poll(res: ServerResponse, params: Params): void {
    const offset = Number(params.offset ?? 0);
    this.queue = this.queue.filter((u) => u.update_id >= offset);
    // Known on arrival, not when the held poll is answered, so waiters need not sit out the hold.
    this.confirmed = Math.max(this.confirmed, offset);
    this.events.emit('call');
    const holdMs = Math.min(Number(params.timeout ?? 0) * 1000, this.holdMs);
    const poll: HeldPoll = {
      offset,
      respond: (updates) => {
        this.held.delete(poll);
        clearTimeout(timer);
        this.reply(res, 'getUpdates', params, { ok: true, result: updates });
      },
    };
    const timer = setTimeout(() => poll.respond([]), holdMs);
    this.held.add(poll);
    // The bot aborts its poll on stop: forget it rather than answer a closed socket.
    res.once('close', () => {
      if (!res.writableEnded) {
        this.held.delete(poll);
        clearTimeout(timer);
      }
    });
    if (this.queue.length > 0 || holdMs === 0) this.answerPoll(poll);
  }

  private answerPoll(poll: HeldPoll): void {
    poll.respond(this.queue.filter((u) => u.update_id >= poll.offset).slice(0, 100));
  }

  private answer(method: string, params: Params): Result {
    switch (method) {
      case 'getMe':
        return { ok: true, result: FAKE_BOT };
      case 'sendMessage':
        return this.sendMessage(params);
      case 'getChatMember':
        return this.chatMember(params);
      case 'answerCallbackQuery':
        return String(params.text ?? '').length <= 200 ? { ok: true, result: true } : badRequest('MESSAGE_TOO_LONG');
      case 'setMyCommands':
        return commandsProblem(params) ?? { ok: true, result: true };
      case 'setWebhook':
        return /^[A-Za-z0-9_-]{1,256}$/.test(String(params.secret_token ?? 'x')) ? { ok: true, result: true } : badRequest('secret token contains unallowed characters');
      case 'deleteWebhook':
      case 'editMessageReplyMarkup':
        return { ok: true, result: true };
      default:
        return { ok: false, status: 404, description: 'Not Found: method not found' };
    }
  }

  private sendMessage(params: Params): Result {
    const text = String(params.text ?? '');
    const blocked = this.blocked.get(String(params.chat_id));
    if (blocked) return { ok: false, status: 403, description: blocked };
    const check = params.parse_mode === 'HTML' ? checkTelegramHtml(text) : { problems: [], text };
    if (check.problems.length > 0) return badRequest(`can't parse entities: ${check.problems[0]}`);
    if (check.text.length > 4096) return badRequest('message is too long');
    if (callbackData(params).some((data) => Buffer.byteLength(data) > 64 || data.length === 0)) return badRequest('BUTTON_DATA_INVALID');
    const now = this.limits?.now() ?? Date.now();
    const retryAfter = this.limits?.take(String(params.chat_id), now);
    if (retryAfter !== undefined) return { ok: false, status: 429, description: `Too Many Requests: retry after ${retryAfter}`, retryAfter };
    this.delivered.push({ chatId: String(params.chat_id), text, at: now });
    const chatId = Number(params.chat_id);
    const chat = chatId < 0 ? { id: chatId, type: 'supergroup', title: 'Group' } : { id: chatId, type: 'private', first_name: 'User' };
    return { ok: true, result: { message_id: this.messageId++, date: Math.floor(Date.now() / 1000), chat, from: FAKE_BOT, text: check.text } };
  }

  private chatMember(params: Params): Result {
    const userId = Number(params.user_id);
    const status = this.members.get(`${String(params.chat_id)}:${userId}`) ?? 'member';
    return { ok: true, result: { status, user: { id: userId, is_bot: false, first_name: 'User' } } };
  }

  private reply(res: ServerResponse, method: string, params: Params, result: Result, extra: object = {}): void {
    const status = result.ok ? 200 : result.status;
    if (status === 429) this.tooManyRequests++;
    if (!result.ok && result.retryAfter !== undefined) extra = { ...extra, parameters: { retry_after: result.retryAfter } };
    this.record({ method, params, status, ...(result.ok && { result: result.result }) });
    const body = result.ok ? { ok: true, result: result.result } : { ok: false, error_code: result.status, description: result.description, ...extra };
    if (!res.writableEnded) res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  }

  private record(call: ApiCall): void {
    this.calls.push(call);
    this.events.emit('call', call);
  }
}

function badRequest(problem: string): Result {
  return { ok: false, status: 400, description: `Bad Request: ${problem}` };
}

async function readJson(req: IncomingMessage): Promise<Params> {
  let body = '';
  for await (const chunk of req) body += String(chunk);
  try {
    const parsed: unknown = JSON.parse(body || '{}');
    return typeof parsed === 'object' && parsed !== null ? (parsed as Params) : {};
  } catch {
    return {};
  }
}

function callbackData(params: Params): string[] {
  const markup = params.reply_markup as { inline_keyboard?: Array<Array<{ callback_data?: string }>> } | undefined;
  return (markup?.inline_keyboard ?? []).flat().flatMap((button) => (button.callback_data === undefined ? [] : [button.callback_data]));
}

function commandsProblem(params: Params): Result | undefined {
  const commands = params.commands as Array<{ command?: string; description?: string }> | undefined;
  if (!Array.isArray(commands) || commands.length > 100) return badRequest('commands must be a list of at most 100');
  for (const { command, description } of commands) {
    if (!/^[a-z0-9_]{1,32}$/.test(command ?? '')) return badRequest(`BOT_COMMAND_INVALID: ${command}`);
    if (!description || description.length > 256) return badRequest(`BOT_COMMAND_DESCRIPTION_INVALID: ${command}`);
  }
  if (params.language_code !== undefined && !/^[a-z]{2}$/.test(String(params.language_code))) return badRequest('invalid language_code');
  return undefined;
}

/**
 * Telegram's broadcast limits as sliding windows. A limit under one message
 * per period (scale < 1 at 1/s per chat) becomes one message per longer
 * window, so every scale keeps the same average rate.
 */
class Limits {
  private readonly overall: SlidingWindow;
  private readonly perChat = new Map<string, SlidingWindow>();
  private readonly perGroup = new Map<string, SlidingWindow>();
  private readonly chatWindow: WindowSize;
  private readonly groupWindow: WindowSize;

  readonly now: () => number;

  constructor(private readonly settings: LimitSettings) {
    this.now = settings.now ?? Date.now;
    const { scale, overallPerSecond = 30, perChatPerSecond = 1, perGroupPerMinute = 20 } = settings;
    if (!(scale > 0)) throw new Error('fake Telegram API: scale must be positive');
    this.overall = new SlidingWindow(windowSize(overallPerSecond * scale, 1000));
    this.chatWindow = windowSize(perChatPerSecond * scale, 1000);
    this.groupWindow = windowSize(perGroupPerMinute * scale, 60_000);
  }

  /** Counts a message sent now, or returns the retry_after (seconds) to answer instead. */
  take(chatId: string, now: number): number | undefined {
    const windows = [this.overall, windowFor(this.perChat, chatId, this.chatWindow)];
    if (chatId.startsWith('-')) windows.push(windowFor(this.perGroup, chatId, this.groupWindow));
    const waitMs = Math.max(...windows.map((w) => w.waitMs(now)));
    if (waitMs > 0) return retryAfterSeconds(waitMs, this.settings.scale);
    for (const window of windows) window.add(now);
    return undefined;
  }
}

interface WindowSize {
  readonly max: number;
  readonly ms: number;
}

function windowSize(allowed: number, periodMs: number): WindowSize {
  return allowed >= 1 ? { max: Math.floor(allowed), ms: periodMs } : { max: 1, ms: periodMs / allowed };
}

function windowFor(windows: Map<string, SlidingWindow>, key: string, size: WindowSize): SlidingWindow {
  let window = windows.get(key);
  if (!window) windows.set(key, (window = new SlidingWindow(size)));
  return window;
}

// Whole seconds as Telegram would ask at scale 1, in the scaled clock (see the header).
function retryAfterSeconds(waitMs: number, scale: number): number {
  return Math.max(1, Math.ceil((waitMs * scale) / 1000)) / scale;
}

class SlidingWindow {
  private stamps: number[] = [];
  private head = 0;

  constructor(private readonly size: WindowSize) {}

  /** Milliseconds until one more message fits; 0 when it fits now. */
  waitMs(now: number): number {
    while (this.head < this.stamps.length && this.stamps[this.head]! <= now - this.size.ms) this.head++;
    if (this.head > 1024) {
      this.stamps = this.stamps.slice(this.head);
      this.head = 0;
    }
    if (this.stamps.length - this.head < this.size.max) return 0;
    return Math.max(1, this.stamps[this.head]! + this.size.ms - now);
  }

  add(now: number): void {
    this.stamps.push(now);
  }
}
