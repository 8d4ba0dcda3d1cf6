/**
 * What the "Share in channel" and "More sources" buttons carry: the question
 * and its language, the intent when a subcommand named one (the question is
 * then its topic), and, for More sources, the first citation not yet shown,
 * so the action re-asks the engine as the first answer did and needs no
 * server-side state —
 * a button still works after a restart. Hazards: Slack caps a value at 2,000
 * characters (a longer question gets no button), and a value comes back from
 * the client, so it is parsed with zod and a forged one is refused politely.
 */
import { z } from 'zod';
import { INTENTS, type IntentName } from '../../src/answer/answer.ts';
import { LanguageSchema, type Language } from '../../src/corpus/article.ts';
import { AnswerIdSchema } from '../../src/history/index.ts';
import { BLOCK_KIT } from './render/limits.ts';

export interface ButtonState {
  readonly question: string;
  /** The subcommand's intent; `question` is then its topic. */
  readonly intent?: IntentName;
  readonly language: Language;
  /** More sources: the first citation number to show. */
  readonly from?: number;
  /** Share: the answer's history id, so the shared copy keeps its 👍/👎. */
  readonly answerId?: string;
}

const ButtonValueSchema = z.object({
  v: z.literal(1),
  q: z.string().max(BLOCK_KIT.buttonValue),
  l: LanguageSchema,
  i: z.enum(INTENTS).optional(),
  f: z.number().int().min(1).max(10_000).optional(),
  a: AnswerIdSchema.optional(),
});

/** The button's value, or undefined when it would not fit in Slack's limit. */
export function encodeButton(state: ButtonState): string | undefined {
  const value = JSON.stringify({ v: 1, q: state.question, l: state.language, ...(state.intent && { i: state.intent }), ...(state.from ? { f: state.from } : {}), ...(state.answerId && { a: state.answerId }) });
  return value.length <= BLOCK_KIT.buttonValue ? value : undefined;
}

/** The state a genuine button carries; undefined for anything else. */
export function decodeButton(value: string | undefined): ButtonState | undefined {
  if (!value) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(value);
  } catch {
    return undefined;
  }
  const parsed = ButtonValueSchema.safeParse(json);
  if (!parsed.success) return undefined;
  const { q, l, i, f, a } = parsed.data;
  return { question: q, ...(i && { intent: i }), language: l, ...(f ? { from: f } : {}), ...(a && { answerId: a }) };
}
