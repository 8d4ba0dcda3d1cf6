/**
 * `npm run explain -- "question"`: how the general answer engine read a
 * question — its groups (weight, share of passages, required), the kinds of
 * answer wanted, each candidate article with what it fails to account for
 * and its best window — then the answer. For tuning on a kit without guessing.
 */
import { buildEngine } from '../src/bootstrap.ts';
import { loadConfig } from '../src/config.ts';
import { createLogger } from '../src/logger.ts';
import { renderText } from '../src/answer/render-text.ts';
import { analyseQuestion } from '../src/question.ts';
import { findAnswer, type Trace } from '../src/qa/find-answer.ts';
import { detectLanguage } from '../src/text/language.ts';

const engine = buildEngine(loadConfig(), createLogger('warn'));
const knowledge = engine.knowledge;
for (const text of process.argv.slice(2)) {
  const language = detectLanguage(text, 'en', knowledge.lexicon.vocabulary);
  const question = analyseQuestion(text, language, knowledge.lexicon, (t) => knowledge.index.frequency(t));
  const trace: Trace = { weights: [], kinds: new Set(), articles: [] };
  findAnswer(question, knowledge, trace);
  process.stdout.write(`\n# ${question.text} [${language}] wants: ${[...trace.kinds].join(', ') || '-'}\n`);
  question.groups.forEach((g, i) => {
    const share = Math.max(...g.terms.map((t) => knowledge.index.share(t)));
    process.stdout.write(`  group ${g.source}${g.required ? ' (required)' : ''}: w=${(trace.weights[i] ?? 0).toFixed(2)} share=${share.toFixed(4)} terms=${g.terms.join(',')}\n`);
  });
  for (const a of trace.articles) {
    const best = a.best ? `best ${a.best.from}-${a.best.to} score ${a.best.score.toFixed(2)}` : 'no window';
    process.stdout.write(`  ${a.missing.length ? 'x' : '✓'} ${a.title.slice(0, 70)} — ${best}${a.missing.length ? ` — lacks ${a.missing.join(', ')}` : ''}\n`);
  }
  process.stdout.write(`\n${renderText(engine.ask({ text }))}\n`);
}
