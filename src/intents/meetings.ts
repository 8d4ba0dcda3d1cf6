/**
 * Meeting summaries. With a meeting named in the question (by its people,
 * their roles or organisations, the place or the date), the summary of that
 * meeting: when, where, who, and the points made, merged from every article
 * that reports it. With none named, the list of meetings the corpus reports.
 */
import type { Line, Section } from '../answer/answer.ts';
import { Citations } from '../answer/citations.ts';
import { formatDate, messages } from '../answer/messages.ts';
import type { Language } from '../corpus/article.ts';
import type { Knowledge } from '../knowledge/knowledge.ts';
import type { Passage } from '../knowledge/passage.ts';
import { conceptsOf } from '../question.ts';
import { buildAnswer, newestPassages, topK, type IntentContext, type IntentHandler } from './intent.ts';
import { type Meeting, meetingsOf } from './meeting-view.ts';
import { personWithRole } from './roles.ts';

const MAX_POINTS = 6;
// Citations per line, and articles mined for points: a meeting reported by
// hundreds of articles is summarised from the newest few.
const MAX_CITES = 3;
const MAX_POINT_ARTICLES = 4;
const PICKS_A_MEETING = ['person', 'organisation', 'role', 'place', 'event'];
const MAX_LISTED = 10;
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

interface Profile {
  readonly strong: ReadonlySet<string>;
  readonly own: ReadonlySet<string>;
  readonly shared: ReadonlySet<string>;
}

// Meetings are rebuilt with the corpus, so a profile lives exactly as long as its meeting.
const profiles = new WeakMap<Meeting, Profile>();

function profileOf(knowledge: Knowledge, meeting: Meeting): Profile {
  let profile = profiles.get(meeting);
  if (profile) return profile;
  const lexicon = knowledge.lexicon;
  const strong = new Set<string>([...meeting.people, ...meeting.places, ...meeting.reports.flatMap((r) => r.concepts)]);
  for (const person of meeting.people) {
    const concept = lexicon.get(person);
    if (concept?.role) strong.add(concept.role);
    if (concept?.org) strong.add(concept.org);
  }
  const own = conceptsOfArticles(knowledge, [...meeting.soleArticles]);
  const shared = conceptsOfArticles(knowledge, [...meeting.articles]);
  profile = { strong, own, shared };
  profiles.set(meeting, profile);
  return profile;
}

function conceptsOfArticles(knowledge: Knowledge, ids: readonly string[]): Set<string> {
  const concepts = new Set<string>();
  for (const id of ids) for (const passage of knowledge.passagesOfArticle(id)) for (const key of passage.concepts) concepts.add(key);
  return concepts;
}

function summarise(context: IntentContext, meeting: Meeting, all: readonly Meeting[]): ReturnType<IntentHandler> {
  const { knowledge, question } = context;
  const language = question.language;
  const m = messages(language);
  const lexicon = knowledge.lexicon;
  const citations = new Citations();
  const [first] = meeting.reports;
  const dated = meeting.reports.find((r) => r.dates.some((d) => d.iso === meeting.date?.iso)) ?? first!;
  const reports = newestPassages(meeting.reports, MAX_CITES);
  const facts: Line[] = [];
  const when = meeting.date ? formatDate(meeting.date.iso, language) : undefined;
  if (when) facts.push({ text: `${m.meetingWhen}: ${when}`, cites: [citations.cite(dated)] });
  if (meeting.places.size) {
    const where = reports.filter((r) => r.concepts.some((k) => meeting.places.has(k)));
    facts.push({ text: `${m.meetingWhere}: ${names(knowledge, meeting.places, language)}`, cites: citations.citeAll(where) });
  }
  const who = [...meeting.people, ...meeting.quoted.keys()].map((p) => personWithRole(lexicon, p, language)).join('; ');
  facts.push({ text: `${m.meetingWho}: ${who}`, cites: citations.citeAll([...reports, ...[...meeting.quoted.values()].slice(0, MAX_CITES)]) });
  const points = pointsOf(knowledge, meeting, all, language);
  const sections: Section[] = [
    { kind: 'bullets', items: facts },
    { kind: 'quotes', title: m.meetingPoints, quotes: points.map((p) => citations.quote(p)) },
  ];
  const people = [...meeting.people, ...meeting.quoted.keys()].map((p) => lexicon.name(p, language)).join(' – ');
  return buildAnswer(context, 'meetings', `${m.meeting}: ${people}${when ? ` (${when})` : ''}`, sections, citations);
}

// Substantive sentences of the reporting articles, greedily chosen to cover
// the most concepts, preferring the asker's language, then in article order.
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
      if (gain > bestGain) [best, bestGain] = [p, gain];
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
    const who = [...meeting.people, ...meeting.quoted.keys()].map((p) => personWithRole(knowledge.lexicon, p, language)).join('; ');
    const when = meeting.date ? `${formatDate(meeting.date.iso, language)}: ` : '';
    const where = meeting.places.size ? ` (${names(knowledge, meeting.places, language)})` : '';
    return { text: `${when}${who}${where}`, cites: citations.citeAll(meeting.reports.slice(0, 2)) };
  });
  return buildAnswer(context, 'meetings', messages(language).meetingsHeadline, [{ kind: 'bullets', items }], citations);
}

function dateOf(meeting: Meeting): string {
  return meeting.date?.iso ?? meeting.reports[0]!.article.published;
}

function names(knowledge: Knowledge, keys: Iterable<string>, language: Language): string {
  return [...keys].map((k) => knowledge.lexicon.name(k, language)).join(', ');
}

