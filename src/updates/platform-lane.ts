/**
 * One platform's send queue: a FIFO of jobs per chat and a heap of chats by
 * the time each may next be sent to. A chat that is rate limited, held after
 * a 429 or slow to answer waits in the heap while every other chat goes on,
 * so no chat can block another. One send at a time per chat keeps a chat's
 * notifications in order; at most `maxInFlight` sends at a time per platform.
 */
import { MinHeap } from './min-heap.ts';
import { RateGate } from './rate-gate.ts';
import type { NotificationSender } from './sender.ts';

export interface LaneJob {
  readonly chatId: string;
}

interface ChatState<J> {
  readonly jobs: J[];
  /** A send to this chat is in flight. */
  busy: boolean;
  /** The chat is in the heap (exactly once) waiting for its turn. */
  scheduled: boolean;
}

export class PlatformLane<J extends LaneJob> {
  readonly gate: RateGate;
  private readonly chats = new Map<string, ChatState<J>>();
  private readonly waiting = new MinHeap<string>();
  private sending = 0;
  private queued = 0;

  constructor(
    readonly sender: NotificationSender,
    rateScale: number,
    private readonly maxInFlight: number,
  ) {
    this.gate = new RateGate(sender.limits, rateScale);
  }

  /** Jobs waiting (not in flight). */
  get queuedJobs(): number {
    return this.queued;
  }

  queuedFor(chatId: string): number {
    return this.chats.get(chatId)?.jobs.length ?? 0;
  }

  push(job: J, now: number): void {
    const chat = this.chatState(job.chatId);
    chat.jobs.push(job);
    this.queued += 1;
    if (!chat.busy && !chat.scheduled) this.schedule(job.chatId, chat, now);
  }

  /**
   * Starts (through `start`) every send the limits allow now. Returns when
   * the next send could start: a time, or Infinity when only a send settling
   * can free one (or nothing is queued). The clock is read for every send,
   * so each is recorded when it really starts, not when the batch began.
   */
  dispatch(clock: () => number, start: (job: J) => void): number {
    for (;;) {
      if (this.sending >= this.maxInFlight) return Infinity;
      const now = clock();
      const next = this.waiting.peekKey();
      if (next === undefined) return Infinity;
      if (next > now) return next;
      const overall = this.gate.overallReadyAt(now);
      if (overall > now) return overall;
      const chatId = this.waiting.pop()!;
      const chat = this.chats.get(chatId);
      if (!chat) continue;
      chat.scheduled = false;
      const job = chat.jobs.shift();
      if (!job) {
        this.forgetIfIdle(chatId, chat);
        continue;
      }
      // A 429 may have held the chat since it was scheduled.
      const ready = this.gate.chatReadyAt(chatId, now);
      if (ready > now) {
        chat.jobs.unshift(job);
        this.schedule(chatId, chat, now, ready);
        continue;
      }
      this.queued -= 1;
      chat.busy = true;
      this.sending += 1;
      start(job);
      // Recorded once the send has started (start() calls the sender synchronously), never
      // before: a pause in between (GC) then delays the next sends instead of crowding them.
      this.gate.record(chatId, clock());
    }
  }

  /** A send to the chat finished (however it went): the chat may take its next job. */
  settled(chatId: string, now: number): void {
    this.sending -= 1;
    const chat = this.chats.get(chatId);
    if (!chat) return;
    chat.busy = false;
    if (chat.jobs.length > 0) this.schedule(chatId, chat, now);
    else this.forgetIfIdle(chatId, chat);
  }

  /** Removes and returns the chat's waiting jobs (a blocked chat). */
  dropChat(chatId: string): J[] {
    const chat = this.chats.get(chatId);
    if (!chat) return [];
    const jobs = chat.jobs.splice(0);
    this.queued -= jobs.length;
    return jobs;
  }

  /** Removes and returns every waiting job (stop). */
  takeAll(): J[] {
    const jobs: J[] = [];
    for (const [chatId] of this.chats) jobs.push(...this.dropChat(chatId));
    return jobs;
  }

  private chatState(chatId: string): ChatState<J> {
    let chat = this.chats.get(chatId);
    if (!chat) this.chats.set(chatId, (chat = { jobs: [], busy: false, scheduled: false }));
    return chat;
  }

  private schedule(chatId: string, chat: ChatState<J>, now: number, at = this.gate.chatReadyAt(chatId, now)): void {
    chat.scheduled = true;
    this.waiting.push(at, chatId);
  }

  private forgetIfIdle(chatId: string, chat: ChatState<J>): void {
    if (!chat.busy && !chat.scheduled && chat.jobs.length === 0) this.chats.delete(chatId);
  }
}
