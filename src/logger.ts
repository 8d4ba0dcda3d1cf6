/**
 * The process logger: pino, JSON on stderr (stdout belongs to answers).
 * Modules receive a child logger — logger.child({ module: 'search' }) —
 * never a global.
 */
import pino, { type Logger } from 'pino';

export type { Logger };

// Wherever these keys appear in a logged object, their values are replaced.
export const REDACTED_PATHS = ['*.token', '*.secret', '*.password', 'headers.authorization', '*.headers.authorization'];

export function createLogger(level: string): Logger {
  return pino({ level, redact: { paths: REDACTED_PATHS, censor: '[redacted]' } }, pino.destination(2));
}

export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
