/**
 * A source that cannot be imported (unreachable, too large, not a feed, no
 * headline…). Its message is for people — it becomes the `reason` of a
 * `failed` outcome — and never holds more than the source's address.
 * `transient` marks what may pass later (the network, a timeout, a server
 * error or rate limit): the feed poller fetches such items again.
 */
export class SourceError extends Error {
  readonly transient: boolean;

  constructor(message: string, options?: ErrorOptions & { readonly transient?: boolean }) {
    super(message, options);
    this.name = 'SourceError';
    this.transient = options?.transient ?? false;
  }
}

/** The reason to report for any error met while importing one source. */
export function reasonOf(error: unknown): string {
  if (error instanceof SourceError) return error.message;
  return `unexpected error: ${error instanceof Error ? error.message : String(error)}`;
}

/** True when the error may pass if the source is tried again later. */
export function isTransient(error: unknown): boolean {
  return error instanceof SourceError && error.transient;
}
