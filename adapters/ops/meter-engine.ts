/**
 * Counts and times every answer at the composition root, so no adapter has
 * to: the engine's own ask is replaced by one that records the answer's
 * intent, language and whether it abstained.
 */
import type { Engine, Message } from '../../src/engine.ts';
import type { Metrics } from './metrics.ts';

/** Returns the same engine, its ask() now metered. */
export function meterAnswers(engine: Engine, metrics: Metrics): Engine {
  const ask = engine.ask.bind(engine);
  engine.ask = (message: Message) => {
    const started = performance.now();
    const answer = ask(message);
    const labels = { intent: answer.intent, language: answer.language };
    metrics.answerSeconds.observe({ intent: answer.intent }, (performance.now() - started) / 1000);
    metrics.questionsAnswered.inc(labels);
    if (answer.abstained) metrics.abstentions.inc(labels);
    return answer;
  };
  return engine;
}
