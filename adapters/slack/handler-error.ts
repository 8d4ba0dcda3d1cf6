/**
 * The error a surface throws when answering fails: where it happened (the
 * surface and the event, command or action id — never a payload, which may
 * carry tokens) and how to apologise to the user in their language. The
 * adapter's one catch-all (catch-all.ts) logs it and sends the apology.
 */
export type Surface = 'command' | 'mention' | 'thread-reply' | 'direct-message' | 'home' | 'share' | 'more-sources' | 'vote';

export interface Where {
  readonly surface: Surface;
  /** event_id for events; trigger_id for commands and actions. */
  readonly eventId?: string;
  readonly team?: string;
  readonly channel?: string;
}

export class SlackHandlerError extends Error {
  readonly code = 'SLACK_HANDLER_FAILED';

  constructor(
    readonly where: Where,
    /** Tells the user something went wrong; undefined where there is no one to tell (App Home). */
    readonly apologise: (() => Promise<unknown>) | undefined,
    options: ErrorOptions,
  ) {
    super(`coop-bot: Slack ${where.surface} failed`, options);
    this.name = 'SlackHandlerError';
  }
}

/** Runs a surface's work; any failure becomes a SlackHandlerError for the catch-all. */
export async function guarded(where: Where, apologise: (() => Promise<unknown>) | undefined, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (cause) {
    throw new SlackHandlerError(where, apologise, { cause });
  }
}
