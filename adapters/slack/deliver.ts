/**
 * The ways an answer reaches Slack, as one function type so a surface only
 * says where: through the payload's response_url (`respond`, ephemeral or
 * for everyone; needs no channel membership), as a message in a channel or
 * thread (chat.postMessage), or to one person in a channel
 * (chat.postEphemeral). Link unfurls are off: citations would otherwise
 * fill the thread with article previews.
 */
import type { RespondFn, webApi } from '@slack/bolt';
import type { SlackMessage } from './render/index.ts';

export type Deliver = (message: SlackMessage) => Promise<unknown>;

export function viaRespond(respond: RespondFn, responseType: 'ephemeral' | 'in_channel'): Deliver {
  return (message) => respond({ response_type: responseType, replace_original: false, unfurl_links: false, unfurl_media: false, ...message });
}

export function viaPost(client: webApi.WebClient, channel: string, threadTs?: string): Deliver {
  return (message) =>
    client.chat.postMessage({ channel, ...(threadTs ? { thread_ts: threadTs } : {}), unfurl_links: false, unfurl_media: false, ...message });
}

export function viaEphemeral(client: webApi.WebClient, channel: string, user: string, threadTs?: string): Deliver {
  return (message) => client.chat.postEphemeral({ channel, user, ...(threadTs ? { thread_ts: threadTs } : {}), ...message });
}
