/**
 * The report as plain text for a terminal: one section per question the
 * operators ask (how much is asked, how much declined, which answers people
 * marked wrong, which news to add), each readable without the others.
 */
import type { Day, Report } from './gather.ts';

const MAX_QUESTIONS_PER_TOPIC = 5;

export function renderReport(r: Report): string {
  const t = r.totals;
  const lines = [
    `coop-bot report: the last ${r.since} (${r.from.slice(0, 16).replace('T', ' ')} to ${r.to.slice(0, 16).replace('T', ' ')} UTC)`,
    '',
    `Questions: ${t.questions} from ${t.askers} asker${t.askers === 1 ? '' : 's'}; declined ${t.declined} (${percent(t.declinedShare)}); votes 👍 ${t.up}, 👎 ${t.down}`,
    '',
    '== Questions and answers per day ==',
    ...(r.days.length === 0 ? ['(none)'] : r.days.map(dayLine)),
    '',
    `== Answers marked 👎 (${r.downvoted.length}) ==`,
    ...(r.downvoted.length === 0 ? ['(none)'] : r.downvoted.flatMap((d) => [
      `- "${oneLine(d.question)}"  [${d.intent}/${d.language}${d.declined ? ', declined' : ''}]  👎 ${d.down} 👍 ${d.up}  asked ${d.asked.slice(0, 16).replace('T', ' ')}`,
      ...(d.citations.length === 0 ? ['    cited nothing'] : d.citations.map((c, i) => `    [${i + 1}] ${oneLine(c.title)}${c.url ? ` <${c.url}>` : ` (${c.id})`}`)),
    ])),
    '',
    `== Questions the articles could not answer, by topic (${r.unanswered.length} topic${r.unanswered.length === 1 ? '' : 's'}) ==`,
    ...(r.unanswered.length === 0 ? ['(none)'] : r.unanswered.flatMap((u) => [
      `- ${u.topic}: asked ${u.asked}×`,
      ...u.questions.slice(0, MAX_QUESTIONS_PER_TOPIC).map((q) => `    "${oneLine(q)}"`),
      ...(u.questions.length > MAX_QUESTIONS_PER_TOPIC ? [`    … and ${u.questions.length - MAX_QUESTIONS_PER_TOPIC} more`] : []),
    ])),
  ];
  return `${lines.join('\n')}\n`;
}

function dayLine(d: Day): string {
  return `${d.day}  ${String(d.questions).padStart(4)} asked  ${String(d.declined).padStart(3)} declined (${percent(d.declined / d.questions).padStart(4)})  intents: ${counts(d.byIntent)}  languages: ${counts(d.byLanguage)}`;
}

function counts(record: Readonly<Record<string, number>>): string {
  return Object.entries(record).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, n]) => `${k} ${n}`).join(', ');
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

// A question is the user's text: keep it on one line and short enough to scan.
function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 200 ? `${flat.slice(0, 199)}…` : flat;
}
