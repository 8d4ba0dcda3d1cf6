/**
 * `/ingest <url>`, for the bot's administrators (TELEGRAM_ADMIN_IDS): says
 * it is working on it, imports the page or feed through the IngestService
 * in the background, then replies with the report's summary — which, for a
 * page skipped as unrelated, says how to import it anyway: `/ingest --force
 * <url>`. Everyone else is refused before anything is fetched.
 *
 * In the background because Telegraf handles a polling batch only once
 * every update in it is done: awaiting a fetch of seconds would hold every
 * other chat's answer. At most MAX_INGESTS_AT_ONCE run at once
 * (adapters/shared/background.ts); past that the admin is asked to wait.
 *
 * Hazard: IngestService.ingest also reads file paths. Only an argument that
 * parses as one http(s) URL reaches it (adapters/shared/ingest-url.ts), so
 * no chat message can name a file on the bot's disk.
 */
import { messages } from '../../src/answer/messages.ts';
import type { Language } from '../../src/corpus/article.ts';
import { renderIngestReport } from '../../src/ingest/render-report.ts';
import type { IngestService } from '../../src/ingest/service.ts';
import { parseIngestUrl, splitForce } from '../shared/ingest-url.ts';
import type { TelegramApp } from './app.ts';
import { replyPlain } from './ask-question.ts';
import { replyLanguage } from './language.ts';
import { loggableError } from './log-error.ts';
import { phrases } from './phrases.ts';
import type { Turn } from './turn.ts';

export async function runIngest(app: TelegramApp, turn: Turn, args: string): Promise<void> {
  const language = await replyLanguage(app, turn);
  const p = phrases(language);
  if (!app.adminIds.has(String(turn.userId))) {
    app.logger.warn({ updateId: turn.updateId, userId: turn.userId }, '/ingest refused: not an admin');
    return replyPlain(app, turn, p.ingestAdminsOnly);
  }
  const ingest = app.ingest;
  if (!ingest) return replyPlain(app, turn, p.ingestUnavailable);
  const { force, rest } = splitForce(args);
  const url = parseIngestUrl(rest);
  if (!url) return replyPlain(app, turn, p.ingestUsage);
  // Not awaited (see the header); the task answers its own errors, so its promise never rejects.
  const started = app.ingests.tryRun(() => ingestAndReport(app, turn, language, ingest, url, force));
  if (!started) {
    app.logger.info({ updateId: turn.updateId, userId: turn.userId }, '/ingest refused: busy');
    return replyPlain(app, turn, p.ingestBusy);
  }
}

async function ingestAndReport(app: TelegramApp, turn: Turn, language: Language, ingest: IngestService, url: string, force: boolean): Promise<void> {
  try {
    await replyPlain(app, turn, phrases(language).ingestWorking(url));
    app.logger.info({ updateId: turn.updateId, userId: turn.userId, url, force }, '/ingest started');
    const report = await ingest.ingest([url], undefined, { force });
    app.logger.info({ updateId: turn.updateId, outcomes: report.outcomes.map((o) => o.kind) }, '/ingest finished');
    await replyPlain(app, turn, renderIngestReport(report, language, { forceCommand: FORCE_COMMAND }));
  } catch (error) {
    await apologise(app, turn, language, error);
  }
}

/** How the report tells an admin to import a skipped page anyway. */
export const FORCE_COMMAND = (source: string): string => `/ingest --force ${source}`;

// The catch-all's job for work it cannot see: the update it came with is long finished.
async function apologise(app: TelegramApp, turn: Turn, language: Language, error: unknown): Promise<void> {
  try {
    app.logger.error({ updateId: turn.updateId, chatId: turn.chatId, error: loggableError(error, app.redact) }, '/ingest failed');
    await replyPlain(app, turn, messages(language).apology);
  } catch (apologyError) {
    app.logger.warn({ updateId: turn.updateId, error: loggableError(apologyError, app.redact) }, 'apology not delivered');
  }
}
