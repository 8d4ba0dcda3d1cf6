/**
 * Dated events in order. Each event is a sentence with a date, resolved
 * against its article's publication date ("Senin (4/12)" → 4 December 2023);
 * reports of one date in one story are merged. A topic in the question
 * ("timeline of the MoU") keeps only the events that concern it. Each event
 * is listed as its date and its first report, quoted (cut around the date
 * when long), so the answer shows each quote once and fits a chat message.
 */
import type { Line } from '../answer/answer.ts';
import { Citations } from '../answer/citations.ts';
import { formatDate, messages } from '../answer/messages.ts';
import type { Article } from '../corpus/article.ts';
import type { Knowledge } from '../knowledge/knowledge.ts';
import type { Passage } from '../knowledge/passage.ts';
import { CUES } from './cues.ts';
import { buildAnswer, type IntentContext, type IntentHandler } from './intent.ts';
import type { Answer } from '../answer/answer.ts';
import { topicTimeline } from '../qa/topic-timeline.ts';
import { lowerBound, mergeSorted } from './sorted.ts';

export interface Event {
  readonly iso: string;
  readonly passages: Passage[];
}

// The most recent events, when there are more: eight dated lines read at a glance.
const MAX_EVENTS = 8;
const TOPIC_SHARE = 0.25;
const EVENT_CHARS = 160;

export const timeline: IntentHandler = (context) => {
  const { knowledge, question } = context;
  // Only a topic rarer than everyday words narrows the timeline ("UNIDO"
  // does; "Indonesia and China" is what every article is about).
  const topic = question.groups.filter((g) => !g.terms.some((t) => CUES.timeline.has(t)) && (g.required || g.terms.some((t) => isTopical(knowledge, t))));
  if (topic.length) return topicAnswer(context);
  const events = eventsOf(knowledge);
  if (events.length === 0) return undefined;
  // The most recent events when there are too many to list.
  const shown = events.slice(-MAX_EVENTS);
  const citations = new Citations();
  const items: Line[] = shown.map((event) => {
    const report = event.passages[0]!;
    const focus = report.dates.find((d) => d.iso === event.iso)?.text;
    const quote = citations.quote(report, { max: EVENT_CHARS, ...(focus && { focus }) });
    return { text: `${formatDate(event.iso, question.language)} — ${quote.text}`, cites: [quote.n] };
  });
  return buildAnswer(context, 'timeline', messages(question.language).timelineHeadline, [{ kind: 'bullets', items }], citations);
};

// A topic's own timeline, across the articles that account for it.
function topicAnswer(context: IntentContext): Answer | undefined {
  const { question, knowledge } = context;
  const events = topicTimeline(question, knowledge);
  if (events.length === 0) return undefined;
  const m = messages(question.language);
  const citations = new Citations();
  const items: Line[] = events.map((event) => {
    const focus = event.passage.dates.find((d) => d.iso === event.iso)?.text ?? (event.iso && event.passage.text.includes(event.iso) ? event.iso : undefined);
    const quote = citations.quote(event.passage, { max: EVENT_CHARS, ...(focus && { focus }) });
    return { text: `${event.iso ? formatDate(event.iso, question.language) : m.dateUnknown} — ${quote.text}`, cites: [quote.n] };
  });
  return buildAnswer(context, 'timeline', m.timelineHeadline, [{ kind: 'bullets', items }], citations);
}

export function eventsOf(knowledge: Knowledge): Event[] {
  return knowledge.view('timeline', (k) => withPassages([], k.passages), (events, added, k) => withPassages(events, k.passagesOfArticles(added)));
}


// `passages` follow every passage `events` holds: they join an event or start
// one, which goes after every event of its date, as a stable sort would put it.
// No map from key to event is kept between calls (it would hold a string per
// event): an earlier event is found among the few of its date.
function withPassages(events: Event[], passages: readonly Passage[]): Event[] {
  const fresh = new Map<string, Event>();
  for (const passage of passages) {
    for (const date of passage.dates) {
      const key = eventKey(date.iso, passage);
      const event = fresh.get(key) ?? findEvent(events, date.iso, passage);
      if (event) {
        if (!event.passages.includes(passage)) event.passages.push(passage);
      } else {
        fresh.set(key, { iso: date.iso, passages: [passage] });
      }
    }
  }
  mergeSorted(events, [...fresh.values()], byDate);
  return events;
}

// The event of this date and the passage's story (or article), if `events` has it.
function findEvent(events: readonly Event[], iso: string, passage: Passage): Event | undefined {
  const story = storyOf(passage);
  for (let i = lowerBound(events, { iso, passages: [] }, byDate); i < events.length && events[i]!.iso === iso; i++) {
    if (storyOf(events[i]!.passages[0]!) === story) return events[i];
  }
  return undefined;
}

function eventKey(iso: string, passage: Passage): string {
  return `${iso}|${storyOf(passage)}`;
}

function storyOf(passage: Passage): string {
  return passage.article.story ?? passage.article.id;
}

function byDate(a: Event, b: Event): number {
  return a.iso.localeCompare(b.iso);
}

function isTopical(knowledge: Knowledge, term: string): boolean {
  const share = knowledge.index.share(term);
  return share > 0 && share <= TOPIC_SHARE;
}
