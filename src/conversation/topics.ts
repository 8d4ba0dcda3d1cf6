/**
 * A question seen as a frame and its topics. Topics are what the question is
 * about — lexicon concepts, names, content words; the frame is how it asks —
 * question words, the cue words that pick an intent ("signed", "meeting",
 * "sources"), and words like "say". A follow-up keeps its own frame or
 * borrows the previous one, and takes the topics it lacks.
 */
import { CUES } from '../intents/cues.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';
import type { Question } from '../question.ts';
import type { QueryGroup } from '../search/terms.ts';
import { toTokens, type Token } from '../analysis/token.ts';
import { FRAME_WORDS, QUESTION_WORDS, SIGNING_WORDS } from './words.ts';

export interface Topic {
  readonly group: QueryGroup;
  /** The lexicon kind, "name" for an unknown particular name, "word" for any other content word. */
  readonly kind: string;
  /** The token surfaces behind it, to find its words in the typed text. */
  readonly surfaces: ReadonlySet<string>;
}

// Cue words of asking itself: "summarise", "sources", "timeline", "help" are never carried into a follow-up.
const ASKING = [CUES.summary, CUES.sources, CUES.timeline, CUES.help, CUES.aboutTheBot];
// Cue words that pick an intent but also say what the question is about ("MoU", "meeting", "minerals").
const SUBJECT_CUES = [CUES.agreements, CUES.meetings, CUES.minerals, CUES.mineralFocus, CUES.when, CUES.where, CUES.who, CUES.howMuch];

const inAny = (sets: readonly ReadonlySet<string>[], t: Token) => sets.some((s) => s.has(t.surface) || s.has(t.id) || s.has(t.en));

/**
 * The groups that say what the question is about. In a follow-up, the cue
 * words of a subject ("signed", "meeting") are frame: "who signed it?" names
 * no topic. In the question it continues they are carried on with its topics
 * (`subjectCues`), so "kapan?" after a meeting summary asks when the meeting was.
 */
export function topicsOf(question: Question, lexicon: Lexicon, subjectCues = false): Topic[] {
  const frame = subjectCues ? isAskingFrame : isFrameToken;
  return question.groups.flatMap((group) => {
    const tokens = toTokens(group.source);
    if (tokens.length === 0 || tokens.every(frame)) return [];
    const kind = group.concept ? lexicon.kindOf(group.concept) ?? 'word' : group.required ? 'name' : 'word';
    return [{ group, kind, surfaces: new Set(tokens.map((t) => t.surface)) }];
  });
}

/** A word of the frame: asks, or picks an intent, or is a question word. */
export function isFrameToken(t: Token): boolean {
  return QUESTION_WORDS.has(t.surface) || FRAME_WORDS.has(t.surface) || SIGNING_WORDS.has(t.surface) || inAny(ASKING, t) || inAny(SUBJECT_CUES, t);
}

function isAskingFrame(t: Token): boolean {
  return QUESTION_WORDS.has(t.surface) || FRAME_WORDS.has(t.surface) || inAny(ASKING, t);
}

/** Cue words that only say how to answer: dropped when the question is carried on. */
export function isAskingToken(t: Token): boolean {
  return inAny(ASKING, t);
}

/**
 * Two kinds a follow-up's topic replaces each other across: who is meant —
 * a person, a role, an organisation, an unknown name — is one kind, so
 * "kalau dengan UNIDO?" after a question about MIIT's vice minister drops
 * the vice minister too.
 */
export function sameKind(a: string, b: string): boolean {
  const named = (k: string) => k === 'name' || k === 'person' || k === 'organisation' || k === 'role';
  return a === b || (named(a) && named(b));
}
