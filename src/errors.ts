/**
 * The few typed errors of the core, each with a stable code. Adapters catch
 * them once, log them and turn them into a message for people.
 */
export type ErrorCode = 'CORPUS_INVALID' | 'LEXICON_INVALID' | 'CONFIG_INVALID' | 'PLATFORM_API' | 'STORE';

export class CoopBotError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** A corpus file that cannot be used: names the file and the field at fault. */
export class CorpusError extends CoopBotError {
  constructor(
    readonly file: string,
    readonly field: string,
    problem: string,
  ) {
    super('CORPUS_INVALID', `${file}: ${field ? `${field}: ` : ''}${problem}`);
  }
}

export class LexiconError extends CoopBotError {
  constructor(
    readonly file: string,
    problem: string,
  ) {
    super('LEXICON_INVALID', `${file}: ${problem}`);
  }
}

export class ConfigError extends CoopBotError {
  constructor(readonly problems: readonly string[]) {
    super('CONFIG_INVALID', `Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/**
 * A chat platform's API refused or could not be reached (a wrong token, a
 * network failure). Adapters subclass it; the message never holds a secret.
 */
export class PlatformApiError extends CoopBotError {
  constructor(message: string, options?: ErrorOptions) {
    super('PLATFORM_API', message, options);
  }
}

/** For exhaustive switches: a new union member does not compile until handled. */
export function assertNever(value: never): never {
  throw new Error(`coop-bot: unexpected value ${JSON.stringify(value)}`);
}
