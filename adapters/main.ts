/**
 * `npm start`: the composition root. Starts every chat platform whose
 * credentials are configured, on one HTTP port for their webhooks, health
 * checks and metrics; with none, the terminal chat (and no port).
 */
import { buildEngine } from '../src/bootstrap.ts';
import { type Config, describeSettings, loadConfig } from '../src/config.ts';
import { createLogger, type Logger } from '../src/logger.ts';
import { runChat } from './cli/chat.ts';
import { exitOnError } from './cli/fail.ts';
import { HttpServer } from './http/server.ts';
import { historyKey, QuestionHistory, RetentionJob } from '../src/history/index.ts';
import { createMetrics, engineChecks, meterAnswers, meterVotes, mountOpsRoutes, platformChecks, recordAnswers } from './ops/index.ts';
import type { Platform, PlatformDeps } from './platform.ts';
import { SqliteStore } from '../src/store/index.ts';
import { QuestionLimiter } from './shared/rate-limit.ts';
import { slackMode, startSlack } from './slack/index.ts';
import { startTelegram } from './telegram/index.ts';
import { Updates } from './updates.ts';

async function main(): Promise<void> {
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    process.stdout.write(`npm start: runs the bot. Settings (environment variables):\n  ${describeSettings().join('\n  ')}\n`);
    return;
  }
  const config = loadConfig();
  const starters = platformsToStart(config);
  if (starters.length === 0) {
    // The terminal chat shares the screen with the log: keep the log to warnings.
    const logger = createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL);
    await runChat(buildEngine(config, logger));
    return;
  }
  await runPlatforms(config, starters, createLogger(config.LOG_LEVEL));
}

interface Starter {
  readonly name: Platform['name'];
  readonly start: (deps: PlatformDeps) => Promise<Platform>;
}

function platformsToStart(config: Config): Starter[] {
  const starters: Starter[] = [];
  if (config.TELEGRAM_BOT_TOKEN) starters.push({ name: 'telegram', start: startTelegram });
  if (slackMode(config)) starters.push({ name: 'slack', start: startSlack });
  return starters;
}

async function runPlatforms(config: Config, starters: readonly Starter[], logger: Logger): Promise<void> {
  const http = new HttpServer(logger.child({ module: 'http' }));
  const store = SqliteStore.open(config.DATA_DIR);
  const metrics = createMetrics({ deliveryCounts: () => store.deliveryCounts() });
  // Read before the corpus is loaded, so an article imported meanwhile is loaded or picked up, never missed.
  const afterSeq = store.latestArticleSeq();
  const history = meterVotes(new QuestionHistory(store, { key: historyKey(config.HISTORY_KEY, store), days: config.HISTORY_DAYS, now: Date.now }), metrics);
  const engine = recordAnswers(meterAnswers(buildEngine(config, logger), metrics), history, logger);
  const retention = new RetentionJob({ store, historyDays: config.HISTORY_DAYS, deliveryDays: config.DELIVERY_RETENTION_DAYS, timeZone: config.TIMEZONE, logger });
  const updates = new Updates({ config, engine, store, logger, metrics, afterSeq });
  const limiter = new QuestionLimiter(config.RATE_LIMIT_PER_MINUTE, config.RATE_LIMIT_PER_CHAT_PER_MINUTE);
  const deps: PlatformDeps = { engine, config, logger, http, limiter, metrics, store, ingest: updates.ingest, ...(history.enabled && { history }) };
  const platforms: Platform[] = [];
  const names = starters.map((s) => s.name);
  let storeOpen = true;
  mountOpsRoutes(http, metrics, { ...engineChecks(engine), store: () => storeOpen, ...platformChecks(names, platforms) });
  const stopAll = async () => {
    // New updates stop first; the worker then finishes its in-flight sends and hands back the rest.
    await Promise.allSettled([...platforms.map((p) => p.stop()), updates.stop(), retention.stop()]);
    await http.close();
    storeOpen = false;
    store.close();
  };
  try {
    // Adapters mount their webhook routes while starting: listen only once all have started.
    for (const starter of starters) platforms.push(await starter.start(deps));
    updates.start(platforms.flatMap((p) => (p.sender ? [p.sender] : [])));
    retention.start();
    // The health and metrics routes are always mounted, so the port always opens.
    logger.info({ port: await http.listen(config.PORT, config.HOST) }, 'HTTP server listening');
  } catch (error) {
    await stopAll();
    throw error;
  }
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal, platforms: platforms.map((p) => p.name) }, 'shutting down');
    stopAll().then(() => logger.info('stopped'), exitOnError);
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch(exitOnError);
