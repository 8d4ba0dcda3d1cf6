/**
 * Test-side checks of a Slack message: the Block Kit limits Slack enforces
 * (≤ 50 blocks, 100 in a Home tab; section text 1–3,000; ≤ 10 context
 * elements; button text ≤ 75, value ≤ 2,000, action_id ≤ 255), written
 * independently of the renderer's own constants, and the mrkdwn safety
 * rule: no `<…>` other than links to known corpus URLs, so nothing a user or
 * an article writes can ping a channel or forge a link.
 */
import { z } from 'zod';

const id = z.string().min(1).max(255);
const mrkdwn = z.object({ type: z.literal('mrkdwn'), text: z.string().min(1).max(3_000), verbatim: z.literal(true) }).strict();
const plain = (max: number) => z.object({ type: z.literal('plain_text'), text: z.string().min(1).max(max), emoji: z.boolean().optional() }).strict();
const buttonSchema = z.object({ type: z.literal('button'), action_id: id, text: plain(75), value: z.string().max(2_000).optional() }).strict();

const blockSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('section'), block_id: id.optional(), text: mrkdwn }).strict(),
  z.object({ type: z.literal('context'), block_id: id.optional(), elements: z.array(mrkdwn).min(1).max(10) }).strict(),
  z.object({ type: z.literal('actions'), block_id: id.optional(), elements: z.array(buttonSchema).min(1).max(25) }).strict(),
  z.object({ type: z.literal('divider'), block_id: id.optional() }).strict(),
  z.object({ type: z.literal('header'), block_id: id.optional(), text: plain(150) }).strict(),
]);

export interface LimitOptions {
  readonly maxBlocks: number;
  /** Messages need a plain-text fallback; views have none. */
  readonly needsText: boolean;
}

/** Every way `message` breaks a Block Kit limit; empty when Slack would accept it. */
export function blockKitProblems(message: { text?: unknown; blocks?: unknown }, options: LimitOptions): string[] {
  const problems: string[] = [];
  const blocks = z.array(blockSchema).min(1).max(options.maxBlocks).safeParse(message.blocks);
  if (!blocks.success) problems.push(...blocks.error.issues.map((i) => `blocks.${i.path.join('.')}: ${i.message}`));
  if (options.needsText) {
    const text = z.string().min(1).max(4_000).safeParse(message.text);
    if (!text.success) problems.push(`text: ${text.error.issues[0]!.message}`);
  }
  return problems;
}

/** Every mrkdwn string in a message: the fallback text and each text object. */
export function mrkdwnTexts(message: { text?: unknown; blocks?: unknown }): string[] {
  const texts = typeof message.text === 'string' ? [message.text] : [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (record.type === 'mrkdwn' && typeof record.text === 'string') texts.push(record.text);
      else Object.values(record).forEach(walk);
    }
  };
  walk(message.blocks);
  return texts;
}

/**
 * Ways a mrkdwn string could do more than show text: any `<…>` that is not
 * `<http(s)://known-url|label>`, any other `<`, a `>` that is not a quote
 * marker at the start of a line, an `&` that is not one of the three escapes.
 */
export function mrkdwnSafetyProblems(text: string, allowedUrls: readonly string[]): string[] {
  const allowed = new Set(allowedUrls.map(normalUrl));
  const problems: string[] = [];
  const rest = text.replace(/<([^<>]*)>/g, (whole, inner: string) => {
    const [url = '', label, ...more] = inner.split('|');
    if (!/^https?:\/\//.test(url) || label === undefined || more.length > 0 || !allowed.has(normalUrl(unescape(url)))) problems.push(`live syntax ${whole}`);
    return '';
  });
  if (rest.includes('<')) problems.push('unescaped <');
  if (rest.replace(/^> /gm, '').includes('>')) problems.push('unescaped >');
  if (/&(?!amp;|lt;|gt;)/.test(text)) problems.push('unescaped &');
  return problems;
}

export function messageSafetyProblems(message: { text?: unknown; blocks?: unknown }, allowedUrls: readonly string[]): string[] {
  return mrkdwnTexts(message).flatMap((t) => mrkdwnSafetyProblems(t, allowedUrls));
}

function unescape(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

function normalUrl(url: string): string {
  try {
    return new URL(url).href.replace(/%7C/gi, '|');
  } catch {
    return url;
  }
}
