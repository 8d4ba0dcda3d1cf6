/**
 * The bilingual domain lexicon (corpus/lexicon.json): concepts with their
 * Indonesian and English names. The first name of each language is the one
 * answers display; the rest are aliases matched in questions and articles.
 */
import { z } from 'zod';

export const CONCEPT_KINDS = [
  'mineral',
  'organisation',
  'person',
  'role',
  'place',
  'sector',
  'term',
  'event',
  'document',
] as const;

const names = z.array(z.string().trim().min(1)).min(1);

export const ConceptSchema = z
  .object({
    key: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be kebab-case'),
    kind: z.enum(CONCEPT_KINDS),
    id: names,
    en: names,
    /** For people: the role concept they hold, as the corpus reports it. */
    role: z.string().optional(),
    /** For people and roles: the organisation concept they belong to. */
    org: z.string().optional(),
    /** For places: the wider place (province → country). */
    within: z.string().optional(),
    /**
     * The countries (place keys) a concept belongs to, when it is not a place:
     * a company's or ministry's home, a person's country, both parties of a
     * bilateral mechanism or joint venture. Roles and people without it take
     * their organisation's. Evidence of what an article is about (relevance).
     */
    countries: z.array(z.string()).min(1).optional(),
  })
  .strict();

export const LexiconSchema = z
  .object({
    version: z.literal(1),
    concepts: z.array(ConceptSchema).min(1),
  })
  .strict();

export type Concept = z.infer<typeof ConceptSchema>;
export type ConceptKind = Concept['kind'];
export type LexiconFile = z.infer<typeof LexiconSchema>;
