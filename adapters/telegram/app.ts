/**
 * What the handlers share: the engine, the sender, the stores and limits.
 * Built once in index.ts; handlers receive it instead of reaching for
 * globals, so tests can build one with fakes.
 */
import type { Language } from '../../src/corpus/article.ts';
import type { Engine } from '../../src/engine.ts';
import type { Logger } from '../../src/logger.ts';
import type { QuestionLimiter } from '../shared/rate-limit.ts';
import type { BotIdentity } from './addressing.ts';
import type { ChatSettings } from './chat-settings.ts';
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
  readonly me: BotIdentity;
  readonly defaultLanguage: Language;
  readonly maxQuestionChars: number;
  /** Citations printed under an answer; the rest go behind "More sources". */
  readonly maxInlineCitations: number;
  readonly logger: Logger;
  readonly redact: Redact;
}
