/**
 * The corpus article: one JSON file per article under corpus/articles/.
 * This schema is the contract between editors (and the importer) and the engine.
 */
import { z } from 'zod';

export const LANGUAGES = ['id', 'en'] as const;
export const LanguageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof LanguageSchema>;

/**
 * Where an article's date came from, best evidence first: the page's metadata,
 * a date in its address, a date or dateline in its text, the feed item, the
 * server's Last-Modified, the time of import; or an operator who stated it.
 */
export const DATE_SOURCES = ['operator', 'meta', 'url', 'text', 'feed', 'http', 'import'] as const;
export const DateSourceSchema = z.enum(DATE_SOURCES);
export type DateSource = z.infer<typeof DateSourceSchema>;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), 'is not a real calendar date');

export const ArticleSchema = z
  .object({
    /** The seed's or importer's file stem; evaluations name sources by it. */
    id: z.string().regex(/^[a-z0-9][a-z0-9_-]{2,80}$/, 'must be lowercase letters, digits, _ or -'),
    title: z.string().trim().min(3),
    /** Leave out when unknown: never guess a publisher. */
    publisher: z.string().trim().min(1).optional(),
    author: z.string().trim().min(1).optional(),
    /** Publication date (local date of the outlet). */
    published: isoDate,
    /** True when the date is inferred from the text rather than printed by the outlet. */
    publishedApprox: z.boolean().optional(),
    /** Local time of publication, HH:MM, when the outlet prints one. */
    publishedTime: z.string().regex(/^\d{2}:\d{2}$/).optional(),
    /** Which rule gave `published` (the importer records it; hand-written files may leave it out). */
    dateSource: DateSourceSchema.optional(),
    language: LanguageSchema,
    /** Leave out when unknown: never build a URL by hand. */
    url: z.url({ protocol: /^https?$/ }).optional(),
    /** Articles that report the same story (e.g. one press release) share a story key. */
    story: z.string().trim().min(1).optional(),
    /** Free-text provenance for editors; not shown to users. */
    note: z.string().optional(),
    paragraphs: z.array(z.string().trim().min(1, 'must not be empty')).min(1),
  })
  .strict();

export type Article = z.infer<typeof ArticleSchema>;
