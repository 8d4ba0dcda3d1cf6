/**
 * A timeline of one topic ("Harita on Obi", "the HDCM meetings", "rupiah–yuan
 * settlement") across the articles about it: every article that accounts for
 * the topic gives its dated sentences — full dates, resolved against the
 * publication date, and years ("since 2010", "mid-2022") — in date order. An
 * article about the topic whose sentences carry no date still gives its lead,
 * under "date not given" (or its publication date when the outlet printed
 * one), so a meeting the outlet never dated is not dropped.
 */
import { findQuantities } from '../analysis/quantities.ts';
import type { Knowledge } from '../knowledge/knowledge.ts';
import type { Passage } from '../knowledge/passage.ts';
import type { Question } from '../question.ts';
import { evidenceAccountsFor } from './find-answer.ts';
import { type ArticleEvidence, evidenceFor, holds } from './evidence.ts';

export interface TopicEvent {
  /** YYYY-MM-DD, YYYY-MM or YYYY; undefined when no date is known. */
  readonly iso: string | undefined;
  readonly passage: Passage;
}

const CANDIDATES = 12;
const PER_ARTICLE = 3;
const MAX_EVENTS = 8;
const YEAR = /^(?:19[9]\d|20[0-4]\d)$/;

export function topicTimeline(asked: Question, knowledge: Knowledge): TopicEvent[] {
  // "From the MoU to 2025": years and months bound the timeline, they are not its topic.
  const question = { ...asked, groups: asked.groups.filter((g) => !g.terms.some(isDateTerm)) };
  if (question.groups.length === 0) return [];
  const articles = new Set<string>();
  for (const hit of knowledge.index.search(question.groups, { limit: 30 })) {
    articles.add(hit.passage.article.id);
    if (articles.size >= CANDIDATES) break;
  }
  const events: TopicEvent[] = [];
  for (const id of articles) {
    const evidence = evidenceFor(knowledge.article(id)!, question.groups, knowledge);
    if (evidenceAccountsFor(question, knowledge, evidence)) events.push(...eventsOfArticle(evidence, question));
  }
  const dated = events.filter((e) => e.iso).sort((a, b) => a.iso!.localeCompare(b.iso!) || a.passage.index - b.passage.index);
  const undated = events.filter((e) => !e.iso);
  return [...dated, ...undated].slice(0, MAX_EVENTS);
}

// An article's dated sentences, those naming the topic first; else its lead.
function eventsOfArticle(evidence: ArticleEvidence, question: Question): TopicEvent[] {
  const topical = (position: number) => question.groups.filter((_, g) => evidence.at[g]!.includes(position)).length;
  const found: Array<TopicEvent & { weight: number }> = [];
  const seen = new Set<string>();
  evidence.passages.forEach((passage, position) => {
    const iso = dateOf(passage);
    if (!iso || seen.has(iso)) return;
    seen.add(iso);
    found.push({ iso, passage, weight: topical(position) });
  });
  if (found.length === 0) {
    const article = evidence.article;
    // The lead, or the early sentence most about the topic (a dateline alone, "Jakarta.", is no lead).
    const early = evidence.passages.map((p, i) => ({ p, i })).slice(0, 3).filter(({ p }) => p.text.split(/\s+/).length >= 6);
    const lead = early.sort((a, b) => topical(b.i) - topical(a.i) || a.i - b.i)[0]?.p;
    if (!lead || !question.groups.some((_, g) => holds(evidence, g))) return [];
    return [{ iso: article.publishedApprox ? undefined : article.published, passage: lead }];
  }
  return found
    .sort((a, b) => b.weight - a.weight)
    .slice(0, PER_ARTICLE)
    .map(({ iso, passage }) => ({ iso, passage }));
}

function isDateTerm(term: string): boolean {
  return /^#(?:month\d+|(?:19|20)\d\d)$/.test(term);
}

// The sentence's event date: a resolved date (not the date it was reported), else a year it names.
function dateOf(passage: Passage): string | undefined {
  const event = passage.dates.find((d) => !d.reporting);
  if (event) return event.iso;
  if (passage.dates.length > 0) return undefined;
  const year = findQuantities(passage.text).find((q) => q.kind === 'number' && YEAR.test(q.text));
  return year?.text;
}
