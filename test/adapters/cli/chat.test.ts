import { describe, expect, it } from 'vitest';
import { runEntry } from '../../run.ts';

describe('npm start without chat credentials', () => {
  it('answers each piped line in the terminal and exits at end of input', () => {
    const { status, stdout } = runEntry('adapters/main.ts', [], 'Which minerals are prioritized?\nMineral apa saja yang diprioritaskan?\n');
    expect(status).toBe(0);
    const [english, indonesian] = stdout.split('Mineral yang disebut');
    expect(english).toContain('molybdenum');
    expect(english).toContain('RMOL');
    expect(indonesian).toContain('molibdenum');
  });

  it('abstains on a question the corpus cannot answer', () => {
    const { stdout } = runEntry('adapters/main.ts', [], 'Siapa juara Piala Dunia 2022?\n');
    expect(stdout).toContain('tidak membahas');
  });

  it('lists every setting with --help', () => {
    const { status, stdout } = runEntry('adapters/main.ts', ['--help']);
    expect(status).toBe(0);
    expect(stdout).toContain('CORPUS_DIR');
  });

  it('reports every invalid setting and exits non-zero', () => {
    const { status, stderr } = runEntry('adapters/main.ts', [], '', { LOG_LEVEL: 'loud', DEFAULT_LANGUAGE: 'xx' });
    expect(status).toBe(1);
    expect(stderr).toMatch(/LOG_LEVEL[\s\S]*DEFAULT_LANGUAGE/);
  });
});
