/**
 * What the benchmark's parent and worker processes exchange: the corpus
 * sizes, the parameters of one measurement (passed as JSON in argv) and the
 * one JSON line a worker prints as its result. Both sides validate with zod.
 */
import { z } from 'zod';

export const SIZES = ['seed', '1k', '10k', '50k'] as const;
export const SizeSchema = z.enum(SIZES);
export type Size = z.infer<typeof SizeSchema>;

/** Articles per synthetic size; `seed` is the corpus/articles folder as it is. */
export const SYNTHETIC_COUNTS: Record<Exclude<Size, 'seed'>, number> = { '1k': 1_000, '10k': 10_000, '50k': 50_000 };

export const SUBJECTS = ['bot', 'baseline'] as const;
export type Subject = (typeof SUBJECTS)[number];

export const WorkerParamsSchema = z.object({
  subject: z.enum(SUBJECTS),
  size: SizeSchema,
  /** PRNG seed of the synthetic corpus. */
  seed: z.number().int(),
  /** Timed rounds over the question mix, after one warm-up round. */
  rounds: z.number().int().min(1),
});
export type WorkerParams = z.infer<typeof WorkerParamsSchema>;

const FiguresShape = {
  build_ms: z.number(),
  p50_ms: z.number(),
  p95_ms: z.number(),
  p99_ms: z.number(),
  rss_mb: z.number(),
};

export const WorkerResultSchema = z.object({
  ...FiguresShape,
  subject: z.enum(SUBJECTS),
  size: SizeSchema,
  articles: z.number().int(),
  passages: z.number().int(),
  /** The warm-up round, all questions: first-use costs such as lazily built views. */
  warmup_ms: z.number(),
  /** RSS after the build and after the query rounds; rss_mb is the larger. */
  rss_build_mb: z.number(),
  rss_queries_mb: z.number(),
  /** V8 heap in use after gc(), the larger of the two points. */
  heap_mb: z.number(),
  timed_calls: z.number().int(),
  dev_pass_rate: z.number().min(0).max(1).optional(),
  /** The bot only, one article arriving at run time (medians; live-add.ts): Knowledge.add, engine.prepare() after it, both plus one answer, and that answer alone. */
  add_ms: z.number().optional(),
  views_ms: z.number().optional(),
  add_answer_ms: z.number().optional(),
  answer_ms: z.number().optional(),
  /** Per question of the mix: what the subject answered (intent, or "abstain"). */
  outcomes: z.array(z.string()).optional(),
});
export type WorkerResult = z.infer<typeof WorkerResultSchema>;

/** The five figures the final JSON line reports for each subject. */
export type Figures = { [K in keyof typeof FiguresShape]: number };
