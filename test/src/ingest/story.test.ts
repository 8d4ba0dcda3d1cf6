import { describe, expect, it } from 'vitest';
import { decodeSignature, encodeSignature, isSameStory, STORY_THRESHOLDS, storySignature, storySimilarity } from '../../../src/ingest/story.ts';
import { projectLexicon, seedArticles } from '../../helpers.ts';
import { makeIngester, SEED_HINTS, seedText } from './helpers.ts';

const [s000, s001, s002, s003, s004] = seedArticles();
const signature = (article: typeof s000) => storySignature(article!, projectLexicon());
const similarity = (a: typeof s000, b: typeof s000) => storySimilarity(signature(a), signature(b));

describe('storySimilarity', () => {
  // The measurements behind STORY_THRESHOLDS (story.ts records the exact values).
  it('finds the shared wording of two rewrites of one press release (003/004)', () => {
    const s = similarity(s003, s004);
    expect(s.containment).toBeGreaterThan(0.6);
    expect(isSameStory(s)).toBe(true);
  });

  it('finds the shared cast of one meeting reported in two languages (000/001)', () => {
    const s = similarity(s000, s001);
    expect(s.containment).toBeLessThan(0.05);
    expect(s.conceptJaccard).toBeGreaterThan(0.7);
    expect(s.sharedConcepts).toBeGreaterThanOrEqual(STORY_THRESHOLDS.minSharedConcepts);
    expect(isSameStory(s)).toBe(true);
  });

  it('keeps every other pair of seeds well under both thresholds', () => {
    for (const [a, b] of [[s000, s002], [s000, s003], [s000, s004], [s001, s002], [s001, s003], [s001, s004], [s002, s003], [s002, s004]] as const) {
      const s = similarity(a, b);
      expect(s.containment).toBeLessThan(STORY_THRESHOLDS.textContainment / 3);
      expect(s.conceptJaccard).toBeLessThan(STORY_THRESHOLDS.conceptJaccard / 2);
      expect(isSameStory(s)).toBe(false);
    }
  });
});

describe('encodeSignature', () => {
  it('round-trips through the registry string', () => {
    const original = signature(s003);
    const text = encodeSignature(original);
    expect(text.length).toBeLessThan(2000);
    expect(decodeSignature(text)).toEqual(original);
  });

  it('reads a damaged or foreign signature as none', () => {
    expect(decodeSignature('')).toBeUndefined();
    expect(decodeSignature('s1;10;abc;')).toBeUndefined();
    expect(decodeSignature('v9;whatever')).toBeUndefined();
  });
});

describe('story linking in the Ingester', () => {
  const importSeed = (ingester: ReturnType<typeof makeIngester>['ingester'], id: string, extra = {}) =>
    ingester.importDocument({ source: id, kind: 'text', body: seedText(id), hints: { id, ...SEED_HINTS[id], ...extra } });

  it('links the second report of a press release to the first (003 then 004)', () => {
    const { ingester } = makeIngester();
    const first = importSeed(ingester, s003!.id);
    const second = importSeed(ingester, s004!.id);
    expect(first).toMatchObject({ kind: 'imported', storyKey: s003!.id });
    expect(second).toMatchObject({ kind: 'imported', storyKey: s003!.id });
  });

  it('writes the story key into the linked article file', async () => {
    const { ingester, articlesDir } = makeIngester();
    importSeed(ingester, s000!.id);
    importSeed(ingester, s001!.id);
    const { parseArticleFile } = await import('../../../src/corpus/load.ts');
    expect(parseArticleFile(`${articlesDir}/${s001!.id}.json`).story).toBe(s000!.id);
    expect(parseArticleFile(`${articlesDir}/${s000!.id}.json`).story).toBeUndefined();
  });

  it("reuses an editor's story key of a registered corpus article", () => {
    const { ingester } = makeIngester();
    ingester.registerExisting([s003!]);
    // Another outlet's copy of 004's text, so it is not refused as the same text.
    const outcome = ingester.importDocument({ source: 'other', kind: 'text', body: seedText(s004!.id), hints: { ...SEED_HINTS[s004!.id], url: 'https://other.example/a' } });
    expect(outcome).toMatchObject({ kind: 'imported', storyKey: '2023-12-kemenperin-miit-mou' });
  });

  it('does not link unrelated seeds, even published the same day', () => {
    const { ingester } = makeIngester();
    importSeed(ingester, s003!.id);
    const other = importSeed(ingester, s002!.id, { published: s003!.published });
    expect(other).toMatchObject({ kind: 'imported', storyKey: s002!.id });
  });

  it('does not link reports more than three days apart', () => {
    const { ingester } = makeIngester();
    importSeed(ingester, s003!.id);
    expect(importSeed(ingester, s004!.id, { published: '2023-12-20' })).toMatchObject({ kind: 'imported', storyKey: s004!.id });
  });
});
