/**
 * Decides whether a message continues the conversation, and if so what it
 * asks in full. A follow-up is short and leans on what came before: it opens
 * with a marker ("and cobalt?", "what about UNIDO?", "kalau kobalt?"), points
 * back ("who signed it?", "sumbernya?") or names no topic at all ("kapan?").
 * Its own topics win: a topic of the same kind replaces the previous one
 * ("what about UNIDO?" after a question about MIIT asks about UNIDO); the
 * topics it lacks come from the previous question, else from the names the
 * previous answer gave. A message with its own topic and no sign of
 * continuing stands alone, however soon it comes.
 */
import { CUES } from '../intents/cues.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';
import { hasCue, type Question } from '../question.ts';
import { toTokens } from '../analysis/token.ts';
import type { ConversationContext } from './context.ts';
import { isAskingToken, sameKind, type Topic, topicsOf } from './topics.ts';
import { MARKERS, PERSON_ANAPHORS, pointsBack, QUESTION_WORDS } from './words.ts';

export type FollowUp =
  | { readonly kind: 'alone' }
  /** "sumbernya?", "which articles say so?": the previous answer's sources. */
  | { readonly kind: 'sources' }
  /** The question in full: the follow-up with the context it took. */
  | { readonly kind: 'continued'; readonly text: string };

// Longer messages are questions of their own; a follow-up is a few words.
const MAX_FOLLOW_UP_WORDS = 8;
// A question of plain words is a follow-up only when very short: "who won?", not "how are smelters regulated in China?".
const MAX_PLAIN_WORDS = 4;

const ALONE: FollowUp = { kind: 'alone' };

// What reading a follow-up needs besides the message: the last turn, and how questions are analysed.
interface Reading {
  readonly previous: ConversationContext;
  readonly analyse: (text: string) => Question;
  readonly lexicon: Lexicon;
}

export function readFollowUp(typed: string, previous: ConversationContext, analyse: (text: string) => Question, lexicon: Lexicon): FollowUp {
  const reading: Reading = { previous, analyse, lexicon };
  const question = analyse(typed);
  const tokens = question.tokens;
  if (tokens.length === 0 || tokens.length > MAX_FOLLOW_UP_WORDS) return ALONE;
  const own = topicsOf(question, lexicon);
  if (own.length === 0 && (hasCue(question, CUES.help) || hasCue(question, CUES.aboutTheBot))) return ALONE;
  if (own.length === 0 && hasCue(question, CUES.sources)) return previous.citations.length > 0 ? { kind: 'sources' } : ALONE;
  const surfaces = tokens.map((t) => t.surface);
  const marker = markerLength(surfaces);
  // "what about" is a marker, not a question word: "what about UNIDO?" asks the previous question of UNIDO.
  const asks = surfaces.slice(marker).some((w) => QUESTION_WORDS.has(w));
  const backwards = surfaces.some(pointsBack);
  const frame = question.groups.length > own.length || tokens.some(isAskingToken);
  if (own.length === 0) {
    const continues = asks || frame || backwards || marker > 0 || typed.includes('?');
    return continues ? { kind: 'continued', text: withPrevious(reading, question, marker, []) } : ALONE;
  }
  // Only plain words of its own ("siapa yang menyampaikan?", "who said that?"): it asks about the last topic.
  const plain = own.every((t) => t.kind === 'word' && !t.group.required);
  // "he", "dia" with no one named: the people of the last question ("when did he visit Jakarta?").
  const someone = surfaces.some((w) => PERSON_ANAPHORS.has(w)) && !own.some((t) => sameKind(t.kind, 'person'));
  if (marker === 0 && !someone && !((backwards || asks) && plain && tokens.length <= MAX_PLAIN_WORDS)) return ALONE;
  // "and cobalt?", "what about UNIDO?": the previous question, its topic of that kind replaced.
  if (!asks && !frame) return { kind: 'continued', text: join(withoutTopics(reading, own), wordsOf(question.text, own)) };
  return { kind: 'continued', text: withPrevious(reading, question, marker, own) };
}

// The follow-up as typed (its marker dropped), then the previous topic words it does not already hold.
function withPrevious(reading: Reading, question: Question, marker: number, own: readonly Topic[]): string {
  const held = new Set(question.tokens.map((t) => t.surface));
  const named = new Set(question.matches.map((m) => m.key));
  const carried = words(previousTopicWords(reading, own, named)).filter((w) => !toTokens(w).every((t) => held.has(t.surface)));
  return join(dropWords(question.text, marker), ...carried);
}

// How many leading words are a continuation marker ("what about" → 2).
function markerLength(words: readonly string[]): number {
  const found = MARKERS.filter((m) => m.every((w, i) => words[i] === w) && words.length > m.length);
  return Math.max(0, ...found.map((m) => m.length));
}

// The previous question's topic words (as typed) that the follow-up does not replace.
// A concept the follow-up already names in other words ("tanda tangan" for "signed") is not carried twice.
function previousTopicWords(reading: Reading, own: readonly Topic[], named: ReadonlySet<string>): string {
  const { text, topics } = previousTopics(reading);
  return wordsOf(text, topics.filter((t) => !own.some((o) => sameKind(o.kind, t.kind)) && !(t.group.concept && named.has(t.group.concept))));
}

// The previous question without the topics the follow-up brings its own of.
function withoutTopics(reading: Reading, own: readonly Topic[]): string {
  const { text, topics } = previousTopics(reading);
  const replaced = topics.filter((t) => own.some((o) => sameKind(o.kind, t.kind)));
  return words(text)
    .filter((w) => !touches(w, replaced))
    .join(' ');
}

// A question that named no topic ("/minerals", "what's new?") lends the names its answer gave instead.
function previousTopics({ previous, analyse, lexicon }: Reading): { text: string; topics: Topic[] } {
  const question = analyse(previous.question);
  const topics = topicsOf(question, lexicon, true);
  if (topics.length > 0 || !previous.answerNames) return { text: question.text, topics };
  const answer = analyse(previous.answerNames);
  return { text: answer.text, topics: topicsOf(answer, lexicon, true) };
}

/** The words of `text` (as typed, punctuation trimmed) that belong to the topics. */
function wordsOf(text: string, topics: readonly Topic[]): string {
  return words(text)
    .filter((w) => touches(w, topics))
    .join(' ');
}

function touches(word: string, topics: readonly Topic[]): boolean {
  return toTokens(word).some((t) => topics.some((topic) => topic.surfaces.has(t.surface)));
}

function dropWords(text: string, count: number): string {
  return words(text).slice(count).join(' ');
}

function words(text: string): string[] {
  return text
    .split(/\s+/)
    .map((w) => w.replace(/^[\p{P}]+|[?!.,;:]+$/gu, ''))
    .filter(Boolean);
}

function join(...parts: string[]): string {
  return parts.filter(Boolean).join(' ');
}
