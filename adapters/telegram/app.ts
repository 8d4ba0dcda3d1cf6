/**
 * What the handlers share: the engine, the sender, the stores and limits,
 * and what the subscription and admin commands need.
 * Built once in index.ts; handlers receive it instead of reaching for
 * globals, so tests can build one with fakes.
 */
import type { Language } from '../../src/corpus/article.ts';
import type { Engine } from '../../src/engine.ts';
import type { QuestionHistory } from '../../src/history/index.ts';
import type { IngestService } from '../../src/ingest/service.ts';
import type { Logger } from '../../src/logger.ts';
import type { Store } from '../../src/store/index.ts';
import type { BackgroundTasks } from '../shared/background.ts';
import type { QuestionLimiter } from '../shared/rate-limit.ts';
import type { BotIdentity } from './addressing.ts';
import type { ChatMembers } from './chat-members.ts';
import type { ChatSettings } from './chat-settings.ts';
import type { AnswerThreads } from './conversation.ts';
import type { MoreSources } from './more-sources.ts';
import type { Redact } from './redact.ts';
import type { Sender } from './send.ts';

export interface TelegramApp {
  readonly engine: Engine;
  readonly sender: Sender;
  readonly settings: ChatSettings;
  readonly limiter: QuestionLimiter;
  /** Allows one "too many questions" notice per user a minute, so a flood is not answered with a flood. */
  readonly notices: QuestionLimiter;
  readonly moreSources: MoreSources;
  /** The bot's answers in groups → the conversation each belongs to, for replies to them. */
  readonly threads: AnswerThreads;
  /** Records 👍/👎 presses; absent when the bot keeps no history (no vote buttons are shown then). */
  readonly history?: QuestionHistory;
  readonly me: BotIdentity;
  readonly defaultLanguage: Language;
  readonly maxQuestionChars: number;
  /** Citations printed under an answer; the rest go behind "More sources". */
  readonly maxInlineCitations: number;
  readonly logger: Logger;
  readonly redact: Redact;
  /** Subscriptions live here; without it the subscription commands say they are not available. */
  readonly store?: Store;
  /** /ingest's pipeline; without it /ingest says it is not available. */
  readonly ingest?: IngestService;
  /** TELEGRAM_ADMIN_IDS: the users allowed to /ingest. */
  readonly adminIds: ReadonlySet<string>;
  /** DIGEST_HOUR and TIMEZONE, so the reply to a daily subscription says when digests come. */
  readonly digestHour: number;
  readonly timeZone: string;
  /** Group admins, who alone may change a group's subscriptions. */
  readonly members: ChatMembers;
  /** /ingests still fetching: at most a few at once, and stop() waits for them. */
  readonly ingests: BackgroundTasks;
  readonly now: () => number;
}
