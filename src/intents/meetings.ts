/**
 * Meeting summaries. With a meeting named in the question (by its people,
 * their roles or organisations, the place or the date), the summary of that
 * meeting: when, where, who, and at most five points made, each a short
 * quote, merged from every article that reports it. With none named, the
 * list of meetings the corpus reports. Both are capped so that an answer
 * fits one chat message however many people, places and articles a meeting
 * has.
 */
import type { Line, Section } from '../answer/answer.ts';
import { Citations } from '../answer/citations.ts';
import { formatDate, messages } from '../answer/messages.ts';
import type { QuoteCut } from '../answer/short-quote.ts';
import type { Language } from '../corpus/article.ts';
import type { Knowledge } from '../knowledge/knowledge.ts';
import type { Passage } from '../knowledge/passage.ts';
import { conceptsOf } from '../question.ts';
import { buildAnswer, newestPassages, topK, type IntentContext, type IntentHandler } from './intent.ts';
import { type Meeting, meetingsOf, profileOf } from './meeting-view.ts';
import { personWithRole } from './roles.ts';

const MAX_POINTS = 5;
// A point is a short quote: a longer sentence is cut to a clause.
const POINT_CHARS = 160;
// A fact's supporting sentence, listed under its article in the sources.
const FACT_CHARS = 240;
// Reports cited per fact, and articles mined for points: a meeting reported
// by hundreds of articles is summarised from the newest few.
const MAX_CITES = 2;
const MAX_POINT_ARTICLES = 4;
// People named in the headline and in "Who", places in "Where"; the rest are counted.
const MAX_HEADLINE_PEOPLE = 3;
const MAX_PEOPLE = 6;
const MAX_PLACES = 3;
const MAX_LISTED = 6;
const MAX_LISTED_PEOPLE = 3;
const PICKS_A_MEETING = ['person', 'organisation', 'role', 'place', 'event'];
// Kinds of concept that make a sentence a substantive point.
const SUBSTANCE = ['mineral', 'sector', 'term', 'document', 'event'];

export const meetings: IntentHandler = (context) => {
  const all = meetingsOf(context.knowledge);
  if (all.length === 0) return undefined;
  // Only who, what organisation, where and which occasion pick a meeting out.
  const named = conceptsOf(context.question).filter((k) => PICKS_A_MEETING.includes(context.knowledge.lexicon.kindOf(k) ?? '') && !context.knowledge.lexicon.isCountry(k));
  if (named.length === 0) return listMeetings(context, all);
  const scored = all.map((m) => ({ meeting: m, score: score(context.knowledge, m, named) })).sort((a, b) => b.score - a.score);
  const best = scored[0]!;
  if (best.score <= 0) return undefined;
  return summarise(context, best.meeting, all);
};

// How strongly a named concept points at a meeting: its participants, their
// roles and organisations, its place and the words of its own reports count
// fully; the rest of an article that reports only this meeting counts nearly
// as much; an article that reports several meetings, little.
function score(knowledge: Knowledge, meeting: Meeting, named: readonly string[]): number {
  const { strong, own, shared } = profileOf(knowledge, meeting);
  return named.reduce((sum, key) => sum + (strong.has(key) ? 1 : own.has(key) ? 0.75 : shared.has(key) ? 0.25 : 0), 0);
}

function summarise(context: IntentContext, meeting: Meeting, all: readonly Meeting[]): ReturnType<IntentHandler> {
  const { knowledge, question } = context;
  const language = question.language;
  const m = messages(language);
  const lexicon = knowledge.lexicon;
  const citations = new Citations();
  const fact: QuoteCut = { max: FACT_CHARS };
  const reports = newestPassages(meeting.reports, MAX_CITES);
  const facts: Line[] = [];
  const when = meeting.date ? formatDate(meeting.date.iso, language) : undefined;
  if (meeting.date) {
    const dated = meeting.reports.find((r) => r.dates.some((d) => d.iso === meeting.date!.iso)) ?? meeting.reports[0]!;
    const focus = dated.dates.find((d) => d.iso === meeting.date!.iso)?.text;
    facts.push({ text: `${m.meetingWhen}: ${when}`, cites: [citations.cite(dated, { ...fact, ...(focus && { focus }) })] });
  }
  if (meeting.places.size) {
    const where = reports.filter((r) => r.concepts.some((k) => meeting.places.has(k)));
    facts.push({ text: `${m.meetingWhere}: ${atMost(names(knowledge, meeting.places, language), MAX_PLACES, ', ', language)}`, cites: citations.citeAll(where, fact) });
  }
  const people = participants(meeting);
  // The sentences that name the people shown who are not in a report.
  const naming = people.slice(0, MAX_PEOPLE).flatMap((p) => meeting.quoted.get(p) ?? []);
  const who = atMost(people.map((p) => personWithRole(lexicon, p, language)), MAX_PEOPLE, '; ', language);
  facts.push({ text: `${m.meetingWho}: ${who}`, cites: citations.citeAll([...reports, ...naming.slice(0, MAX_CITES)], fact) });
  const sections: Section[] = [{ kind: 'bullets', items: facts }];
  const points = pointsOf(knowledge, meeting, all, language);
  if (points.length) sections.push({ kind: 'quotes', title: m.meetingPoints, quotes: points.map((p) => citations.quote(p, { max: POINT_CHARS })) });
  const headline = atMost(people.map((p) => lexicon.name(p, language)), MAX_HEADLINE_PEOPLE, ' – ', language);
  return buildAnswer(context, 'meetings', `${m.meeting}: ${headline}${when ? ` (${when})` : ''}`, sections, citations);
}

// Substantive sentences of the reporting articles, greedily chosen to cover
// the most concepts, preferring the asker's language and, at equal gain, the
// shorter sentence (a point is a short quote); then in article order.
function pointsOf(knowledge: Knowledge, meeting: Meeting, all: readonly Meeting[], language: Language): Passage[] {
  const lexicon = knowledge.lexicon;
  const others = new Set(all.filter((o) => o !== meeting).flatMap((o) => o.reports.map((r) => r.index)));
  const reports = new Set(meeting.reports.map((r) => r.index));
  const pool = newestArticles(knowledge, meeting.articles)
    .flatMap((id) => knowledge.passagesOfArticle(id))
    .filter((p) => !others.has(p.index) && !reports.has(p.index));
  const substance = (p: Passage) => p.concepts.filter((k) => SUBSTANCE.includes(lexicon.kindOf(k) ?? ''));
  const covered = new Set<string>();
  const chosen: Passage[] = [];
  while (chosen.length < MAX_POINTS) {
    let best: Passage | undefined;
    let bestGain = 0;
    for (const p of pool) {
      if (chosen.includes(p)) continue;
      const gain = substance(p).filter((k) => !covered.has(k)).length + (p.article.language === language ? 0.5 : 0);
      if (gain > bestGain || (best && gain === bestGain && p.text.length < best.text.length)) [best, bestGain] = [p, gain];
    }
    if (!best || bestGain < 1) break;
    chosen.push(best);
    substance(best).forEach((k) => covered.add(k));
  }
  return chosen.sort((a, b) => a.index - b.index);
}

function newestArticles(knowledge: Knowledge, ids: Iterable<string>): string[] {
  const articles = [...ids].map((id) => knowledge.article(id)!);
  return topK(articles, MAX_POINT_ARTICLES, (a, b) => a.published > b.published).map((a) => a.id);
}

function listMeetings(context: IntentContext, all: readonly Meeting[]): ReturnType<IntentHandler> {
  const { knowledge, question } = context;
  const language = question.language;
  const citations = new Citations();
  const sorted = topK(all, MAX_LISTED, (a, b) => dateOf(a) > dateOf(b));
  const items = sorted.map((meeting) => {
    const who = atMost(participants(meeting).map((p) => personWithRole(knowledge.lexicon, p, language)), MAX_LISTED_PEOPLE, '; ', language);
    const when = meeting.date ? `${formatDate(meeting.date.iso, language)}: ` : '';
    const where = meeting.places.size ? ` (${atMost(names(knowledge, meeting.places, language), MAX_PLACES, ', ', language)})` : '';
    return { text: `${when}${who}${where}`, cites: [citations.cite(meeting.reports[0]!, { max: FACT_CHARS })] };
  });
  return buildAnswer(context, 'meetings', messages(language).meetingsHeadline, [{ kind: 'bullets', items }], citations);
}

// Those who took part, then those named only in articles about the meeting.
function participants(meeting: Meeting): string[] {
  return [...meeting.people, ...meeting.quoted.keys()];
}

// "A; B; C and 4 more"
function atMost(items: readonly string[], max: number, separator: string, language: Language): string {
  if (items.length <= max) return items.join(separator);
  return `${items.slice(0, max).join(separator)} ${messages(language).andMore(items.length - max)}`;
}

function dateOf(meeting: Meeting): string {
  return meeting.date?.iso ?? meeting.reports[0]!.article.published;
}

function names(knowledge: Knowledge, keys: Iterable<string>, language: Language): string[] {
  return [...keys].map((k) => knowledge.lexicon.name(k, language));
}
