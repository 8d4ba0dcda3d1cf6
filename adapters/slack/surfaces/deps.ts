/**
 * What every surface needs: the question pipeline, the command's name (help
 * texts show it), a logger, and — for the subcommands that act rather than
 * ask — the subscription store and the ingest pipeline, each absent when
 * the bot runs without them (the surfaces then say so).
 */
import type { QuestionHistory } from '../../../src/history/index.ts';
import type { IngestService } from '../../../src/ingest/service.ts';
import type { Logger } from '../../../src/logger.ts';
import type { SubscriptionDeps } from '../../../src/updates/subscription-commands.ts';
import type { BackgroundTasks } from '../../shared/background.ts';
import type { AnsweredThreads } from '../answered-threads.ts';
import type { Asker } from '../asker.ts';

export interface SurfaceDeps {
  readonly asker: Asker;
  readonly command: string;
  readonly log: Logger;
  /** Store, lexicon and clock for subscribe/unsubscribe/subscriptions and the App Home list. */
  readonly subscriptions?: SubscriptionDeps;
  readonly ingest?: IngestService;
  /** Records 👍/👎; absent when the bot keeps no history (answers then carry no vote buttons). */
  readonly history?: QuestionHistory;
  /** Ingests still fetching: at most a few at once, and stop() waits for them. */
  readonly ingests: BackgroundTasks;
  /** Slack user ids allowed to `/coop ingest` (SLACK_ADMIN_IDS). */
  readonly admins: ReadonlySet<string>;
  /** Channel threads the bot answered, where plain replies are follow-ups. */
  readonly threads: AnsweredThreads;
}

/**
 * Lets an acknowledgement leave before the engine's synchronous work
 * starts: ack() hands the response to the socket, and this yields one turn
 * of the event loop so nothing queued behind it is held up by the answer.
 */
export function afterAck(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
