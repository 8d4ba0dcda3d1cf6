/**
 * Dated events in order. Each event is a sentence with a date, resolved
 * against its article's publication date ("Senin (4/12)" → 4 December 2023);
 * reports of one date in one story are merged. A topic in the question
 * ("timeline of the MoU") keeps only the events that concern it.
 */
import type { Line } from '../answer/answer.ts';
import { Citations } from '../answer/citations.ts';
import { formatDate, messages } from '../answer/messages.ts';
import type { Knowledge } from '../knowledge/knowledge.ts';
import type { Passage } from '../knowledge/passage.ts';
import { CUES } from './cues.ts';
import { buildAnswer, type IntentHandler } from './intent.ts';

export interface Event {
  readonly iso: string;
  readonly passages: Passage[];
}

const MAX_EVENTS = 12;
const TOPIC_COVERAGE = 0.5;
const TOPIC_SHARE = 0.25;
const MAX_QUOTE_CHARS = 220;

export const timeline: IntentHandler = (context) => {
  const { knowledge, question } = context;
  // Only a topic rarer than everyday words narrows the timeline ("UNIDO"
  // does; "Indonesia and China" is what every article is about).
  const topic = question.groups.filter((g) => !g.terms.some((t) => CUES.timeline.has(t)) && (g.required || g.terms.some((t) => isTopical(knowledge, t))));
  let events = eventsOf(knowledge);
  if (topic.length) {
    // An event belongs to a topic when its article is about the topic: the
    // dated sentence itself often names it only as "the meeting" or "it".
    const hits = knowledge.index.search(topic, { limit: 50 }).filter((h) => h.coverage >= TOPIC_COVERAGE);
    const byArticle = eventsByArticle(knowledge);
    const found = new Set(hits.flatMap((h) => byArticle.get(h.passage.article.id) ?? []));
    events = [...found].sort((a, b) => a.iso.localeCompare(b.iso));
  }
  if (events.length === 0) return undefined;
  // The most recent events when there are too many to list.
  const shown = events.slice(-MAX_EVENTS);
  const citations = new Citations();
  const items: Line[] = shown.map((event) => ({
    text: `${formatDate(event.iso, question.language)} — ${shorten(event.passages[0]!.text)}`,
    cites: citations.citeAll(event.passages.slice(0, 2)),
  }));
  return buildAnswer(context, 'timeline', messages(question.language).timelineHeadline, [{ kind: 'bullets', items }], citations);
};

export function eventsOf(knowledge: Knowledge): Event[] {
  return knowledge.view('timeline', build);
}

// The events each article reports: a topic picks articles, not a scan of every event.
function eventsByArticle(knowledge: Knowledge): Map<string, Event[]> {
  return knowledge.view('timeline-by-article', (k) => {
    const map = new Map<string, Event[]>();
    for (const event of eventsOf(k)) {
      for (const passage of event.passages) {
        const list = map.get(passage.article.id) ?? [];
        if (!list.includes(event)) list.push(event);
        map.set(passage.article.id, list);
      }
    }
    return map;
  });
}

function isTopical(knowledge: Knowledge, term: string): boolean {
  const share = knowledge.index.share(term);
  return share > 0 && share <= TOPIC_SHARE;
}

function build(knowledge: Knowledge): Event[] {
  const byKey = new Map<string, Event>();
  for (const passage of knowledge.passages) {
    for (const date of passage.dates) {
      const key = `${date.iso}|${passage.article.story ?? passage.article.id}`;
      const event = byKey.get(key);
      if (event) {
        if (!event.passages.includes(passage)) event.passages.push(passage);
      } else {
        byKey.set(key, { iso: date.iso, passages: [passage] });
      }
    }
  }
  return [...byKey.values()].sort((a, b) => a.iso.localeCompare(b.iso));
}

function shorten(text: string): string {
  if (text.length <= MAX_QUOTE_CHARS) return text;
  const cut = text.slice(0, MAX_QUOTE_CHARS);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}
