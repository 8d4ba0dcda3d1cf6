/** What every surface needs: the question pipeline, the command's name (help texts show it) and a logger. */
import type { Logger } from '../../../src/logger.ts';
import type { Asker } from '../asker.ts';

export interface SurfaceDeps {
  readonly asker: Asker;
  readonly command: string;
  readonly log: Logger;
}

/**
 * Lets an acknowledgement leave before the engine's synchronous work
 * starts: ack() hands the response to the socket, and this yields one turn
 * of the event loop so nothing queued behind it is held up by the answer.
 */
export function afterAck(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
