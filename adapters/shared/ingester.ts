/**
 * The Ingester as configured, for the two places that import articles: the
 * bot (feeds, admin commands) and `npm run ingest`. One recipe, so both
 * refuse the same duplicates and fan out to subscribers the same way.
 */
import { join } from 'node:path';
import type { Config } from '../../src/config.ts';
import { Ingester } from '../../src/ingest/index.ts';
import type { Lexicon } from '../../src/lexicon/lexicon.ts';
import type { Logger } from '../../src/logger.ts';
import type { Store } from '../../src/store/index.ts';
import { createFanOut } from '../../src/updates/index.ts';

export function configuredIngester(config: Config, store: Store, lexicon: Lexicon, logger: Logger): Ingester {
  return new Ingester({
    store,
    lexicon,
    articlesDir: importedArticlesDir(config),
    fanOut: createFanOut({ store, lexicon, digestHour: config.DIGEST_HOUR, timeZone: config.TIMEZONE }),
    logger,
    relevanceCheck: config.RELEVANCE_CHECK,
  });
}

/** Where imported articles are written (and loaded from, with the corpus). */
export function importedArticlesDir(config: Config): string {
  return join(config.DATA_DIR, 'articles');
}
