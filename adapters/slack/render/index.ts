/** The Slack renderers: Answer, More sources pages, notices, notifications and the App Home view as Block Kit. */
export { renderAnswer, CITATIONS_SHOWN, type AnswerOptions } from './answer.ts';
export { renderHome } from './home.ts';
export { BLOCK_KIT } from './limits.ts';
export type { Block, SlackMessage } from './message.ts';
export { escapeMrkdwn } from './mrkdwn.ts';
export { renderNotice } from './notice.ts';
export { renderNotification, DIGEST_ITEMS_SHOWN } from './notification.ts';
export { renderMoreSources } from './sources.ts';
