/**
 * Finds the story a new article belongs to among the registered articles
 * published within STORY_THRESHOLDS.windowDays of it (see story.ts for the
 * similarity and its measured thresholds).
 */
import type { RegisteredArticle, Store } from '../store/index.ts';
import { decodeSignature, isSameStory, STORY_THRESHOLDS, type StorySignature, storySimilarity } from './story.ts';

/** The most similar earlier report of the same story, if any; ties go to the earliest registered. */
export function findSameStory(store: Store, published: string, signature: StorySignature): RegisteredArticle | undefined {
  const window = STORY_THRESHOLDS.windowDays;
  let best: { article: RegisteredArticle; score: number } | undefined;
  for (const candidate of store.articlesPublishedBetween(shiftDays(published, -window), shiftDays(published, window))) {
    const other = decodeSignature(candidate.signature);
    if (!other) continue;
    const similarity = storySimilarity(signature, other);
    if (!isSameStory(similarity)) continue;
    const score = Math.max(similarity.containment, similarity.conceptJaccard);
    if (!best || score > best.score) best = { article: candidate, score };
  }
  return best?.article;
}

function shiftDays(date: string, days: number): string {
  const shifted = new Date(`${date}T00:00:00Z`);
  shifted.setUTCDate(shifted.getUTCDate() + days);
  return shifted.toISOString().slice(0, 10);
}
