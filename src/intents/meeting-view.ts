/**
 * Meetings the corpus reports, merged across articles. A meeting starts from
 * a sentence that names a meeting or visit and at least one person; sentences
 * of one article sharing a person are one meeting; reports in different
 * articles are one meeting when they belong to the same story, or share two
 * people, or share one person within a week.
 */
import type { DateMention } from '../analysis/dates.ts';
import type { Article } from '../corpus/article.ts';
import type { Knowledge } from '../knowledge/knowledge.ts';
import type { Passage } from '../knowledge/passage.ts';
import { conceptNamed } from './intent.ts';

export interface Meeting {
  /** Sentences that report the meeting itself. */
  readonly reports: Passage[];
  readonly people: Set<string>;
  readonly places: Set<string>;
  readonly articles: Set<string>;
  readonly stories: Set<string>;
  /** Articles that report this meeting and no other. */
  readonly soleArticles: Set<string>;
  /** People quoted in articles that report only this meeting, with where they are named. */
  readonly quoted: Map<string, Passage>;
  date?: DateMention;
}

const MEETING_WORDS = ['pertemuan', 'kunjungan'];
const SAME_WEEK_DAYS = 7;
// Reports naming two of the same people are one meeting within this many days (a report can follow by days).
const SAME_MEETING_DAYS = 14;

/** The concepts that point at a meeting, by how strongly (see meetings.ts). */
export interface MeetingProfile {
  /** Its people, their roles and organisations, its places, the concepts of its reports. */
  readonly strong: ReadonlySet<string>;
  /** The concepts of the articles that report only this meeting. */
  readonly own: ReadonlySet<string>;
  /** The concepts of every article that reports it. */
  readonly shared: ReadonlySet<string>;
}

export function meetingsOf(knowledge: Knowledge): Meeting[] {
  return meetingsState(knowledge).meetings;
}

/**
 * The meeting's profile, computed on first use and kept in the view's state
 * until the meeting takes in new reports (a live import extends meetings in
 * place, so a profile cached by meeting alone would go stale).
 */
export function profileOf(knowledge: Knowledge, meeting: Meeting): MeetingProfile {
  const { profiles } = meetingsState(knowledge);
  let profile = profiles.get(meeting);
  if (!profile) {
    profile = buildProfile(knowledge, meeting);
    profiles.set(meeting, profile);
  }
  return profile;
}

function meetingsState(knowledge: Knowledge): MeetingsState {
  return knowledge.view('meetings', buildState, extendState);
}

// What merging needs to take in new reports: candidate meetings by
// participant (so merging stays linear in large corpora) and how many
// meetings each article reports (for soleArticles); and the profiles
// computed so far, dropped for every meeting that changes.
interface MeetingsState {
  readonly meetings: Meeting[];
  readonly byPerson: Map<string, Meeting[]>;
  readonly perArticle: Map<string, number>;
  readonly profiles: Map<Meeting, MeetingProfile>;
}

function buildState(knowledge: Knowledge): MeetingsState {
  const state: MeetingsState = { meetings: [], byPerson: new Map(), perArticle: new Map(), profiles: new Map() };
  const cueKeys = meetingCues(knowledge);
  const reports = [...new Set(cueKeys.flatMap((k) => knowledge.mentioning(k)))].sort((a, b) => a.index - b.index);
  addReports(knowledge, state, reports);
  return state;
}

// New passages follow every earlier one, so taking them in order merges them
// exactly as a build over the whole corpus would.
function extendState(state: MeetingsState, added: readonly Article[], knowledge: Knowledge): MeetingsState {
  const cueKeys = meetingCues(knowledge);
  addReports(knowledge, state, knowledge.passagesOfArticles(added).filter((p) => cueKeys.some((k) => p.concepts.includes(k))));
  return state;
}

function meetingCues(knowledge: Knowledge): string[] {
  return MEETING_WORDS.map((w) => conceptNamed(knowledge.lexicon, w)).filter((k): k is string => !!k);
}

function addReports(knowledge: Knowledge, state: MeetingsState, reports: readonly Passage[]): void {
  const lexicon = knowledge.lexicon;
  const { meetings, byPerson } = state;
  const touched = new Set<Meeting>();
  for (const passage of reports) {
    const people = passage.concepts.filter((k) => lexicon.kindOf(k) === 'person');
    if (people.length === 0) continue;
    const places = passage.concepts.filter((k) => lexicon.isLocality(k));
    // The day a statement was quoted is not the day of the meeting.
    const events = passage.dates.filter((d) => !d.reporting);
    const date = events.find((d) => d.precision === 'day') ?? events[0];
    const candidates = new Set(people.flatMap((p) => byPerson.get(p) ?? []));
    let meeting = [...candidates].find((m) => sameMeeting(m, passage, people, date));
    if (!meeting) {
      meeting = { reports: [], people: new Set(), places: new Set(), articles: new Set(), stories: new Set(), soleArticles: new Set(), quoted: new Map() };
      meetings.push(meeting);
    }
    if (!meeting.articles.has(passage.article.id)) state.perArticle.set(passage.article.id, (state.perArticle.get(passage.article.id) ?? 0) + 1);
    join(meeting, passage, people, places, date);
    touched.add(meeting);
    for (const person of people) {
      const list = byPerson.get(person) ?? [];
      if (!list.includes(meeting)) list.push(meeting);
      byPerson.set(person, list);
    }
  }
  for (const meeting of touched) {
    addSoleArticles(knowledge, state, meeting);
    state.profiles.delete(meeting);
  }
}

function buildProfile(knowledge: Knowledge, meeting: Meeting): MeetingProfile {
  const lexicon = knowledge.lexicon;
  const strong = new Set<string>([...meeting.people, ...meeting.places, ...meeting.reports.flatMap((r) => r.concepts)]);
  for (const person of meeting.people) {
    const concept = lexicon.get(person);
    if (concept?.role) strong.add(concept.role);
    if (concept?.org) strong.add(concept.org);
  }
  return { strong, own: conceptsOfArticles(knowledge, meeting.soleArticles), shared: conceptsOfArticles(knowledge, meeting.articles) };
}

function conceptsOfArticles(knowledge: Knowledge, ids: Iterable<string>): Set<string> {
  const concepts = new Set<string>();
  for (const id of ids) for (const passage of knowledge.passagesOfArticle(id)) for (const key of passage.concepts) concepts.add(key);
  return concepts;
}

// Marks the articles that report one meeting only. Such an article is about
// that meeting, and the people it names took part in it ("Managing Director
// UNIDO, Ciyong Zou, turut mengapresiasi …").
//
// Only a meeting that took in new reports can change, and only by its new
// articles (an earlier article's count of meetings never changes) and its new
// people, who are no longer merely quoted. New articles come last in
// `meeting.articles`, so appending keeps the order a full build gives.
function addSoleArticles(knowledge: Knowledge, state: MeetingsState, meeting: Meeting): void {
  for (const person of meeting.people) meeting.quoted.delete(person);
  for (const id of meeting.articles) {
    if (state.perArticle.get(id) !== 1 || meeting.soleArticles.has(id)) continue;
    meeting.soleArticles.add(id);
    for (const passage of knowledge.passagesOfArticle(id)) {
      for (const key of passage.concepts) {
        if (knowledge.lexicon.kindOf(key) === 'person' && !meeting.people.has(key) && !meeting.quoted.has(key)) meeting.quoted.set(key, passage);
      }
    }
  }
}

function join(meeting: Meeting, passage: Passage, people: string[], places: string[], date: DateMention | undefined): void {
  meeting.reports.push(passage);
  people.forEach((p) => meeting.people.add(p));
  places.forEach((p) => meeting.places.add(p));
  meeting.articles.add(passage.article.id);
  if (passage.article.story) meeting.stories.add(passage.article.story);
  if (date && (!meeting.date || (meeting.date.precision === 'month' && date.precision === 'day'))) meeting.date = date;
}

function sameMeeting(meeting: Meeting, passage: Passage, people: readonly string[], date: DateMention | undefined): boolean {
  const shared = people.filter((p) => meeting.people.has(p)).length;
  if (shared === 0) return false;
  if (date && meeting.date && date.iso !== meeting.date.iso && date.precision === meeting.date.precision) return false;
  if (meeting.articles.has(passage.article.id)) return true;
  const story = passage.article.story;
  if (story && meeting.stories.has(story)) return true;
  // The same people meet again and again (a yearly dialogue): two reports are
  // one meeting only when they are dated near each other, by the meeting's
  // date or a printed publication date. With no date to go by, they are kept apart.
  const when = date?.iso ?? printedDate(passage.article);
  const other = meeting.date?.iso ?? printedDate(meeting.reports[0]!.article);
  if (when === undefined || other === undefined) return false;
  return daysBetween(when, other) <= (shared >= 2 ? SAME_MEETING_DAYS : SAME_WEEK_DAYS);
}

function printedDate(article: Article): string | undefined {
  return article.publishedApprox ? undefined : article.published;
}

function daysBetween(a: string, b: string): number {
  const ms = Math.abs(Date.parse(a.padEnd(10, '-01').slice(0, 10)) - Date.parse(b.padEnd(10, '-01').slice(0, 10)));
  return ms / 86_400_000;
}
