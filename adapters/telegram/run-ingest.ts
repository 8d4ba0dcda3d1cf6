/**
 * `/ingest <url>`, for the bot's administrators (TELEGRAM_ADMIN_IDS): says
 * it is working on it, imports the page or feed through the IngestService
 * in the background (see background.ts for why not inline), then replies
 * with the report's summary. Everyone else is refused before anything is
 * fetched.
 *
 * Hazard: IngestService.ingest also reads file paths. Only an argument that
 * parses as one http(s) URL reaches it (parse-command.ts), so no chat
 * message can name a file on the bot's disk.
 */
import { messages } from '../../src/answer/messages.ts';
import type { Language } from '../../src/corpus/article.ts';
import { renderIngestReport } from '../../src/ingest/render-report.ts';
import type { TelegramApp } from './app.ts';
import { replyPlain } from './ask-question.ts';
import { replyLanguage } from './language.ts';
import { loggableError } from './log-error.ts';
import { parseIngestArg } from './parse-command.ts';
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
  const url = parseIngestArg(args);
  if (!url) return replyPlain(app, turn, p.ingestUsage);
  await replyPlain(app, turn, p.ingestWorking(url));
  app.logger.info({ updateId: turn.updateId, userId: turn.userId, url }, '/ingest started');
  app.tasks.run(
    async () => {
      const report = await ingest.ingest([url]);
      app.logger.info({ updateId: turn.updateId, outcomes: report.outcomes.map((o) => o.kind) }, '/ingest finished');
      await replyPlain(app, turn, renderIngestReport(report, language));
    },
    (error) => apologise(app, turn, language, error),
  );
}

// The catch-all's job for work it cannot see: the update it came with is long finished.
async function apologise(app: TelegramApp, turn: Turn, language: Language, error: unknown): Promise<void> {
  app.logger.error({ updateId: turn.updateId, chatId: turn.chatId, error: loggableError(error, app.redact) }, '/ingest failed');
  try {
    await replyPlain(app, turn, messages(language).apology);
  } catch (apologyError) {
    app.logger.warn({ updateId: turn.updateId, error: loggableError(apologyError, app.redact) }, 'apology not delivered');
  }
}
