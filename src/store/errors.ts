/** The store's typed errors; other failures of the database are programmer or disk errors and propagate. */
import { CoopBotError } from '../errors.ts';
import type { ChatRef } from './chat.ts';

export class StoreError extends CoopBotError {
  constructor(message: string, options?: ErrorOptions) {
    super('STORE', message, options);
  }
}

/** A chat asked for more subscriptions than MAX_SUBSCRIPTIONS_PER_CHAT; adapters tell the user. */
export class SubscriptionLimitError extends StoreError {
  constructor(
    readonly chat: ChatRef,
    readonly limit: number,
  ) {
    super(`${chat.platform}:${chat.chatId} already has ${limit} subscriptions`);
  }
}
