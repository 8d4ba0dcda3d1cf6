/**
 * Bolt's and the Web API client's logger interface on top of the process's
 * pino logger, so their messages land in the same JSON log under
 * module "slack-bolt". Their arguments are free text and errors: every one is
 * scrubbed of the Slack secrets before pino sees it. The level is pino's;
 * Bolt's setLevel is ignored so LOG_LEVEL stays the one setting.
 */
import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../src/logger.ts';
import type { Scrubber } from './scrub.ts';

type PinoMethod = 'debug' | 'info' | 'warn' | 'error';

export function boltLogger(logger: Logger, scrubber: Scrubber): BoltLogger {
  const log = logger.child({ module: 'slack-bolt' });
  const emit = (level: PinoMethod) => (...args: unknown[]) => {
    const error = args.find((a): a is Error => a instanceof Error);
    const text = args.filter((a) => !(a instanceof Error)).map((a) => (typeof a === 'string' ? a : safeJson(a))).join(' ');
    if (error) log[level]({ err: scrubber.error(error) }, scrubber.text(text));
    else log[level](scrubber.text(text));
  };
  return {
    debug: emit('debug'),
    info: emit('info'),
    warn: emit('warn'),
    error: emit('error'),
    setLevel: () => {},
    getLevel: () => boltLevel(log.level),
    setName: () => {},
  };
}

function boltLevel(level: string): LogLevel {
  if (level === 'debug' || level === 'trace') return LogLevel.DEBUG;
  if (level === 'info') return LogLevel.INFO;
  if (level === 'warn') return LogLevel.WARN;
  return LogLevel.ERROR;
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
