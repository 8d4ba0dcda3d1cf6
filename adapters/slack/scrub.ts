/**
 * Removes the Slack secrets (bot token, signing secret, app token) from
 * anything about to be logged. pino's redaction only knows key names; Bolt
 * and the Web API client log free text and errors, so the values themselves
 * are replaced wherever they occur. Belt and braces: neither library is
 * known to log a token today, and this keeps it so if one starts.
 */
const CENSOR = '[redacted]';

export class Scrubber {
  private readonly secrets: readonly string[];

  constructor(secrets: readonly (string | undefined)[]) {
    this.secrets = secrets.filter((s): s is string => Boolean(s));
  }

  text(text: string): string {
    return this.secrets.reduce((out, secret) => out.split(secret).join(CENSOR), text);
  }

  /**
   * A scrubbed copy of an error (its name, code, stack and cause chain, to a
   * few levels) for pino's `err` field. Other properties are dropped: the Web
   * API client's errors carry whole response bodies and headers.
   */
  error(error: unknown, depth = 0): Error {
    if (!(error instanceof Error)) return new Error(this.text(String(error)));
    const copy = new Error(this.text(error.message), error.cause !== undefined && depth < 3 ? { cause: this.error(error.cause, depth + 1) } : undefined);
    copy.name = error.name;
    copy.stack = error.stack === undefined ? undefined : this.text(error.stack);
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string') Object.assign(copy, { code });
    return copy;
  }
}
