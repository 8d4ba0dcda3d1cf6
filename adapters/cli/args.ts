/** The `npm run ask` arguments, validated at the edge. */
import { parseArgs } from 'node:util';
import { z } from 'zod';

export const AskArgsSchema = z
  .object({
    json: z.boolean().default(false),
    jsonl: z.boolean().default(false),
    help: z.boolean().default(false),
    question: z.string().trim().max(10_000).default(''),
  })
  .refine((a) => !(a.json && a.jsonl), { message: '--json and --jsonl cannot be combined' })
  .refine((a) => a.help || a.jsonl || a.question.length > 0, { message: 'give a question, or --jsonl to read questions from standard input' });

export type AskArgs = z.infer<typeof AskArgsSchema>;

export const ASK_USAGE = `Usage:
  npm run ask -- "question"          print the answer as text
  npm run ask -- --json "question"   print one JSON object
  npm run ask -- --jsonl < file      one question per input line, one JSON object per output line`;

export function parseAskArgs(argv: readonly string[]): z.ZodSafeParseResult<AskArgs> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { json: { type: 'boolean' }, jsonl: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    return AskArgsSchema.safeParse({ question: '', json: true, jsonl: true, error: (error as Error).message });
  }
  return AskArgsSchema.safeParse({ ...parsed.values, question: parsed.positionals.join(' ') });
}
