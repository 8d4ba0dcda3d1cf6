/**
 * `npm run report -- [--since 7d|24h|30d] [--json] [--eval-jsonl [file]]`:
 * what the operators need to see how the bot does with real users, read
 * from the question history in DATA_DIR's store (kept HISTORY_DAYS):
 * questions per day by intent and language, the share declined, the 👎
 * answers with their citations, and the questions the articles could not
 * answer grouped by topic — which news to add. `--eval-jsonl` writes the 👎
 * and declined questions as eval lines for an editor to complete.
 * Exits 2 on bad arguments, 1 when DATA_DIR holds no store.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../src/config.ts';
import { Lexicon } from '../src/lexicon/lexicon.ts';
import { SqliteStore, storeFile } from '../src/store/index.ts';
import { evalItems } from './report/eval-lines.ts';
import { gatherReport } from './report/gather.ts';
import { parseReportOptions, type ReportOptions } from './report/options.ts';
import { renderReport } from './report/render-text.ts';

main();

function main(): void {
  let options: ReportOptions;
  try {
    options = parseReportOptions(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`report: ${(error as Error).message}\n`);
    process.exitCode = 2;
    return;
  }
  const config = loadConfig();
  if (!existsSync(storeFile(config.DATA_DIR))) {
    process.stderr.write(`report: no store in DATA_DIR (${config.DATA_DIR}): has the bot run there?\n`);
    process.exitCode = 1;
    return;
  }
  const store = SqliteStore.open(config.DATA_DIR);
  try {
    const to = Date.now();
    const from = to - options.sinceMs;
    const answers = store.answersSince(from);
    const votes = store.votesSince(from);
    if (options.evalJsonl !== undefined) {
      const jsonl = evalItems(answers, votes).map((item) => `${JSON.stringify(item)}\n`).join('');
      if (options.evalJsonl === '-') process.stdout.write(jsonl);
      else writeFileSync(options.evalJsonl, jsonl);
      if (options.evalJsonl === '-') return;
    }
    const lexicon = Lexicon.fromFile(join(config.CORPUS_DIR, 'lexicon.json'));
    const report = gatherReport({ answers, votes, since: options.since, from, to, timeZone: config.TIMEZONE, lexicon });
    process.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : renderReport(report));
  } finally {
    store.close();
  }
}
