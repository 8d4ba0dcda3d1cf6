/**
 * The subscription verbs on every surface (slash command, DM, mention): the
 * core carries them out against the store and says what happened in plain
 * text; this adds only Slack's part — whose subscription it is (owner.ts),
 * a reminder that the bot must be in a channel to post there, and the
 * escaping. The reply goes only to the person who typed it where Slack
 * allows (ephemeral), since it is about settings, not news.
 */
import { messages } from '../../../src/answer/messages.ts';
import { handleSubscriptionCommand } from '../../../src/updates/subscription-commands.ts';
import type { Deliver } from '../deliver.ts';
import { guarded, type Where } from '../handler-error.ts';
import { isDirect, ownerOf, type Place } from '../owner.ts';
import { phrases } from '../phrases.ts';
import { renderNotice } from '../render/index.ts';
import type { Action } from '../subcommands.ts';
import type { SurfaceDeps } from './deps.ts';

export type SubscriptionAction = Extract<Action, { kind: 'subscription' }>;

export async function answerSubscription(deps: SurfaceDeps, action: SubscriptionAction, place: Place, reply: Deliver, where: Where): Promise<void> {
  const apology = () => reply(renderNotice(messages(action.language).apology));
  await guarded(where, apology, async () => {
    await reply(renderNotice(replyText(deps, action, place, where)));
  });
}

function replyText(deps: SurfaceDeps, action: SubscriptionAction, place: Place, where: Where): string {
  const p = phrases(action.language);
  if (!deps.subscriptions) return p.subscriptionsUnavailable;
  const chat = ownerOf(place);
  const reply = handleSubscriptionCommand({ verb: action.verb, args: action.args, chat, language: action.language }, deps.subscriptions);
  deps.log.info({ ...where, verb: action.verb, ok: reply.ok, owner: isDirect(place) ? 'user' : 'channel' }, 'Slack subscription command');
  // The core cannot know the bot must be a member of a channel to post there; a DM needs nothing.
  return reply.ok && action.verb === 'subscribe' && !isDirect(place) ? `${reply.text}\n${p.channelSubscribed}` : reply.text;
}
