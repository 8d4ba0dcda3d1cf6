/**
 * The parts of Slack's payloads the adapter relies on, checked with zod.
 * Bolt has verified the signature, so these are Slack's own payloads; the
 * schemas guard against shapes this code was not written for (an event
 * without a user, a message subtype) rather than against attackers. Fields
 * not listed are ignored — and never logged, since a command carries Slack's
 * legacy verification token.
 */
import { z } from 'zod';

export const CommandSchema = z.object({
  text: z.string().default(''),
  user_id: z.string().min(1),
  team_id: z.string().optional(),
  channel_id: z.string().optional(),
  /** `directmessage` in a 1:1 DM: subscriptions made there belong to the user. */
  channel_name: z.string().optional(),
  trigger_id: z.string().optional(),
});

export const EnvelopeSchema = z.object({
  event_id: z.string().min(1),
  team_id: z.string().optional(),
});

export const MentionSchema = z.object({
  type: z.literal('app_mention'),
  user: z.string().min(1),
  text: z.string().default(''),
  channel: z.string().min(1),
  ts: z.string().min(1),
  thread_ts: z.string().optional(),
  bot_id: z.string().optional(),
});

/** A person's new message in a DM: edits, deletions, joins and bots' posts carry a subtype or bot_id. */
export const DirectMessageSchema = z.object({
  type: z.literal('message'),
  channel_type: z.literal('im'),
  user: z.string().min(1),
  text: z.string().default(''),
  channel: z.string().min(1),
  ts: z.string().min(1),
  thread_ts: z.string().optional(),
  subtype: z.never().optional(),
  bot_id: z.never().optional(),
});

/** A person's new reply in a channel thread (public or private channel); top-level messages have no thread_ts. */
export const ThreadReplySchema = z.object({
  type: z.literal('message'),
  channel_type: z.enum(['channel', 'group']),
  user: z.string().min(1),
  text: z.string().default(''),
  channel: z.string().min(1),
  ts: z.string().min(1),
  thread_ts: z.string().min(1),
  subtype: z.never().optional(),
  bot_id: z.never().optional(),
});

export const HomeOpenedSchema = z.object({
  type: z.literal('app_home_opened'),
  user: z.string().min(1),
  tab: z.string().optional(),
});

export const ButtonActionSchema = z.object({
  type: z.literal('block_actions'),
  user: z.object({ id: z.string().min(1), team_id: z.string().optional() }),
  team: z.object({ id: z.string() }).nullish(),
  trigger_id: z.string().optional(),
  /** The conversation the button's message is in: a vote must come from its answer's chat. */
  channel: z.object({ id: z.string().min(1) }).nullish(),
  // Buttons on messages always come with one; the actions answer through it.
  response_url: z.url(),
  actions: z.array(z.object({ action_id: z.string(), value: z.string().optional() })).min(1),
});
