/**
 * What a failed chat.postMessage means for a delivery, as the worker's
 * SendOutcome. The sender's Web API client neither retries nor waits on a
 * 429 (sender.ts), so every failure arrives here once:
 * - 429 → retry after Retry-After, counted as rate-limited;
 * - the chat is gone or shut to the bot (channel_not_found, not_in_channel,
 *   is_archived, account_inactive…) → blocked: the worker pauses that chat;
 * - the bot's own credentials (invalid_auth, token_revoked, missing_scope…)
 *   → retry, slowly: that is the operator's problem, and pausing every chat
 *   over it would lose every subscription until someone resumed them;
 * - Slack's transient errors, 5xx and network failures → retry soon;
 * - anything else (invalid_blocks, msg_too_long…) → failed: this message
 *   will never be accepted, but the subscription stays.
 */
import { webApi } from '@slack/bolt';
import type { SendOutcome } from '../../src/updates/sender.ts';

/** When Slack says "slow down" without saying how long. */
export const DEFAULT_RATE_LIMIT_MS = 30_000;
/** 5xx, network, Slack's internal_error: soon, the worker backs off further. */
export const TRANSIENT_RETRY_MS = 5_000;
/** A token or scope problem only an operator can fix. */
export const OPERATOR_RETRY_MS = 10 * 60_000;

const BLOCKED = new Set([
  'channel_not_found',
  'not_in_channel',
  'is_archived',
  // Slack documents it as the bot's user or workspace being deleted: nothing will reach this chat again.
  'account_inactive',
  'messages_tab_disabled',
  'cannot_dm_bot',
  'team_access_not_granted',
  'ekm_access_denied',
  'restricted_action',
  'restricted_action_read_only_channel',
  'restricted_action_thread_only_channel',
  'restricted_action_non_threadable_channel',
]);
const RATE_LIMITED = new Set(['ratelimited', 'rate_limited', 'message_limit_exceeded']);
const OPERATOR = new Set([
  'invalid_auth',
  'not_authed',
  'token_revoked',
  'token_expired',
  'missing_scope',
  'not_allowed_token_type',
  'no_permission',
  'access_denied',
  'org_login_required',
  'team_added_to_org',
  'two_factor_setup_required',
  'enterprise_is_restricted',
]);
const TRANSIENT = new Set(['internal_error', 'fatal_error', 'service_unavailable', 'request_timeout']);

export function sendOutcomeOf(error: unknown): SendOutcome {
  if (error instanceof webApi.WebAPIRateLimitedError) return rateLimited(error.retryAfter * 1_000, 'ratelimited');
  if (error instanceof webApi.WebAPIPlatformError) return platformOutcome(error.data.error);
  if (error instanceof webApi.WebAPIHTTPError) {
    if (error.statusCode === 429) return rateLimited(retryAfterMs(error.headers) ?? DEFAULT_RATE_LIMIT_MS, 'http 429');
    if (error.statusCode >= 500) return retry(retryAfterMs(error.headers) ?? TRANSIENT_RETRY_MS, `http ${error.statusCode}`);
    return { kind: 'failed', reason: `http ${error.statusCode}` };
  }
  if (error instanceof webApi.WebAPIRequestError) return retry(TRANSIENT_RETRY_MS, 'network');
  // The client rejects a 429 whose Retry-After it cannot read with a plain Error.
  if (error instanceof Error && /retry[- ]after|rate limit|retry header/i.test(error.message)) return rateLimited(DEFAULT_RATE_LIMIT_MS, 'http 429');
  return retry(TRANSIENT_RETRY_MS, 'unexpected');
}

function platformOutcome(code: string): SendOutcome {
  if (BLOCKED.has(code)) return { kind: 'blocked', reason: code };
  if (RATE_LIMITED.has(code)) return rateLimited(DEFAULT_RATE_LIMIT_MS, code);
  if (OPERATOR.has(code)) return retry(OPERATOR_RETRY_MS, code);
  if (TRANSIENT.has(code)) return retry(TRANSIENT_RETRY_MS, code);
  return { kind: 'failed', reason: code };
}

function rateLimited(afterMs: number, reason: string): SendOutcome {
  return { kind: 'retry', afterMs, rateLimited: true, reason };
}

function retry(afterMs: number, reason: string): SendOutcome {
  return { kind: 'retry', afterMs, rateLimited: false, reason };
}

function retryAfterMs(headers: Record<string, string>): number | undefined {
  const seconds = Number(headers['retry-after']);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1_000 : undefined;
}
