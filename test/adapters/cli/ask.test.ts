import { describe, expect, it } from 'vitest';
import { parseAskArgs } from '../../../adapters/cli/args.ts';
import { folderWith, makeArticle, CORPUS_DIR } from '../../helpers.ts';
import { runEntry } from '../../run.ts';
import { mkdirSync, copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

describe('npm run ask', () => {
  it('answers --jsonl questions one object a line, in order, in the eval contract', () => {
    const questions = ['Which minerals are prioritized?', '', 'Siapa Tri Supondy?', 'Who won the 2022 World Cup?'];
    const { status, stdout } = runEntry('adapters/cli/ask.ts', ['--jsonl'], `${questions.join('\n')}\n`);
    expect(status).toBe(0);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    // Blank input lines are skipped, not answered.
    expect(lines.map((l) => l.question)).toEqual([questions[0], questions[2], questions[3]]);
    const [minerals, who, worldCup] = lines;
    expect(Object.keys(minerals).sort()).toEqual(['abstained', 'citations', 'intent', 'language', 'question', 'text']);
    expect(minerals).toMatchObject({ language: 'en', intent: 'minerals', abstained: false });
    expect(Object.keys(minerals.citations[0]).sort()).toEqual(['id', 'published', 'publisher', 'quote', 'quotes', 'title', 'url']);
    // One citation per article.
    expect(new Set(minerals.citations.map((c: { id: string }) => c.id)).size).toBe(minerals.citations.length);
    expect(minerals.citations[0].quote).toBe(minerals.citations[0].quotes[0]);
    expect(minerals.text).toContain('[1]');
    expect(who).toMatchObject({ language: 'id', intent: 'who-is' });
    expect(worldCup).toMatchObject({ abstained: true, citations: [] });
    // Unknown stays unknown: the English article has no confirmed publisher or URL.
    const english = minerals.citations.find((c: { id: string }) => c.id.startsWith('001'));
    expect(english).toMatchObject({ publisher: null, url: null });
  });

  it('prints one JSON object with --json and text otherwise', () => {
    const json = runEntry('adapters/cli/ask.ts', ['--json', 'Siapa Ciyong Zou?']);
    expect(JSON.parse(json.stdout)).toMatchObject({ intent: 'who-is', language: 'id' });
    const text = runEntry('adapters/cli/ask.ts', ['Siapa Ciyong Zou?']);
    expect(text.stdout).toContain('Ciyong Zou');
    expect(text.stdout).toContain('Sumber:');
  });

  it('explains its usage on bad arguments and exits 2', () => {
    const result = runEntry('adapters/cli/ask.ts', []);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Usage');
  });

  it('refuses to start on an invalid corpus file, naming the file and the field', () => {
    const corpus = folderWith({});
    mkdirSync(join(corpus, 'articles'));
    copyFileSync(join(CORPUS_DIR, 'lexicon.json'), join(corpus, 'lexicon.json'));
    writeFileSync(join(corpus, 'articles', 'broken.json'), JSON.stringify({ ...makeArticle(), language: 'fr' }));
    const result = runEntry('adapters/cli/ask.ts', ['nickel'], '', { CORPUS_DIR: corpus });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/broken\.json: language/);
  });
});

describe('parseAskArgs', () => {
  it('joins the words of the question', () => {
    const parsed = parseAskArgs(['--json', 'who', 'is', 'Eko?']);
    expect(parsed.success && parsed.data).toMatchObject({ json: true, question: 'who is Eko?' });
  });

  it('rejects --json with --jsonl and unknown options', () => {
    expect(parseAskArgs(['--json', '--jsonl']).success).toBe(false);
    expect(parseAskArgs(['--bogus', 'x']).success).toBe(false);
  });
});
