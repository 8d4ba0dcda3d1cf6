/**
 * SQLite rows checked as they are read back: the columns are untyped at the
 * driver, and a hand-edited or newer database must fail loudly here rather
 * than hand a wrong shape to the delivery worker.
 */
import { z } from 'zod';
import { INTENTS } from '../answer/answer.ts';
import { LanguageSchema } from '../corpus/article.ts';
import { VOTES } from './answer-record.ts';
import { DELIVERY_STATES } from './delivery.ts';
import { StoreError } from './errors.ts';
import { SUBSCRIPTION_MODES } from './subscription.ts';

const flag = z.union([z.literal(0), z.literal(1)]).transform((v) => v === 1);
const optionalText = z.string().nullable().transform((v) => v ?? undefined);

export const LanguageRow = z.object({ language: LanguageSchema }).transform((r) => r.language);

export const SubscriptionRow = z
  .object({
    id: z.number().int(),
    platform: z.string(),
    chat_id: z.string(),
    topic: z.string(),
    mode: z.enum(SUBSCRIPTION_MODES),
    created_at: z.number().int(),
    paused: flag,
  })
  .transform((r) => ({ id: r.id, platform: r.platform, chatId: r.chat_id, topic: r.topic, mode: r.mode, createdAt: r.created_at, paused: r.paused }));

export const DeliveryRow = z
  .object({
    id: z.number().int(),
    subscription_id: z.number().int(),
    article_id: z.string(),
    state: z.enum(DELIVERY_STATES),
    attempts: z.number().int(),
    next_attempt_at: z.number().int(),
    claimed_at: z.number().int().nullable(),
    started_at: z.number().int().nullable(),
    created_at: z.number().int(),
  })
  .transform((r) => ({
    id: r.id,
    subscriptionId: r.subscription_id,
    articleId: r.article_id,
    state: r.state,
    attempts: r.attempts,
    nextAttemptAt: r.next_attempt_at,
    claimedAt: r.claimed_at ?? undefined,
    startedAt: r.started_at ?? undefined,
    createdAt: r.created_at,
  }));

export const FeedRow = z
  .object({ url: z.string(), etag: optionalText, last_modified: optionalText, failures: z.number().int(), disabled: flag })
  .transform((r) => ({ url: r.url, etag: r.etag, lastModified: r.last_modified, failures: r.failures, disabled: r.disabled }));

export const ArticleRow = z
  .object({
    seq: z.number().int(),
    article_id: z.string(),
    url: optionalText,
    content_hash: z.string(),
    story_key: z.string(),
    published: z.string(),
    signature: z.string(),
    ingested_at: z.number().int(),
  })
  .transform((r) => ({
    seq: r.seq,
    articleId: r.article_id,
    url: r.url,
    contentHash: r.content_hash,
    storyKey: r.story_key,
    published: r.published,
    signature: r.signature,
    ingestedAt: r.ingested_at,
  }));

const CitationsJson = z.string().transform((text, ctx) => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    ctx.addIssue({ code: 'custom', message: 'not JSON' });
    return z.NEVER;
  }
}).pipe(z.array(z.object({ id: z.string(), title: z.string(), url: z.string().optional() })));

export const AnswerRow = z
  .object({
    id: z.string(),
    asked_at: z.number().int(),
    platform: z.string(),
    chat_hash: z.string(),
    user_hash: z.string(),
    question: z.string(),
    intent: z.enum(INTENTS),
    language: LanguageSchema,
    abstained: flag,
    citations: CitationsJson,
  })
  .transform((r) => ({
    id: r.id,
    askedAt: r.asked_at,
    platform: r.platform,
    chatHash: r.chat_hash,
    userHash: r.user_hash,
    question: r.question,
    intent: r.intent,
    language: r.language,
    abstained: r.abstained,
    citations: r.citations.map((c) => ({ id: c.id, title: c.title, ...(c.url !== undefined && { url: c.url }) })),
  }));

export const VoteRow = z
  .object({ answer_id: z.string(), user_hash: z.string(), vote: z.enum(VOTES), voted_at: z.number().int() })
  .transform((r) => ({ answerId: r.answer_id, userHash: r.user_hash, vote: r.vote, votedAt: r.voted_at }));

/** Parses one row, or none; the message names the table so a bad file is easy to find. */
export function parseRow<T>(schema: z.ZodType<T>, table: string, row: unknown): T | undefined {
  if (row === undefined) return undefined;
  const parsed = schema.safeParse(row);
  if (parsed.success) return parsed.data;
  throw new StoreError(`unexpected row in ${table}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
}
