/**
 * Stores every chat question and its answer in the question history at the
 * composition root, as meterAnswers counts them, so no adapter has to: the
 * engine's ask is replaced by one that records the answer and returns it
 * with its history id (which the adapters' 👍/👎 buttons carry).
 *
 * Hazard: a history that cannot be written (a locked or full disk) must not
 * cost the user their answer — it is logged and the answer goes out without
 * an id, so without vote buttons.
 */
import type { Engine, Message } from '../../src/engine.ts';
import type { QuestionHistory } from '../../src/history/index.ts';
import type { Logger } from '../../src/logger.ts';

/** Returns the same engine, its ask() now recorded. */
export function recordAnswers(engine: Engine, history: QuestionHistory, logger: Logger): Engine {
  const ask = engine.ask.bind(engine);
  const log = logger.child({ module: 'history' });
  engine.ask = (message: Message) => {
    const answer = ask(message);
    let id: string | undefined;
    try {
      id = history.record(message, answer);
    } catch (error) {
      // Never the message: it holds the question, and the origin holds platform ids.
      log.error({ err: error instanceof Error ? { name: error.name, message: error.message } : 'unknown' }, 'could not record the question; answering without vote buttons');
    }
    return id === undefined ? answer : { ...answer, id };
  };
  return engine;
}
