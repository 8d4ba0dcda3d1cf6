/**
 * The command line of `npm run report`: `--since 7d|24h|30d` (default 7d),
 * `--json`, and `--eval-jsonl [file]` (standard output without a file).
 * Validated with zod, so a bad period stops the run with a clear message.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';

export interface ReportOptions {
  /** The period covered, in milliseconds back from now. */
  readonly sinceMs: number;
  /** As typed, for the heading. */
  readonly since: string;
  readonly json: boolean;
  /** Write the 👎 and declined questions as eval lines: to this file, or '-' for standard output. */
  readonly evalJsonl?: string;
}

export const USAGE = 'usage: npm run report -- [--since 7d|24h|30d] [--json] [--eval-jsonl [file]]';

const UNIT_MS = { h: 3_600_000, d: 86_400_000 } as const;

const SinceSchema = z
  .string()
  .regex(/^\d{1,4}[hd]$/, 'give a number of hours or days, like 24h or 7d')
  .transform((s) => Number(s.slice(0, -1)) * UNIT_MS[s.at(-1) as keyof typeof UNIT_MS])
  .refine((ms) => ms > 0, 'must be more than zero');

/** Parses the arguments; throws an Error whose message is fit to show the user. */
export function parseReportOptions(argv: readonly string[]): ReportOptions {
  // --eval-jsonl takes an optional file: parseArgs cannot say so, so a bare one is given '-' first.
  const args = argv.flatMap((arg, i) => (arg === '--eval-jsonl' && (argv[i + 1] === undefined || argv[i + 1]!.startsWith('--')) ? [arg, '-'] : [arg]));
  let values: { since?: string | undefined; json?: boolean | undefined; 'eval-jsonl'?: string | undefined };
  try {
    values = parseArgs({ args, options: { since: { type: 'string' }, json: { type: 'boolean' }, 'eval-jsonl': { type: 'string' } }, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${USAGE}`);
  }
  const since = values.since ?? '7d';
  const parsed = SinceSchema.safeParse(since);
  if (!parsed.success) throw new Error(`--since: ${parsed.error.issues.map((i) => i.message).join('; ')}\n${USAGE}`);
  return { sinceMs: parsed.data, since, json: values.json ?? false, ...(values['eval-jsonl'] !== undefined && { evalJsonl: values['eval-jsonl'] }) };
}
