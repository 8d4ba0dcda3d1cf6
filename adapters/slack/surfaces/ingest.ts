/**
 * `/coop ingest <url>`: an admin (SLACK_ADMIN_IDS) adds one article or feed
 * by URL. Refusals come first and fetch nothing: not an admin, no ingest
 * pipeline on this bot, not exactly one http(s) URL, or MAX_INGESTS_AT_ONCE
 * already running (adapters/shared/background.ts: a flood of commands must
 * not start a flood of downloads, and stop() waits for those running).
 * Then the admin is told the fetch started and, when the pipeline settles,
 * gets its report — both through the command's response_url (ephemeral),
 * so the command's 3 s acknowledgement never waits for a download. A page
 * skipped as unrelated can be imported anyway with `--force` before the URL;
 * the report says so.
 */
import { messages } from '../../../src/answer/messages.ts';
import type { Language } from '../../../src/corpus/article.ts';
import { renderIngestReport } from '../../../src/ingest/render-report.ts';
import type { IngestService } from '../../../src/ingest/service.ts';
import type { Deliver } from '../deliver.ts';
import { guarded, type Where } from '../handler-error.ts';
import { splitForce } from '../../shared/ingest-url.ts';
import { ingestTarget } from '../ingest-url.ts';
import { phrases } from '../phrases.ts';
import { renderNotice } from '../render/index.ts';
import type { Action } from '../subcommands.ts';
import type { SurfaceDeps } from './deps.ts';

export type IngestAction = Extract<Action, { kind: 'ingest' }>;

export async function answerIngest(deps: SurfaceDeps, action: IngestAction, userId: string, reply: Deliver, where: Where): Promise<void> {
  const say = (text: string) => reply(renderNotice(text));
  await guarded(where, () => say(messages(action.language).apology), async () => {
    const checked = check(deps, action, userId);
    if ('refusal' in checked) {
      deps.log.info({ ...where, user: userId }, 'Slack ingest refused');
      await say(checked.refusal);
      return;
    }
    const { ingest, url, force } = checked;
    const running = deps.ingests.tryRun(async () => {
      await say(phrases(action.language).ingestStarted(url));
      return ingest.ingest([url], undefined, { force });
    });
    if (!running) {
      deps.log.info({ ...where, user: userId }, 'Slack ingest refused: busy');
      await say(phrases(action.language).ingestBusy);
      return;
    }
    const report = await running;
    deps.log.info({ ...where, user: userId, outcomes: report.outcomes.map((o) => o.kind) }, 'Slack ingest done');
    await say(renderIngestReport(report, action.language, { forceCommand: forceCommand(deps.command, action.language) }));
  });
}

type Checked = { readonly refusal: string } | { readonly ingest: IngestService; readonly url: string; readonly force: boolean };

/** How the report tells an admin to import a skipped page anyway, with the subcommand in the admin's language. */
export function forceCommand(command: string, language: Language): (source: string) => string {
  return (source) => `${command} ${language === 'id' ? 'impor' : 'ingest'} --force ${source}`;
}

// Admin first: a non-admin learns nothing about how the bot is set up.
function check(deps: SurfaceDeps, action: IngestAction, userId: string): Checked {
  const p = phrases(action.language);
  if (!deps.admins.has(userId)) return { refusal: p.ingestNotAdmin };
  if (!deps.ingest) return { refusal: p.ingestUnavailable };
  const { force, rest } = splitForce(action.args);
  const target = ingestTarget(rest);
  return target.ok ? { ingest: deps.ingest, url: target.url, force } : { refusal: p.ingestBadUrl(deps.command) };
}
