/**
 * Which way Slack reaches the bot, decided from the settings: HTTP mode
 * (Slack posts to /slack/events, requests signed with the signing secret)
 * or Socket Mode (the bot opens a WebSocket with an app-level token, for
 * hosts without a public URL). With both secrets set, Socket Mode wins: an
 * app token exists only if someone chose Socket Mode, while every app has a
 * signing secret.
 */
import type { Config } from '../../src/config.ts';

export type SlackMode =
  | { readonly kind: 'http'; readonly botToken: string; readonly signingSecret: string }
  | { readonly kind: 'socket'; readonly botToken: string; readonly appToken: string };

export function slackMode(config: Config): SlackMode | undefined {
  const botToken = config.SLACK_BOT_TOKEN;
  if (!botToken) return undefined;
  if (config.SLACK_APP_TOKEN) return { kind: 'socket', botToken, appToken: config.SLACK_APP_TOKEN };
  if (config.SLACK_SIGNING_SECRET) return { kind: 'http', botToken, signingSecret: config.SLACK_SIGNING_SECRET };
  return undefined;
}
