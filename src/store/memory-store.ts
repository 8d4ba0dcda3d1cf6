/**
 * The in-memory Store: plain Maps, for tests and for the terminal, where
 * nothing needs to outlive the process. Same contract as SqliteStore.
 */
import type { Language } from '../corpus/article.ts';
import type { AnswerRecord, VoteChange, VoteRecord } from './answer-record.ts';
import type { ChatRef } from './chat.ts';
import { DELIVERY_STATES, type Delivery, type DeliveryCounts, type NewDelivery } from './delivery.ts';
import { SubscriptionLimitError } from './errors.ts';
import type { PruneCutoffs, Pruned } from './history-store.ts';
import type { FeedState } from './feed-state.ts';
import type { IngestedArticle, RegisteredArticle } from './ingested-article.ts';
import type { Store } from './store.ts';
import { MAX_SUBSCRIPTIONS_PER_CHAT, type NewSubscription, type Subscription } from './subscription.ts';

export class MemoryStore implements Store {
  private readonly languages = new Map<string, Language>();
  private readonly subscriptions = new Map<number, Subscription>();
  private readonly deliveries = new Map<number, Delivery>();
  private readonly deliveryIds = new Map<string, number>();
  private readonly feeds = new Map<string, FeedState>();
  private readonly articles = new Map<string, RegisteredArticle>();
  private readonly skipped = new Set<string>();
  private readonly answers = new Map<string, AnswerRecord>();
  /** Keyed by answer id, then user hash. */
  private readonly votes = new Map<string, Map<string, VoteRecord>>();
  private readonly settings = new Map<string, string>();
  private nextSubscriptionId = 1;
  private nextDeliveryId = 1;
  private nextSeq = 1;

  getLanguage(chat: ChatRef): Language | undefined {
    return this.languages.get(chatKey(chat));
  }

  setLanguage(chat: ChatRef, language: Language): void {
    this.languages.set(chatKey(chat), language);
  }

  clearLanguage(chat: ChatRef): void {
    this.languages.delete(chatKey(chat));
  }

  addSubscription({ chat, topic, mode, now }: NewSubscription): Subscription {
    if (this.listSubscriptions(chat).length >= MAX_SUBSCRIPTIONS_PER_CHAT) throw new SubscriptionLimitError(chat, MAX_SUBSCRIPTIONS_PER_CHAT);
    const subscription: Subscription = { id: this.nextSubscriptionId++, platform: chat.platform, chatId: chat.chatId, topic, mode, createdAt: now, paused: false };
    this.subscriptions.set(subscription.id, subscription);
    return subscription;
  }

  removeSubscription(chat: ChatRef, id: number): boolean {
    if (!this.owned(chat, id)) return false;
    this.subscriptions.delete(id);
    for (const [key, deliveryId] of this.deliveryIds) {
      if (this.deliveries.get(deliveryId)?.subscriptionId !== id) continue;
      this.deliveries.delete(deliveryId);
      this.deliveryIds.delete(key);
    }
    return true;
  }

  setPaused(chat: ChatRef, id: number, paused: boolean): boolean {
    const subscription = this.owned(chat, id);
    if (subscription) this.subscriptions.set(id, { ...subscription, paused });
    return subscription !== undefined;
  }

  pauseChat(chat: ChatRef): number {
    const subscriptions = this.listSubscriptions(chat);
    const ids = new Set(subscriptions.map((s) => s.id));
    for (const d of this.deliveries.values()) if (ids.has(d.subscriptionId) && d.state === 'pending') this.update(d.id, { state: 'failed' });
    const active = subscriptions.filter((s) => !s.paused);
    for (const subscription of active) this.subscriptions.set(subscription.id, { ...subscription, paused: true });
    return active.length;
  }

  getSubscription(id: number): Subscription | undefined {
    return this.subscriptions.get(id);
  }

  listSubscriptions(chat: ChatRef): Subscription[] {
    return [...this.subscriptions.values()].filter((s) => s.platform === chat.platform && s.chatId === chat.chatId);
  }

  listActiveSubscriptions(): Subscription[] {
    return [...this.subscriptions.values()].filter((s) => !s.paused);
  }

  enqueue({ subscriptionId, articleId, now, dueAt }: NewDelivery): boolean {
    const key = `${subscriptionId}\u0000${articleId}`;
    if (this.deliveryIds.has(key) || !this.subscriptions.has(subscriptionId)) return false;
    const id = this.nextDeliveryId++;
    this.deliveries.set(id, { id, subscriptionId, articleId, state: 'pending', attempts: 0, nextAttemptAt: dueAt ?? now, claimedAt: undefined, startedAt: undefined, createdAt: now });
    this.deliveryIds.set(key, id);
    return true;
  }

  claimDue(now: number, limit: number): Delivery[] {
    const due = [...this.deliveries.values()]
      .filter((d) => d.state === 'pending' && d.nextAttemptAt <= now && this.subscriptions.get(d.subscriptionId)?.paused === false)
      .sort((a, b) => a.nextAttemptAt - b.nextAttemptAt || a.id - b.id)
      .slice(0, Math.max(0, limit));
    return due.map((d) => this.update(d.id, { state: 'sending', attempts: d.attempts + 1, claimedAt: now, startedAt: undefined }));
  }

  markStarted(ids: readonly number[], now: number): void {
    for (const id of ids) if (this.deliveries.get(id)?.state === 'sending') this.update(id, { startedAt: now });
  }

  countStarted(): number {
    return [...this.deliveries.values()].filter((d) => d.state === 'sending' && d.startedAt !== undefined).length;
  }

  markSent(id: number): boolean {
    if (this.deliveries.get(id)?.state !== 'sending') return false;
    this.update(id, { state: 'sent' });
    return true;
  }

  markFailed(id: number, retryAt?: number): boolean {
    if (this.deliveries.get(id)?.state !== 'sending') return false;
    this.update(id, retryAt === undefined ? { state: 'failed' } : { state: 'pending', nextAttemptAt: retryAt });
    return true;
  }

  handBack(id: number, dueAt: number): boolean {
    const row = this.deliveries.get(id);
    if (row?.state !== 'sending') return false;
    this.update(id, { state: 'pending', nextAttemptAt: dueAt, attempts: row.attempts - 1, startedAt: undefined });
    return true;
  }

  releaseStale(olderThan: number): number {
    const stale = [...this.deliveries.values()].filter((d) => d.state === 'sending' && (d.claimedAt ?? 0) < olderThan);
    for (const d of stale) this.update(d.id, { state: 'pending' });
    return stale.length;
  }

  getDelivery(subscriptionId: number, articleId: string): Delivery | undefined {
    const id = this.deliveryIds.get(`${subscriptionId}\u0000${articleId}`);
    return id === undefined ? undefined : this.deliveries.get(id);
  }

  deliveryCounts(): DeliveryCounts {
    const counts = Object.fromEntries(DELIVERY_STATES.map((state) => [state, 0])) as DeliveryCounts;
    for (const d of this.deliveries.values()) counts[d.state]++;
    return counts;
  }

  getFeedState(url: string): FeedState | undefined {
    return this.feeds.get(url);
  }

  saveFeedState(state: FeedState): void {
    this.feeds.set(state.url, { ...state });
  }

  recordArticle(article: IngestedArticle, deliveries: readonly NewDelivery[] = []): boolean {
    if (this.articles.has(article.articleId) || (article.url !== undefined && this.findArticleByUrl(article.url))) return false;
    this.articles.set(article.articleId, { ...article, seq: this.nextSeq++ });
    for (const delivery of deliveries) this.enqueue(delivery);
    return true;
  }

  findArticleByUrl(url: string): RegisteredArticle | undefined {
    return [...this.articles.values()].find((a) => a.url === url);
  }

  findArticleByHash(contentHash: string): RegisteredArticle | undefined {
    return [...this.articles.values()].filter((a) => a.contentHash === contentHash).sort((a, b) => a.ingestedAt - b.ingestedAt || a.seq - b.seq)[0];
  }

  hasArticle(articleId: string): boolean {
    return this.articles.has(articleId);
  }

  articlesPublishedBetween(from: string, to: string): RegisteredArticle[] {
    return [...this.articles.values()].filter((a) => a.published >= from && a.published <= to);
  }

  articlesAfter(afterSeq: number, limit: number): RegisteredArticle[] {
    return [...this.articles.values()].filter((a) => a.seq > afterSeq).slice(0, Math.max(0, limit));
  }

  rememberSkipped(url: string): void {
    this.skipped.add(url);
  }

  wasSkipped(url: string): boolean {
    return this.skipped.has(url);
  }

  latestArticleSeq(): number {
    return this.nextSeq - 1;
  }

  recordAnswer(record: AnswerRecord): void {
    if (!this.answers.has(record.id)) this.answers.set(record.id, record);
  }

  getAnswer(id: string): AnswerRecord | undefined {
    return this.answers.get(id);
  }

  castVote(vote: VoteRecord): VoteChange | undefined {
    if (!this.answers.has(vote.answerId)) return undefined;
    const byUser = this.votes.get(vote.answerId) ?? new Map<string, VoteRecord>();
    const previous = byUser.get(vote.userHash)?.vote;
    byUser.set(vote.userHash, vote);
    this.votes.set(vote.answerId, byUser);
    return { previous };
  }

  answersSince(since: number): AnswerRecord[] {
    return [...this.answers.values()].filter((a) => a.askedAt >= since).sort((a, b) => a.askedAt - b.askedAt || (a.id < b.id ? -1 : 1));
  }

  votesSince(since: number): VoteRecord[] {
    return this.answersSince(since).flatMap((a) => [...(this.votes.get(a.id)?.values() ?? [])]).sort((a, b) => a.votedAt - b.votedAt);
  }

  async prune({ answersBefore, deliveriesBefore }: PruneCutoffs): Promise<Pruned> {
    const answers = [...this.answers.values()].filter((a) => a.askedAt < answersBefore);
    for (const a of answers) {
      this.answers.delete(a.id);
      this.votes.delete(a.id);
    }
    const deliveries = [...this.deliveries.values()].filter((d) => (d.state === 'sent' || d.state === 'failed') && d.createdAt < deliveriesBefore);
    for (const d of deliveries) {
      this.deliveries.delete(d.id);
      this.deliveryIds.delete(`${d.subscriptionId}\u0000${d.articleId}`);
    }
    return { answers: answers.length, deliveries: deliveries.length };
  }

  setting(name: string, create: () => string): string {
    if (!this.settings.has(name)) this.settings.set(name, create());
    return this.settings.get(name)!;
  }

  close(): void {}

  private owned(chat: ChatRef, id: number): Subscription | undefined {
    const subscription = this.subscriptions.get(id);
    return subscription?.platform === chat.platform && subscription.chatId === chat.chatId ? subscription : undefined;
  }

  private update(id: number, change: Partial<Delivery>): Delivery {
    const updated = { ...this.deliveries.get(id)!, ...change };
    this.deliveries.set(id, updated);
    return updated;
  }
}

// NUL cannot occur in a platform name, so the key is unambiguous.
function chatKey(chat: ChatRef): string {
  return `${chat.platform}\u0000${chat.chatId}`;
}
