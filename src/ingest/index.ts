/** What the ingest folder offers: the Ingester (IngestService), its report and renderer, and the pieces others reuse. */
export { Ingester, type IngesterDeps, type SourceDocument } from './ingester.ts';
export type { FanOut, IngestOptions, IngestService } from './service.ts';
export { countDates, countOutcomes, type IngestOutcome, type IngestOutcomeKind, type IngestProgress, type IngestReport } from './report.ts';
export { renderIngestReport, type RenderOptions } from './render-report.ts';
export { chooseDate, EARLIEST_DATE, type DateClue, type OutsideDates } from './choose-date.ts';
export { registerExisting } from './register-existing.ts';
export type { ArticleDraft, ArticleFacts, ImportHints } from './draft.ts';
export { extractText } from './extract-text.ts';
export { extractHtml } from './extract-html.ts';
export { buildArticle } from './build-article.ts';
export { readFeed, type FeedEntry } from './feed.ts';
export { type ConditionalFetch, defaultFetchOptions, fetchConditional, fetchSource, type FetchFunction, type FetchOptions, type FetchRequest, type Validators } from './fetch-source.ts';
export { articleIdFor, canonicalUrl, contentHash } from './identity.ts';
export { assessRelevance, type Relevance, type RelevanceGap } from './relevance.ts';
export { STORY_THRESHOLDS, storySignature, storySimilarity } from './story.ts';
export { writeArticleFile } from './write-article.ts';
export { SourceError } from './source-error.ts';
