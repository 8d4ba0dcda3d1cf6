/**
 * Puts Bolt's HTTPReceiver on the bot's shared HTTP port at /slack/events
 * (events, commands and interactivity all arrive there). The receiver
 * verifies signatures and answers url_verification itself. It throws for
 * anything but a POST to its endpoint, so other methods are answered here.
 * After stop(), requests get 503 and Slack retries them later.
 */
import type { HTTPReceiver } from '@slack/bolt';
import type { HttpServer } from '../http/server.ts';

export const SLACK_EVENTS_PATH = '/slack/events';

export function mountSlackEvents(http: HttpServer, receiver: HTTPReceiver, isStopped: () => boolean): void {
  http.route(SLACK_EVENTS_PATH, (req, res) => {
    if (isStopped()) {
      res.writeHead(503, { 'retry-after': '60' }).end();
      return;
    }
    if (req.method !== 'POST') {
      res.writeHead(405, { allow: 'POST' }).end();
      return;
    }
    receiver.requestListener(req, res);
  });
}
