/**
 * The dependency rule of ARCHITECTURE.md: the core (src/) never imports a
 * chat platform or an adapter, so it can be read, tested and reused alone.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.ts';

const FORBIDDEN = [/from ['"]telegraf/, /from ['"]@slack\//, /from ['"](?:\.\.\/)+adapters\//];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('the core', () => {
  it('imports no platform library and no adapter', () => {
    const offenders = sourceFiles(join(ROOT, 'src')).filter((file) => {
      const text = readFileSync(file, 'utf8');
      return FORBIDDEN.some((pattern) => pattern.test(text));
    });
    expect(offenders.map((f) => relative(ROOT, f))).toEqual([]);
  });
});
