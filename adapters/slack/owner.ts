/**
 * Who owns a subscription made in Slack. In a channel (public, private or a
 * group DM) the channel does: everyone there sees the new articles. In a
 * direct message the person does, and the chat id is their user id, because
 * chat.postMessage to a user id lands in the app's DM with them (the
 * Messages tab) without opening a conversation first — no im:write scope.
 * A slash command typed in a DM with *another* person also belongs to the
 * typist: the bot cannot post in other people's DMs.
 */
import type { ChatRef } from '../../src/store/index.ts';

export const SLACK_PLATFORM = 'slack';

export interface Place {
  readonly channelId: string | undefined;
  /** The slash command's channel_name: `directmessage` in any 1:1 DM. */
  readonly channelName?: string | undefined;
  readonly userId: string;
}

export function ownerOf(place: Place): ChatRef {
  return { platform: SLACK_PLATFORM, chatId: isDirect(place) ? place.userId : place.channelId! };
}

/** True when the subscription would belong to the person rather than a channel. */
export function isDirect(place: Place): boolean {
  return place.channelId === undefined || place.channelId.startsWith('D') || place.channelName === 'directmessage';
}

/** The subscriptions a person owns: the ones the App Home lists. */
export function personalChat(userId: string): ChatRef {
  return { platform: SLACK_PLATFORM, chatId: userId };
}
