/**
 * A source that cannot be imported (unreachable, too large, not a feed, no
 * date…). Its message is for people — it becomes the `reason` of a `failed`
 * outcome — and never holds more than the source's address.
 */
export class SourceError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'SourceError';
  }
}

/** The reason to report for any error met while importing one source. */
export function reasonOf(error: unknown): string {
  if (error instanceof SourceError) return error.message;
  return `unexpected error: ${error instanceof Error ? error.message : String(error)}`;
}
