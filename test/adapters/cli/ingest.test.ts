import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '../../../src/corpus/load.ts';
import { SqliteStore } from '../../../src/store/index.ts';
import { CORPUS_DIR, FIXTURES, ROOT, tempDir } from '../../helpers.ts';
import { runEntry, type RunResult } from '../../run.ts';

const ENTRY = 'adapters/cli/ingest.ts';
const PAGE = join(FIXTURES, 'ingest', 'page-furniture.html');
const PAGE_URL = 'https://warta-industri.example/ekonomi/2025/02/14/indonesia-china-hilirisasi-nikel-morowali';
const env = (dataDir: string) => ({ DATA_DIR: dataDir, CORPUS_DIR, LOG_LEVEL: 'warn' });

describe('npm run ingest', () => {
  it('imports an HTML page: summary on stdout, exit 0, the file in DATA_DIR/articles and its registry row', () => {
    const dataDir = tempDir();
    const result = runEntry(ENTRY, [PAGE], '', env(dataDir));
    expect(result.stderr).not.toContain('Error');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Imported 1, duplicates 0, unrelated 0, failed 0.');
    expect(result.stdout).toContain('Indonesia dan China Perluas Kerja Sama Hilirisasi Nikel di Morowali');
    const files = readdirSync(join(dataDir, 'articles'));
    expect(files).toHaveLength(1);
    const article = parseArticleFile(join(dataDir, 'articles', files[0]!));
    expect(article).toMatchObject({ url: PAGE_URL, publisher: 'Warta Industri', published: '2025-02-14' });
    // Progress lines on stderr when it is not a terminal.
    expect(result.stderr).toContain('[1/1] imported (date from meta):');
    expect(result.stdout).toContain('Dates from: page metadata 1.');
    const store = SqliteStore.open(dataDir);
    try {
      expect(store.findArticleByUrl(PAGE_URL)).toMatchObject({ articleId: article.id });
      // The five corpus articles were registered first, so seeds are refused.
      expect(store.hasArticle('000_2d10af57ad1e85d9')).toBe(true);
    } finally {
      store.close();
    }
  });

  it('refuses what is already in the corpus or in DATA_DIR, and exits 1 when a source fails', () => {
    const dataDir = tempDir();
    runEntry(ENTRY, [PAGE], '', env(dataDir));
    const result = runEntry(ENTRY, ['--lang', 'id', PAGE, join(FIXTURES, 'seeds', '003_6057a07631c6b9a6.txt'), 'missing.html'], '', env(dataDir));
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('Diimpor 0, duplikat 2, tidak relevan 0, gagal 1.');
    expect(result.stdout).toContain('missing.html: no such file');
  });

  it('exits 3 when a page is skipped as unrelated, says how to import it, and imports it with --force and --date', () => {
    const dataDir = tempDir();
    const unrelated = join(FIXTURES, 'ingest', 'unrelated-football.html');
    const skipped = runEntry(ENTRY, [unrelated], '', env(dataDir));
    expect(skipped.status).toBe(3);
    expect(skipped.stdout).toContain('Imported 0, duplicates 0, unrelated 1, failed 0.');
    expect(skipped.stdout).toContain(`To import anyway: npm run ingest -- --force ${unrelated}`);
    const forced = runEntry(ENTRY, ['--force', '--date', '2024-06-17', unrelated], '', env(dataDir));
    expect(forced.status).toBe(0);
    expect(forced.stdout).toContain('Dates from: given 1.');
    const [file] = readdirSync(join(dataDir, 'articles'));
    expect(parseArticleFile(join(dataDir, 'articles', file!))).toMatchObject({ published: '2024-06-17', dateSource: 'operator' });
  });

  it('imports one copy when two run at once on the same page', async () => {
    const dataDir = tempDir();
    const results = await Promise.all([runAsync([PAGE], env(dataDir)), runAsync([PAGE], env(dataDir))]);
    // On failure, show what each run said: the race this guards is rare and timing-dependent.
    expect(results.map((r) => r.status), results.map((r) => `${r.stdout}\n${r.stderr}`).join('\n---\n')).toEqual([0, 0]);
    const summaries = results.map((r) => r.stdout).sort();
    expect(summaries[0]).toContain('Imported 0, duplicates 1');
    expect(summaries[1]).toContain('Imported 1, duplicates 0');
    expect(readdirSync(join(dataDir, 'articles')).filter((n) => n.endsWith('.json'))).toHaveLength(1);
  });

  it('prints its usage for --help, and exits 2 on bad usage', () => {
    const help = runEntry(ENTRY, ['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage');
    for (const args of [[], ['--lang', 'fr', PAGE], ['--bogus', PAGE], ['--date', '17/06/2024', PAGE], ['--date', '2999-01-01', PAGE], ['--date', '1989-12-31', PAGE]]) {
      const result = runEntry(ENTRY, args);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain('Usage');
    }
  });
});

function runAsync(args: readonly string[], extraEnv: NodeJS.ProcessEnv): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, ENTRY), ...args], { cwd: ROOT, env: { ...process.env, ...extraEnv } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}
