/**
 * The evaluation rule of test/fixtures/eval/README.md, applied to one answer
 * in the command-line JSON contract.
 */
import { z } from 'zod';
import type { AnswerJson } from '../../adapters/cli/json.ts';

export const EvalItemSchema = z.object({
  id: z.string(),
  lang: z.enum(['id', 'en']),
  question: z.string(),
  sources: z.array(z.string()).optional(),
  facts: z.array(z.array(z.string()).min(1)).optional(),
  abstain: z.boolean().optional(),
  kind: z.string().optional(),
});

export type EvalItem = z.infer<typeof EvalItemSchema>;

export function parseEvalSet(jsonl: string): EvalItem[] {
  return jsonl
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => EvalItemSchema.parse(JSON.parse(line)));
}

/** The reasons an answer fails its item; empty when it passes. */
export function failures(item: EvalItem, answer: AnswerJson): string[] {
  if (item.abstain) return answer.abstained ? [] : ['should have abstained'];
  const problems: string[] = [];
  if (answer.abstained) return ['abstained but the corpus holds the answer'];
  if (answer.language !== item.lang) problems.push(`language ${answer.language}, expected ${item.lang}`);
  const sources = new Set(item.sources ?? []);
  // A seed set names corpus ids; a kit of pages names the pages' URLs.
  const cited = answer.citations.map((c) => (sources.has(c.id) ? c.id : c.url ?? c.id));
  const inSources = cited.filter((source) => sources.has(source)).length;
  if (inSources === 0) problems.push(`no citation among ${[...sources].join(', ')}`);
  else if (inSources * 2 < cited.length) problems.push(`only ${inSources} of ${cited.length} citations among the sources`);
  const text = fold(answer.text);
  for (const group of item.facts ?? []) {
    if (!group.some((fact) => text.includes(fold(fact)))) problems.push(`missing fact: ${group.join(' | ')}`);
  }
  return problems;
}

function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}
