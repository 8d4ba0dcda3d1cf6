/**
 * The path every typed question takes once a surface has worked out its
 * text and where replies go: checks and engine (Asker), then the answer or
 * the refusal, each to its own destination; a failure becomes a
 * SlackHandlerError whose apology goes where refusals go (to the asker only).
 */
import type { Answer, IntentName } from '../../../src/answer/answer.ts';
import { messages } from '../../../src/answer/messages.ts';
import type { Language } from '../../../src/corpus/article.ts';
import type { Origin } from '../../../src/engine.ts';
import { chatKey } from '../asker.ts';
import type { Deliver } from '../deliver.ts';
import { guarded, type Where } from '../handler-error.ts';
import { phrases } from '../phrases.ts';
import { renderAnswer, renderNotice, type SlackMessage } from '../render/index.ts';
import type { SurfaceDeps } from './deps.ts';

export interface Asked {
  /** The question; with `intent` (a subcommand's), its topic. */
  readonly text: string;
  readonly intent?: IntentName;
  readonly preferredLanguage?: Language;
  readonly userKey: string;
  readonly where: Where;
  /** Who asked, where (the core's conversation and history key). */
  readonly origin?: Origin;
  /** Offer "Share in channel" (the answer is ephemeral). */
  readonly share?: boolean;
}

export interface Replies {
  /** Where the answer goes. */
  readonly answer: Deliver;
  /** Where refusals and apologies go: only the asker sees them where Slack allows. */
  readonly notice: Deliver;
}

export async function answerQuestion(deps: SurfaceDeps, asked: Asked, replies: Replies): Promise<void> {
  const language = deps.asker.languageOf(asked.text, asked.preferredLanguage);
  const apology = () => replies.notice(renderNotice(messages(language).apology));
  await guarded(asked.where, apology, async () => {
    const outcome = await deps.asker.ask({ ...asked, chatKey: chatKey(asked.where.team, asked.where.channel) });
    if (outcome.kind === 'refused') await replies.notice(renderNotice(outcome.text));
    else await replies.answer(answerMessage(outcome.answer, deps.command, asked, asked.share ?? false));
  });
}

/**
 * An answer as a message, its buttons re-asking `asked` — a follow-up's
 * question in full, so the button needs no conversation; under help, the
 * Slack command list too.
 */
export function answerMessage(answer: Answer, command: string, asked: Pick<Asked, 'text' | 'intent'>, share: boolean): SlackMessage {
  const footer = answer.intent === 'help' ? phrases(answer.language).commands(command) : undefined;
  return renderAnswer(answer, { question: answer.asked ?? asked.text, ...(asked.intent && { intent: asked.intent }), share, ...(footer ? { footer } : {}) });
}
