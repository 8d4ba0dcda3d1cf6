/**
 * The command line of `npm run bench`: `--sizes seed,1k,10k,50k` (default:
 * all) and `--only corpus|history` (default: both; `history` is the question
 * history's costs alone, about 40 s), validated with zod so an unknown size
 * stops the run with a clear message.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { type Size, SIZES } from './protocol.ts';

export interface BenchOptions {
  /** In canonical order (seed, 1k, 10k, 50k), without repeats. */
  readonly sizes: readonly Size[];
  /** Measure the question history's record and prune costs (scripts/bench/history.ts). */
  readonly history: boolean;
}

export const USAGE = `usage: npm run bench [-- --sizes ${SIZES.join(',')}] [--only corpus|history]`;

/** Parses the arguments; throws an Error whose message is fit to show the user. */
export function parseOptions(argv: readonly string[]): BenchOptions {
  let values: { sizes?: string | undefined; only?: string | undefined };
  try {
    values = parseArgs({ args: [...argv], options: { sizes: { type: 'string' }, only: { type: 'string' } }, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${USAGE}`);
  }
  const only = z.enum(['corpus', 'history']).optional().safeParse(values.only);
  if (!only.success) throw new Error(`--only: give corpus or history\n${USAGE}`);
  const parsed = SizesSchema.safeParse(values.sizes ?? SIZES.join(','));
  if (!parsed.success) throw new Error(`--sizes: ${parsed.error.issues.map((i) => i.message).join('; ')}\n${USAGE}`);
  return { sizes: only.data === 'history' ? [] : SIZES.filter((size) => parsed.data.includes(size)), history: only.data !== 'corpus' };
}

const SizesSchema = z
  .string()
  .transform((list) => list.split(',').map((s) => s.trim()).filter(Boolean))
  .pipe(
    z
      .array(z.enum(SIZES, { error: (issue) => `unknown size "${String(issue.input)}" (known sizes: ${SIZES.join(', ')})` }))
      .min(1, `give at least one size (known sizes: ${SIZES.join(', ')})`),
  );
