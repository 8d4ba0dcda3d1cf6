/**
 * Configuration, read once from the environment through one schema. Every
 * problem is reported at once; secrets are never echoed back.
 */
import { z } from 'zod';
import { ConfigError } from './errors.ts';
import { LanguageSchema } from './corpus/article.ts';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export const ConfigSchema = z.object({
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info').describe('pino log level'),
  CORPUS_DIR: z.string().min(1).default('corpus').describe('folder with articles/ and lexicon.json'),
  DATA_DIR: z.string().min(1).default('data').describe('writable folder; imported articles live in DATA_DIR/articles'),
  DEFAULT_LANGUAGE: LanguageSchema.default('en').describe('reply language when a question gives no clue'),
  MAX_QUESTION_CHARS: z.coerce.number().int().min(20).max(10_000).default(1000).describe('longest question analysed'),
});

export type Config = z.infer<typeof ConfigSchema>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (parsed.success) return parsed.data;
  // Name the setting and the problem; never the value, which may be a secret.
  throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
}

/** One line per setting, for --help. */
export function describeSettings(): string[] {
  return Object.entries(ConfigSchema.shape).map(([name, schema]) => {
    const fallback = (schema as z.ZodDefault<z.ZodType>).def.defaultValue;
    return `${name.padEnd(20)} ${schema.description ?? ''}${fallback !== undefined ? ` (default: ${String(fallback)})` : ''}`;
  });
}
