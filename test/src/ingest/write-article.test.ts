import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '../../../src/corpus/load.ts';
import { serializeArticle, writeArticleFile } from '../../../src/ingest/write-article.ts';
import { CORPUS_DIR, makeArticle, seedArticles, tempDir } from '../../helpers.ts';

describe('writeArticleFile', () => {
  it('writes the file under its id, leaving no temporary file, and replaces an older copy whole', () => {
    const dir = join(tempDir(), 'articles');
    writeArticleFile(dir, makeArticle({ id: 'abc', title: 'First version' }));
    const file = writeArticleFile(dir, makeArticle({ id: 'abc', title: 'Second version' }));
    expect(readdirSync(dir)).toEqual(['abc.json']);
    expect(parseArticleFile(file).title).toBe('Second version');
  });
});

describe('serializeArticle', () => {
  it('writes exactly as the corpus files are written', () => {
    for (const article of seedArticles()) {
      expect(serializeArticle(article)).toBe(readFileSync(join(CORPUS_DIR, 'articles', `${article.id}.json`), 'utf8'));
    }
  });
});
