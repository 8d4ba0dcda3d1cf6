/**
 * The Slack adapter: answers the slash command, @-mentions, direct messages
 * and the two buttons, manages subscriptions (with the store) and the
 * admins' ingest (with deps.ingest), publishes the App Home tab, and offers
 * the delivery worker its `sender`; over HTTP (mounted on the shared
 * HttpServer) or Socket Mode. main.ts calls startSlack when
 * `slackMode(config)` is defined. Hazards: the Bolt app must be initialised
 * (auth.test) before requests reach it, and in HTTP mode the route must be
 * mounted before main.ts calls listen — both happen before this resolves.
 */
import type { Platform, PlatformDeps } from '../platform.ts';
import { BackgroundTasks, MAX_INGESTS_AT_ONCE } from '../shared/background.ts';
import { SeenIds } from '../shared/seen.ts';
import { AnsweredThreads } from './answered-threads.ts';
import { Asker } from './asker.ts';
import { boltLogger } from './bolt-logger.ts';
import { createBoltApp, DEFAULT_SLACK_OPTIONS, type SlackOptions } from './bolt-app.ts';
import { installCatchAll } from './catch-all.ts';
import { oncePerEvent } from './event-retries.ts';
import { mountSlackEvents } from './http-mount.ts';
import { slackMode } from './mode.ts';
import { Scrubber } from './scrub.ts';
import { startupError } from './startup-error.ts';
import { registerCommand } from './surfaces/command.ts';
import type { SurfaceDeps } from './surfaces/deps.ts';
import { registerDirectMessages } from './surfaces/direct-message.ts';
import { registerHome } from './surfaces/home.ts';
import { registerMention } from './surfaces/mention.ts';
import { registerThreadReplies } from './surfaces/thread-reply.ts';
import { registerMoreSources } from './surfaces/more-sources.ts';
import { registerShare } from './surfaces/share.ts';
import { registerVotes } from './surfaces/vote.ts';
import { SlackSender } from './sender.ts';

export { slackMode, type SlackMode } from './mode.ts';
export { DEFAULT_SLACK_OPTIONS, type SlackOptions } from './bolt-app.ts';
export { SlackSender, SLACK_DELIVERY_LIMITS } from './sender.ts';

export async function startSlack(deps: PlatformDeps, overrides: Partial<SlackOptions> = {}): Promise<Platform> {
  const { config } = deps;
  const mode = slackMode(config);
  if (!mode) throw new Error('coop-bot: startSlack needs SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET or SLACK_APP_TOKEN');
  const log = deps.logger.child({ module: 'slack' });
  const scrubber = new Scrubber([config.SLACK_BOT_TOKEN, config.SLACK_SIGNING_SECRET, config.SLACK_APP_TOKEN]);
  const options = { ...DEFAULT_SLACK_OPTIONS, ...overrides };
  const logger = boltLogger(deps.logger, scrubber);
  const { app, receiver } = createBoltApp(mode, logger, config.SLACK_API_URL, options);

  const surfaceDeps: SurfaceDeps = {
    asker: new Asker(deps.engine, deps.limiter, config),
    command: config.SLACK_COMMAND,
    log,
    ...(deps.store
      ? {
          subscriptions: {
            store: deps.store,
            lexicon: deps.engine.knowledge.lexicon,
            now: Date.now,
            digestHour: config.DIGEST_HOUR,
            timeZone: config.TIMEZONE,
            commandPrefix: `${config.SLACK_COMMAND} `,
          },
        }
      : {}),
    ...(deps.ingest ? { ingest: deps.ingest } : {}),
    ...(deps.history ? { history: deps.history } : {}),
    admins: new Set(config.SLACK_ADMIN_IDS),
    ingests: new BackgroundTasks(MAX_INGESTS_AT_ONCE),
    threads: new AnsweredThreads(),
  };
  app.use(oncePerEvent(new SeenIds(), log));
  registerCommand(app, surfaceDeps);
  registerMention(app, surfaceDeps);
  registerDirectMessages(app, surfaceDeps);
  registerThreadReplies(app, surfaceDeps);
  registerHome(app, surfaceDeps);
  registerShare(app, surfaceDeps);
  registerMoreSources(app, surfaceDeps);
  registerVotes(app, surfaceDeps);
  installCatchAll(app, log, scrubber, deps.metrics);

  await app.init().catch((cause: unknown) => {
    throw startupError('SLACK_BOT_TOKEN', cause);
  });
  let stopped = false;
  if (receiver) mountSlackEvents(deps.http, receiver, () => stopped);
  else
    await app.start().catch((cause: unknown) => {
      throw startupError('SLACK_APP_TOKEN', cause);
    });
  log.info({ mode: mode.kind, command: config.SLACK_COMMAND, subscriptions: Boolean(deps.store), ingest: Boolean(deps.ingest) }, 'Slack adapter started');
  const sender = new SlackSender({ token: mode.botToken, apiUrl: config.SLACK_API_URL, requestTimeoutMs: options.requestTimeoutMs, boltLogger: logger, log, metrics: deps.metrics, scrubber });
  return {
    name: 'slack',
    sender,
    ready: () => !stopped,
    async stop() {
      if (stopped) return;
      stopped = true;
      // HTTP mode: main.ts closes the shared server; Socket Mode: close the WebSocket.
      if (!receiver) await app.stop();
      // Then what the last commands started: an ingest finishing its report.
      await surfaceDeps.ingests.idle();
      log.info('Slack adapter stopped');
    },
  };
}
