/**
 * Measures the relevance check on a labelled kit of pages and the seeds:
 *
 *   npm run eval:relevance [-- <pages dir> [<seeds dir>]]
 *
 * defaults: test/fixtures/realdev/pages and test/fixtures/seeds. Prints each
 * misjudged page with what the check found missing, then recall on on-topic
 * pages, precision, the share of off-topic pages refused and how many
 * "passing" pages were kept. Exits 1 below the targets of issue 11
 * (recall 0.97, off-topic refused 0.8).
 */
import { join } from 'node:path';
import { Lexicon } from '../src/lexicon/lexicon.ts';
import { evaluateRelevance } from './lib/relevance-eval.ts';

export const TARGETS = { recall: 0.97, refused: 0.8 } as const;

function main(): void {
  const [pagesDir = 'test/fixtures/realdev/pages', seedsDir = 'test/fixtures/seeds'] = process.argv.slice(2);
  const lexicon = Lexicon.fromFile(join(process.env.CORPUS_DIR ?? 'corpus', 'lexicon.json'));
  const result = evaluateRelevance(pagesDir, seedsDir, lexicon);
  for (const page of result.pages) {
    const wrong = page.label === 'no' ? page.relevance.relevant : !page.relevance.relevant;
    if (wrong) process.stdout.write(`MISS ${page.name} [${page.label}] ${page.relevance.relevant ? 'kept' : `skipped, missing: ${page.relevance.missing.join(', ')}`}\n`);
  }
  const count = (label: string) => result.pages.filter((p) => p.label === label).length;
  process.stdout.write(
    [
      `pages: ${count('yes')} on topic (seeds included), ${count('passing')} passing, ${count('no')} off topic`,
      `recall (on topic kept):  ${result.recall.toFixed(3)}`,
      `precision (kept on topic or passing): ${result.precision.toFixed(3)}`,
      `off topic refused:       ${result.refused.toFixed(3)}`,
      `passing kept:            ${result.passingKept}/${result.passing}`,
    ].join('\n') + '\n',
  );
  process.exitCode = result.recall >= TARGETS.recall && result.refused >= TARGETS.refused ? 0 : 1;
}

main();
