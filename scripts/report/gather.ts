/**
 * The report's figures from the question history: questions and answers per
 * day by intent and language, the share declined, the 👎 answers with their
 * question, intent and citations, and the declined questions grouped by
 * topic. Hashed chat and user ids never leave this file: the report says
 * only how many distinct askers there were.
 */
import type { Lexicon } from '../../src/lexicon/lexicon.ts';
import type { AnswerRecord, CitedArticle, VoteRecord } from '../../src/store/index.ts';
import { groupByTopic, type Topic } from './topics.ts';

export interface Report {
  readonly since: string;
  readonly from: string;
  readonly to: string;
  readonly totals: {
    readonly questions: number;
    readonly declined: number;
    /** declined / questions, 0 with no questions. */
    readonly declinedShare: number;
    readonly askers: number;
    readonly up: number;
    readonly down: number;
  };
  readonly days: readonly Day[];
  readonly downvoted: readonly Downvoted[];
  readonly unanswered: readonly Topic[];
}

export interface Day {
  /** YYYY-MM-DD in TIMEZONE. */
  readonly day: string;
  readonly questions: number;
  readonly declined: number;
  readonly byIntent: Readonly<Record<string, number>>;
  readonly byLanguage: Readonly<Record<string, number>>;
}

export interface Downvoted {
  readonly id: string;
  readonly asked: string;
  readonly question: string;
  readonly intent: string;
  readonly language: string;
  readonly declined: boolean;
  readonly down: number;
  readonly up: number;
  readonly citations: readonly CitedArticle[];
}

export interface ReportInput {
  readonly answers: readonly AnswerRecord[];
  readonly votes: readonly VoteRecord[];
  readonly since: string;
  readonly from: number;
  readonly to: number;
  readonly timeZone: string;
  readonly lexicon: Lexicon;
}

export function gatherReport({ answers, votes, since, from, to, timeZone, lexicon }: ReportInput): Report {
  const tally = voteTally(votes);
  const declined = answers.filter((a) => a.abstained);
  const up = [...tally.values()].reduce((n, t) => n + t.up, 0);
  const down = [...tally.values()].reduce((n, t) => n + t.down, 0);
  const downvoted = answers
    .filter((a) => (tally.get(a.id)?.down ?? 0) > 0)
    .map((a) => ({
      id: a.id,
      asked: new Date(a.askedAt).toISOString(),
      question: a.question,
      intent: a.intent,
      language: a.language,
      declined: a.abstained,
      down: tally.get(a.id)!.down,
      up: tally.get(a.id)!.up,
      citations: a.citations,
    }))
    .sort((a, b) => b.down - a.down || a.asked.localeCompare(b.asked));
  return {
    since,
    from: new Date(from).toISOString(),
    to: new Date(to).toISOString(),
    totals: {
      questions: answers.length,
      declined: declined.length,
      declinedShare: answers.length === 0 ? 0 : declined.length / answers.length,
      askers: new Set(answers.map((a) => `${a.platform}\u0000${a.userHash}`)).size,
      up,
      down,
    },
    days: perDay(answers, timeZone),
    downvoted,
    unanswered: groupByTopic(declined, lexicon),
  };
}

function voteTally(votes: readonly VoteRecord[]): Map<string, { up: number; down: number }> {
  const tally = new Map<string, { up: number; down: number }>();
  for (const v of votes) {
    const t = tally.get(v.answerId) ?? { up: 0, down: 0 };
    t[v.vote]++;
    tally.set(v.answerId, t);
  }
  return tally;
}

function perDay(answers: readonly AnswerRecord[], timeZone: string): Day[] {
  // en-CA formats as YYYY-MM-DD.
  const dayOf = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  const days = new Map<string, { questions: number; declined: number; byIntent: Record<string, number>; byLanguage: Record<string, number> }>();
  for (const a of answers) {
    const day = dayOf.format(new Date(a.askedAt));
    const d = days.get(day) ?? { questions: 0, declined: 0, byIntent: {}, byLanguage: {} };
    d.questions++;
    if (a.abstained) d.declined++;
    d.byIntent[a.intent] = (d.byIntent[a.intent] ?? 0) + 1;
    d.byLanguage[a.language] = (d.byLanguage[a.language] ?? 0) + 1;
    days.set(day, d);
  }
  return [...days].sort(([a], [b]) => a.localeCompare(b)).map(([day, d]) => ({ day, ...d }));
}
