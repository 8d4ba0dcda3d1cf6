/**
 * Builds the Bolt app and its receiver for either mode. Hazards, all from
 * PLATFORMS.md:
 * - HTTP mode uses an HTTPReceiver we hold, so its `requestListener` can be
 *   mounted on the shared HttpServer; `app.start()` is never called there,
 *   since it would open a second server. Signature verification stays on.
 * - `deferInitialization` makes `app.init()` the one place auth.test runs,
 *   so a wrong token fails start-up instead of rejecting in the background.
 * - The Web API client retries 429s after Retry-After, within `retryConfig`;
 *   the default gives up within a minute or so (an answer later than that is
 *   no use in a chat). Socket Mode's own client, which fetches the WebSocket
 *   URL, keeps retrying far longer, so a Slack outage does not end the bot's
 *   connection for good. Tests pass tight policies for both, so a closed
 *   fake cannot keep the process alive.
 */
import { App, HTTPReceiver, SocketModeReceiver, type Logger as BoltLogger, type webApi } from '@slack/bolt';
import type { SlackMode } from './mode.ts';

export interface SlackOptions {
  readonly retryConfig: webApi.RetryOptions;
  /** Socket Mode: retries of apps.connections.open when (re)connecting. */
  readonly socketRetryConfig: webApi.RetryOptions;
  /** Milliseconds before a Web API request is abandoned (0 waits for ever). */
  readonly requestTimeoutMs: number;
}

export const DEFAULT_SLACK_OPTIONS: SlackOptions = {
  retryConfig: { retries: 3, factor: 2, minTimeout: 1_000, maxTimeout: 10_000, randomize: true },
  // @slack/socket-mode's own default: keep reconnecting through an outage.
  socketRetryConfig: { retries: 100, factor: 1.3 },
  requestTimeoutMs: 15_000,
};

export interface BoltParts {
  readonly app: App;
  /** Present in HTTP mode: mount its requestListener at /slack/events. */
  readonly receiver?: HTTPReceiver;
}

export function createBoltApp(mode: SlackMode, logger: BoltLogger, apiUrl: string | undefined, options: SlackOptions): BoltParts {
  // GovSlack's and the tests' Web API; Socket Mode's apps.connections.open goes there too.
  const api = { timeout: options.requestTimeoutMs, ...(apiUrl ? { slackApiUrl: apiUrl } : {}) };
  const common = { token: mode.botToken, logger, deferInitialization: true, extendedErrorHandler: true, clientOptions: { ...api, retryConfig: options.retryConfig } };
  if (mode.kind === 'socket') {
    const socketClient = { ...api, retryConfig: options.socketRetryConfig };
    const receiver = new SocketModeReceiver({ appToken: mode.appToken, logger, installerOptions: { clientOptions: socketClient } });
    return { app: new App({ ...common, socketMode: true, receiver }) };
  }
  const receiver = new HTTPReceiver({ signingSecret: mode.signingSecret, logger, signatureVerification: true });
  return { app: new App({ ...common, receiver }), receiver };
}
