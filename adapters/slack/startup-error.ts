/**
 * Turns a failure to connect at start-up (auth.test refusing the bot token,
 * apps.connections.open refusing the app token, Slack unreachable) into one
 * readable line naming the setting to check — never its value. The Web API
 * client's error stays attached as `cause` for the stack.
 */
import { PlatformApiError } from '../../src/errors.ts';

export function startupError(setting: 'SLACK_BOT_TOKEN' | 'SLACK_APP_TOKEN', cause: unknown): PlatformApiError {
  const code = (cause as { data?: { error?: unknown } } | undefined)?.data?.error;
  const reason = typeof code === 'string' ? `Slack answered "${code}"` : 'Slack could not be reached';
  return new PlatformApiError(`Slack start-up failed: ${reason}; check ${setting}${typeof code === 'string' ? '' : ' and SLACK_API_URL'}`, { cause });
}
