/**
 * `npm run bench:ingest [-- --pages 1000] [--kit test/fixtures/realdev/pages]`:
 * how fast `npm run ingest` imports real pages. Copies the kit's pages, each
 * with its own address and one sentence of its own (bench-ingest/copies.ts),
 * into a temporary folder until there are `--pages` of them, then runs the
 * real CLI — `npm run ingest` as an operator would, progress lines and all —
 * on all of them at once into a fresh DATA_DIR, and prints pages per second
 * (process start-up included) with the summary's counts and dates by rule.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { readKitIndex, writeCopies } from './bench-ingest/copies.ts';

const USAGE = 'usage: npm run bench:ingest [-- --pages 1000] [--kit test/fixtures/realdev/pages]';
const OptionsSchema = z.object({
  pages: z.coerce.number().int().min(1).max(20_000).default(1000),
  kit: z.string().min(1).default('test/fixtures/realdev/pages'),
});

function main(): void {
  const parsed = OptionsSchema.safeParse(parseArgs({ args: process.argv.slice(2), options: { pages: { type: 'string' }, kit: { type: 'string' } } }).values);
  if (!parsed.success) {
    process.stderr.write(`${parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; ')}\n${USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  const { pages, kit } = parsed.data;
  const work = mkdtempSync(join(tmpdir(), 'coop-bench-ingest-'));
  try {
    const files = writeCopies(kit, readKitIndex(kit), pages, work);
    const dataDir = join(work, 'data');
    const started = process.hrtime.bigint();
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'adapters/cli/ingest.ts', ...files], {
      env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    if (run.status === null || run.status === 2) throw new Error(`npm run ingest did not finish (status ${run.status}): ${run.stderr.slice(-2000)}`);
    const [counts = '', dates = ''] = run.stdout.split('\n');
    process.stdout.write(
      [
        `${files.length} pages (${readKitIndex(kit).length} kit pages, copied) in ${seconds.toFixed(1)} s: ${(files.length / seconds).toFixed(0)} pages/s, process start-up included`,
        counts,
        dates,
        `exit code ${run.status}`,
      ].join('\n') + '\n',
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main();
