import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.ts';

function capture() {
  const lines: string[] = [];
  const sink = new Writable({ write: (chunk: Buffer, _encoding, done) => (lines.push(chunk.toString()), done()) });
  return { logger: createLogger('info', sink), lines };
}

describe('createLogger', () => {
  it('redacts tokens, secrets and authorization headers wherever they appear', () => {
    const { logger, lines } = capture();
    logger.info(
      {
        token: 'SECRET-1',
        config: { botToken: 'SECRET-2', appToken: 'SECRET-3', signingSecret: 'SECRET-4', secret: 'SECRET-5', SLACK_BOT_TOKEN: 'SECRET-6' },
        payload: { secret_token: 'SECRET-7' },
        req: {
          method: 'POST',
          headers: { authorization: 'Bearer SECRET-8', 'x-telegram-bot-api-secret-token': 'SECRET-9', 'x-slack-signature': 'v0=SECRET-10' },
        },
        headers: { authorization: 'Bearer SECRET-11' },
      },
      'a request',
    );
    const line = lines.join('');
    expect(line).not.toMatch(/SECRET-/);
    const logged = JSON.parse(line) as { req: { method: string; headers: Record<string, string> }; config: Record<string, string> };
    expect(logged.req.headers['x-slack-signature']).toBe('[redacted]');
    expect(logged.req.headers['x-telegram-bot-api-secret-token']).toBe('[redacted]');
    expect(logged.config.botToken).toBe('[redacted]');
    // Because redaction must not eat what an operator needs to debug.
    expect(logged.req.method).toBe('POST');
  });

  it('writes one JSON object per line', () => {
    const { logger, lines } = capture();
    logger.child({ module: 'test' }).warn({ n: 1 }, 'hello');
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 40, module: 'test', n: 1, msg: 'hello' });
  });
});
