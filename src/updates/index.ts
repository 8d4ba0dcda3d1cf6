/** What the updates folder offers: topics and matching, fan-out, notifications, the delivery worker and the subscription commands. */
export { articleTerms } from './article-terms.ts';
export { MAX_ARGS_CHARS, MODE_WORDS, readCommandArgs, type CommandArgs } from './command-args.ts';
export { composeNotification, LEAD_SENTENCES, notificationItem } from './compose.ts';
export { digestSchedule, type DigestSchedule } from './digest-schedule.ts';
export { createFanOut, type FanOutDeps } from './fan-out.ts';
export { UPDATE_MESSAGES, updateMessages, type UpdateMessages } from './messages.ts';
export type { DigestNotification, InstantNotification, Notification, NotificationItem } from './notification.ts';
export { GUARD, RateGate } from './rate-gate.ts';
export { renderNotificationText } from './render-notification.ts';
export { MAX_ATTEMPTS } from './retry-policy.ts';
export type { DeliveryLimits, NotificationSender, SendOutcome } from './sender.ts';
export {
  handleSubscriptionCommand,
  SUBSCRIPTION_VERBS,
  type SubscriptionCommand,
  type SubscriptionDeps,
  type SubscriptionReply,
  type SubscriptionVerb,
} from './subscription-commands.ts';
export { cleanTopicText, EVERYTHING_TOPIC, MAX_TOPIC_CHARS, parseTopic, type ParsedTopic, type Topic, type TopicGroup, type TopicRefusal } from './topic.ts';
export { TopicMatcher, topicMatches } from './topic-match.ts';
export { DEFAULT_WORKER_OPTIONS, DeliveryWorker, type DeliveryEvent, type DeliveryWorkerDeps, type WorkerOptions } from './worker.ts';
