import { TelegramError } from 'telegraf';
import { describe, expect, it } from 'vitest';
import { TelegramApiError } from '../../../adapters/telegram/api-error.ts';
import { loggableError } from '../../../adapters/telegram/log-error.ts';
import { redactor } from '../../../adapters/telegram/redact.ts';
import { TOKEN } from './harness.ts';

const SECRET = 'webhook_secret_value';
const redact = redactor([TOKEN, SECRET, undefined]);

describe('redactor', () => {
  it('replaces every occurrence of every secret', () => {
    expect(redact(`a ${TOKEN} b ${SECRET} c ${TOKEN}`)).toBe('a [redacted] b [redacted] c [redacted]');
  });

  it('also catches anything shaped like a bot token', () => {
    expect(redact('/bot5555555:AAAbbbCCCdddEEEfffGGGhhhIIIjjjKKK_-x/getMe')).toBe('/bot[redacted]/getMe');
  });
});

describe('loggableError', () => {
  it('keeps the stack of a bug, scrubbed', () => {
    const error = new Error(`failed at https://api.telegram.org/bot${TOKEN}/sendMessage`);
    const logged = loggableError(error, redact);
    expect(logged.type).toBe('Error');
    expect(logged.stack).toContain('errors.test.ts');
    expect(JSON.stringify(logged)).not.toContain(TOKEN);
  });

  it("leaves out a TelegramError's request payload, where the webhook secret travels", () => {
    const error = new TelegramError({ error_code: 400, description: 'Bad Request: bad webhook' }, { method: 'setWebhook', payload: { secret_token: SECRET } });
    expect(JSON.stringify(error)).toContain(SECRET); // the hazard this guards against
    const logged = loggableError(error, redact);
    expect(logged).toEqual({ type: 'TelegramError', message: '400: Bad Request: bad webhook', code: 400, description: 'Bad Request: bad webhook', method: 'setWebhook' });
  });

  it('gives the code, description and method of a TelegramApiError', () => {
    expect(loggableError(new TelegramApiError('sendMessage', 403, 'Forbidden: bot was kicked'), redact)).toMatchObject({
      type: 'TelegramApiError',
      code: 403,
      description: 'Forbidden: bot was kicked',
      method: 'sendMessage',
    });
  });

  it('copes with things that are not errors', () => {
    expect(loggableError(`thrown ${TOKEN}`, redact)).toEqual({ type: 'string', message: 'thrown [redacted]' });
  });
});
