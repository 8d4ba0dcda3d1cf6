/**
 * Who subscribes in the delivery benchmark: `n` subscriptions over many
 * chats, as a real audience might be — most private chats with one
 * subscription, some with two, and groups (negative ids, the per-group
 * limit) with up to the most a chat may have, signed up in a shuffled
 * (seeded, so every run is the same) order, as real subscribers arrive —
 * not all groups last. Each subscription's topic is
 * unique ("bench-17"), so the message a chat receives names the
 * subscription it was for, and lost or doubled deliveries can be counted
 * from the fake server's records alone.
 */
import { MAX_SUBSCRIPTIONS_PER_CHAT } from '../../src/store/index.ts';
import { mulberry32, sample } from '../bench/random.ts';

export interface PlannedSubscription {
  readonly chatId: string;
  readonly topic: string;
}

/** Shares of the subscriptions: private chats with one, private chats with two, groups with MAX each. */
const SINGLE_SHARE = 0.7;
const DOUBLE_SHARE = 0.1;
const SEED = 20_240_928;

export function planSubscriptions(n: number): PlannedSubscription[] {
  const planned: PlannedSubscription[] = [];
  let nextPrivate = 10_000_001;
  let nextGroup = -1_000_000_000_001;
  const add = (chatId: number, count: number) => {
    for (let i = 0; i < count && planned.length < n; i++) planned.push({ chatId: String(chatId), topic: `bench-${planned.length + 1}` });
  };
  const singles = Math.floor(n * SINGLE_SHARE);
  const doubles = Math.floor(n * DOUBLE_SHARE);
  while (planned.length < singles) add(nextPrivate++, 1);
  while (planned.length < singles + doubles) add(nextPrivate++, 2);
  while (planned.length < n) add(nextGroup--, MAX_SUBSCRIPTIONS_PER_CHAT);
  return sample(mulberry32(SEED), planned, planned.length);
}

/** The subscription a message was for: its topic, as the notification's heading quotes it. */
export function topicOf(text: string): string | undefined {
  return /“(bench-\d+)”/.exec(text)?.[1];
}
