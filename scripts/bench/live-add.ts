/**
 * What a running bot pays when an article arrives (the live pickup): adding
 * one article to the knowledge base, then bringing every derived view up to
 * date (engine.prepare(), as after a pickup) and answering the next question.
 * Views extend themselves with the new article, so this should cost about as
 * much at 50k articles as at 1k; a view rebuilt in full shows up here. The
 * answer itself costs what it always costs (answer_ms, asked again at once).
 */
import type { Article } from '../../src/corpus/article.ts';
import type { Engine } from '../../src/engine.ts';
import { percentile } from './stats.ts';

export interface LiveAddMeasurement {
  /** Knowledge.add of one article (passages and search index), median. */
  readonly add_ms: number;
  /** engine.prepare() right after: every derived view brought up to date, median. */
  readonly views_ms: number;
  /** Knowledge.add + engine.prepare() + one answer, median. */
  readonly add_answer_ms: number;
  /** The same question on the same engine with nothing added, median: what the answer alone costs. */
  readonly answer_ms: number;
}

const SAMPLES = 9;

/**
 * Adds SAMPLES copies of `template` under new ids (this changes the engine:
 * measure it last). `question` is asked after each, then once more. No gc()
 * between samples: a forced full collection makes the next answer slow by
 * itself (tens of ms at 50k), which no running bot sees after an add.
 */
export function measureLiveAdd(engine: Engine, template: Article, question: string): LiveAddMeasurement {
  const adds: number[] = [];
  const views: number[] = [];
  const totals: number[] = [];
  const answers: number[] = [];
  engine.ask({ text: question });
  for (let i = 0; i < SAMPLES; i++) {
    const article = { ...template, id: `bench_live_${i}`, title: `${template.title} (${i})` };
    const started = performance.now();
    engine.knowledge.add(article);
    const added = performance.now();
    engine.prepare();
    const prepared = performance.now();
    engine.ask({ text: question });
    const answered = performance.now();
    engine.ask({ text: question });
    answers.push(performance.now() - answered);
    adds.push(added - started);
    views.push(prepared - added);
    totals.push(answered - started);
  }
  const median = (values: number[]) => percentile(values, 50);
  return { add_ms: median(adds), views_ms: median(views), add_answer_ms: median(totals), answer_ms: median(answers) };
}
