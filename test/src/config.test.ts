import { describe, expect, it } from 'vitest';
import { describeSettings, loadConfig } from '../../src/config.ts';
import { ConfigError } from '../../src/errors.ts';

describe('loadConfig', () => {
  it('applies defaults to an empty environment', () => {
    expect(loadConfig({})).toMatchObject({ LOG_LEVEL: 'info', CORPUS_DIR: 'corpus', DEFAULT_LANGUAGE: 'en', MAX_QUESTION_CHARS: 1000 });
  });

  it('lists every problem at once', () => {
    try {
      loadConfig({ LOG_LEVEL: 'loud', DEFAULT_LANGUAGE: 'fr', MAX_QUESTION_CHARS: 'many' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const { problems } = error as ConfigError;
      expect(problems).toHaveLength(3);
      expect(problems.join('\n')).toMatch(/LOG_LEVEL[\s\S]*DEFAULT_LANGUAGE[\s\S]*MAX_QUESTION_CHARS/);
    }
  });

  it('never echoes a value back, since values may be secrets', () => {
    expect(() => loadConfig({ LOG_LEVEL: 'xoxb-secret-token', SLACK_BOT_TOKEN: 'xoxb' })).toThrow(ConfigError);
    try {
      loadConfig({ LOG_LEVEL: 'xoxb-secret-token', SLACK_BOT_TOKEN: 'xoxb' });
    } catch (error) {
      expect((error as Error).message).not.toContain('xoxb-secret-token');
      expect((error as Error).message).toContain('SLACK_BOT_TOKEN');
    }
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ TELEGRAM_BOT_TOKEN: '', PORT: '8080' })).toMatchObject({ TELEGRAM_BOT_TOKEN: undefined, PORT: 8080 });
  });
});

describe('describeSettings', () => {
  it('documents every setting with its default', () => {
    const lines = describeSettings();
    expect(lines.some((l) => l.startsWith('CORPUS_DIR') && l.includes('default: corpus'))).toBe(true);
    expect(lines.some((l) => l.startsWith('TELEGRAM_BOT_TOKEN') && l.includes('(secret)'))).toBe(true);
    expect(lines.some((l) => l.startsWith('SLACK_COMMAND') && l.includes('default: /coop'))).toBe(true);
  });
});
