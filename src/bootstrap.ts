/**
 * Builds the engine from configuration: lexicon, corpus (the editors' folder
 * and the imported articles in DATA_DIR), knowledge base and index.
 */
import { join } from 'node:path';
import type { Config } from './config.ts';
import { loadCorpus } from './corpus/load.ts';
import { Engine } from './engine.ts';
import { Knowledge } from './knowledge/knowledge.ts';
import { Lexicon } from './lexicon/lexicon.ts';
import type { Logger } from './logger.ts';

export function buildEngine(config: Config, logger: Logger): Engine {
  const log = logger.child({ module: 'bootstrap' });
  const started = performance.now();
  const lexicon = Lexicon.fromFile(join(config.CORPUS_DIR, 'lexicon.json'));
  const articles = loadCorpus([join(config.CORPUS_DIR, 'articles'), join(config.DATA_DIR, 'articles')]);
  const knowledge = new Knowledge(lexicon, articles);
  const engine = new Engine(knowledge, { defaultLanguage: config.DEFAULT_LANGUAGE, maxQuestionChars: config.MAX_QUESTION_CHARS });
  engine.prepare();
  log.info(
    { articles: articles.length, passages: knowledge.passages.length, ms: Math.round(performance.now() - started) },
    'corpus loaded and indexed',
  );
  return engine;
}
