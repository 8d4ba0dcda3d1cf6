/**
 * The behaviour every Store must have, run against each implementation
 * (sqlite.test.ts, memory.test.ts). A new Store passes this or is not a Store.
 */
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type AnswerRecord, MAX_SUBSCRIPTIONS_PER_CHAT, SubscriptionLimitError, type ChatRef, type FeedState, type IngestedArticle, type Store } from '../../../src/store/index.ts';

export const CHAT: ChatRef = { platform: 'telegram', chatId: '42' };
const OTHER: ChatRef = { platform: 'slack', chatId: '42' };
const T0 = Date.UTC(2026, 10, 23, 12);

export function storeContract(name: string, makeStore: () => Store): void {
  describe(`${name} (Store contract)`, () => {
    let store: Store;
    beforeEach(() => {
      store = makeStore();
    });
    afterEach(() => store.close());

    const subscribe = (chat = CHAT, topic = 'nickel') => store.addSubscription({ chat, topic, mode: 'instant', now: T0 });

    describe('language settings', () => {
      it('keeps one language per chat, separately per platform', () => {
        store.setLanguage(CHAT, 'id');
        store.setLanguage(OTHER, 'en');
        expect(store.getLanguage(CHAT)).toBe('id');
        expect(store.getLanguage(OTHER)).toBe('en');
      });

      it('overwrites on set and forgets on clear', () => {
        store.setLanguage(CHAT, 'id');
        store.setLanguage(CHAT, 'en');
        expect(store.getLanguage(CHAT)).toBe('en');
        store.clearLanguage(CHAT);
        expect(store.getLanguage(CHAT)).toBeUndefined();
      });

      it('behaves like a map from chat to language', () => {
        const chat = fc.record({ platform: fc.constantFrom('telegram', 'slack'), chatId: fc.constantFrom('1', '2', 'C0') });
        const op = fc.tuple(chat, fc.option(fc.constantFrom('id' as const, 'en' as const)));
        fc.assert(
          fc.property(fc.array(op, { maxLength: 30 }), (ops) => {
            const model = new Map<string, 'id' | 'en'>();
            for (const [c, language] of ops) {
              const key = `${c.platform}/${c.chatId}`;
              if (language === null) {
                store.clearLanguage(c);
                model.delete(key);
              } else {
                store.setLanguage(c, language);
                model.set(key, language);
              }
              expect(store.getLanguage(c)).toBe(model.get(key));
            }
          }),
          { numRuns: 30 },
        );
      });
    });

    describe('addSubscription', () => {
      it('returns the stored subscription, active, with an id', () => {
        const s = store.addSubscription({ chat: CHAT, topic: '', mode: 'daily', now: T0 });
        expect(s).toEqual({ id: expect.any(Number), platform: 'telegram', chatId: '42', topic: '', mode: 'daily', createdAt: T0, paused: false });
        expect(store.listSubscriptions(CHAT)).toEqual([s]);
      });

      it(`refuses the ${MAX_SUBSCRIPTIONS_PER_CHAT + 1}st subscription of a chat with a typed error`, () => {
        for (let i = 0; i < MAX_SUBSCRIPTIONS_PER_CHAT; i++) subscribe(CHAT, `topic ${i}`);
        const error = (() => {
          try {
            subscribe(CHAT, 'one too many');
          } catch (e) {
            return e;
          }
        })();
        expect(error).toBeInstanceOf(SubscriptionLimitError);
        expect(error).toMatchObject({ code: 'STORE', limit: MAX_SUBSCRIPTIONS_PER_CHAT, chat: CHAT });
        expect(store.listSubscriptions(CHAT)).toHaveLength(MAX_SUBSCRIPTIONS_PER_CHAT);
        // because the limit is per chat, not global
        expect(() => subscribe(OTHER)).not.toThrow();
      });
    });

    describe('removeSubscription and setPaused', () => {
      it('act only on the chat that owns the subscription', () => {
        const s = subscribe();
        expect(store.setPaused(OTHER, s.id, true)).toBe(false);
        expect(store.removeSubscription(OTHER, s.id)).toBe(false);
        expect(store.listSubscriptions(CHAT)).toHaveLength(1);
      });

      it('pausing hides a subscription from the active list but not from its chat', () => {
        const [a, b] = [subscribe(CHAT, 'a'), subscribe(OTHER, 'b')];
        expect(store.setPaused(CHAT, a.id, true)).toBe(true);
        expect(store.listActiveSubscriptions().map((s) => s.id)).toEqual([b.id]);
        expect(store.listSubscriptions(CHAT)[0]?.paused).toBe(true);
        store.setPaused(CHAT, a.id, false);
        expect(store.listActiveSubscriptions().map((s) => s.id)).toEqual([a.id, b.id]);
      });

      it('removing drops the subscription and its deliveries, and frees a slot', () => {
        const s = subscribe();
        store.enqueue({ subscriptionId: s.id, articleId: 'a1', now: T0 });
        expect(store.removeSubscription(CHAT, s.id)).toBe(true);
        expect(store.listSubscriptions(CHAT)).toEqual([]);
        expect(store.getDelivery(s.id, 'a1')).toBeUndefined();
        expect(store.claimDue(T0, 10)).toEqual([]);
      });
    });

    describe('enqueue', () => {
      it('creates one pending row, due now, and is a no-op the second time', () => {
        const s = subscribe();
        expect(store.enqueue({ subscriptionId: s.id, articleId: 'a1', now: T0 })).toBe(true);
        expect(store.enqueue({ subscriptionId: s.id, articleId: 'a1', now: T0 + 5 })).toBe(false);
        expect(store.getDelivery(s.id, 'a1')).toMatchObject({ state: 'pending', attempts: 0, nextAttemptAt: T0, claimedAt: undefined, createdAt: T0 });
      });

      it('is a no-op for a subscription that no longer exists', () => {
        expect(store.enqueue({ subscriptionId: 999, articleId: 'a1', now: T0 })).toBe(false);
      });

      it('makes a row due at dueAt when given (a daily digest)', () => {
        const s = subscribe();
        store.enqueue({ subscriptionId: s.id, articleId: 'a1', now: T0, dueAt: T0 + 3600_000 });
        expect(store.claimDue(T0 + 3599_999, 10)).toEqual([]);
        expect(store.claimDue(T0 + 3600_000, 10).map((d) => d.articleId)).toEqual(['a1']);
      });
    });

    describe('pauseChat and paused subscriptions', () => {
      it('pauses every subscription of the chat and fails its pending rows, leaving other chats alone', () => {
        const mine = subscribe();
        const other = store.addSubscription({ chat: { platform: CHAT.platform, chatId: 'other' }, topic: '', mode: 'instant', now: T0 });
        store.enqueue({ subscriptionId: mine.id, articleId: 'a1', now: T0 });
        store.enqueue({ subscriptionId: other.id, articleId: 'a1', now: T0 });
        expect(store.pauseChat(CHAT)).toBe(1);
        expect(store.pauseChat(CHAT)).toBe(0);
        expect(store.getSubscription(mine.id)?.paused).toBe(true);
        expect(store.getDelivery(mine.id, 'a1')?.state).toBe('failed');
        expect(store.claimDue(T0, 10).map((d) => d.subscriptionId)).toEqual([other.id]);
      });

      it('fails the pending rows of a subscription that was already paused too', () => {
        const s = subscribe();
        store.enqueue({ subscriptionId: s.id, articleId: 'a1', now: T0 });
        store.setPaused(CHAT, s.id, true);
        expect(store.pauseChat(CHAT)).toBe(0);
        expect(store.getDelivery(s.id, 'a1')?.state).toBe('failed');
      });

      it('claims nothing for a paused subscription until it is resumed', () => {
        const s = subscribe();
        store.enqueue({ subscriptionId: s.id, articleId: 'a1', now: T0 });
        store.setPaused(CHAT, s.id, true);
        expect(store.claimDue(T0, 10)).toEqual([]);
        store.setPaused(CHAT, s.id, false);
        expect(store.claimDue(T0, 10)).toHaveLength(1);
      });

      it('counts rows by state', () => {
        const s = subscribe();
        store.enqueue({ subscriptionId: s.id, articleId: 'a1', now: T0 });
        store.enqueue({ subscriptionId: s.id, articleId: 'a2', now: T0 });
        store.markSent(store.claimDue(T0, 1)[0]!.id);
        expect(store.deliveryCounts()).toEqual({ pending: 1, sending: 0, sent: 1, failed: 0 });
        expect(store.getSubscription(s.id)?.topic).toBe(s.topic);
        expect(store.getSubscription(9999)).toBeUndefined();
      });
    });

    describe('claimDue', () => {
      it('moves due pending rows to sending, earliest first, up to the limit', () => {
        const s = subscribe();
        for (const [i, id] of ['a', 'b', 'c'].entries()) store.enqueue({ subscriptionId: s.id, articleId: id, now: T0 + i });
        const claimed = store.claimDue(T0 + 10, 2);
        expect(claimed.map((d) => [d.articleId, d.state, d.attempts, d.claimedAt])).toEqual([
          ['a', 'sending', 1, T0 + 10],
          ['b', 'sending', 1, T0 + 10],
        ]);
        // because claimed rows are no longer pending, a second worker gets only the rest
        expect(store.claimDue(T0 + 10, 10).map((d) => d.articleId)).toEqual(['c']);
        expect(store.claimDue(T0 + 10, 10)).toEqual([]);
      });

      it('leaves rows that are not yet due', () => {
        const s = subscribe();
        store.enqueue({ subscriptionId: s.id, articleId: 'later', now: T0 + 1000 });
        expect(store.claimDue(T0, 10)).toEqual([]);
        expect(store.claimDue(T0 + 1000, 10)).toHaveLength(1);
      });
    });

    describe('markSent and markFailed', () => {
      const claimOne = () => {
        const s = subscribe();
        store.enqueue({ subscriptionId: s.id, articleId: 'a1', now: T0 });
        return { s, d: store.claimDue(T0, 1)[0]! };
      };

      it('markSent settles a sending row, and only once', () => {
        const { s, d } = claimOne();
        expect(store.markSent(d.id)).toBe(true);
        expect(store.getDelivery(s.id, 'a1')?.state).toBe('sent');
        expect(store.markSent(d.id)).toBe(false);
        expect(store.markFailed(d.id)).toBe(false);
      });

      it('markFailed with a retry time puts the row back, due then, keeping its attempts', () => {
        const { s, d } = claimOne();
        expect(store.markFailed(d.id, T0 + 60_000)).toBe(true);
        expect(store.getDelivery(s.id, 'a1')).toMatchObject({ state: 'pending', attempts: 1, nextAttemptAt: T0 + 60_000 });
        expect(store.claimDue(T0 + 59_999, 1)).toEqual([]);
        expect(store.claimDue(T0 + 60_000, 1)[0]?.attempts).toBe(2);
      });

      it('markFailed works row after row, with and without a retry time', () => {
        const s = subscribe();
        for (const id of ['a', 'b', 'c', 'd']) store.enqueue({ subscriptionId: s.id, articleId: id, now: T0 });
        const [a, b, c, d] = store.claimDue(T0, 4);
        // because a prepared statement is reused, each call must pass its own parameters
        expect([store.markFailed(a!.id, T0 + 1), store.markFailed(b!.id, T0 + 2), store.markFailed(c!.id), store.markFailed(d!.id)]).toEqual([true, true, true, true]);
        expect(store.deliveryCounts()).toEqual({ pending: 2, sending: 0, sent: 0, failed: 2 });
      });

      it('handBack puts a claimed row back, due then, without counting the claim as an attempt', () => {
        const { s, d } = claimOne();
        store.markStarted([d.id], T0 + 1);
        expect(store.handBack(d.id, T0 + 5000)).toBe(true);
        expect(store.getDelivery(s.id, 'a1')).toMatchObject({ state: 'pending', attempts: 0, nextAttemptAt: T0 + 5000, startedAt: undefined });
        // because only a row in sending can be handed back
        expect(store.handBack(d.id, T0)).toBe(false);
        expect(store.claimDue(T0 + 5000, 1)[0]?.attempts).toBe(1);
      });

      it('markFailed without a retry time fails the row for good', () => {
        const { s, d } = claimOne();
        expect(store.markFailed(d.id)).toBe(true);
        expect(store.getDelivery(s.id, 'a1')?.state).toBe('failed');
        expect(store.claimDue(T0 + 1e9, 10)).toEqual([]);
      });
    });

    describe('markStarted and countStarted', () => {
      it('marks only claimed rows, counts those in sending, and a new claim starts afresh', () => {
        const s = subscribe();
        for (const id of ['a', 'b', 'c']) store.enqueue({ subscriptionId: s.id, articleId: id, now: T0 });
        const [a, b] = store.claimDue(T0, 2);
        store.markStarted([a!.id, b!.id], T0 + 5);
        // c was never claimed: marking it changes nothing
        store.markStarted([a!.id + 2], T0 + 5);
        expect(store.countStarted()).toBe(2);
        expect(store.getDelivery(s.id, 'a')?.startedAt).toBe(T0 + 5);
        expect(store.getDelivery(s.id, 'c')?.startedAt).toBeUndefined();
        store.markSent(a!.id);
        expect(store.countStarted()).toBe(1);
        expect(store.releaseStale(T0 + 10)).toBe(1);
        expect(store.countStarted()).toBe(0);
        expect(store.claimDue(T0 + 10, 10).map((d) => [d.articleId, d.startedAt])).toEqual([
          ['b', undefined],
          ['c', undefined],
        ]);
      });
    });

    describe('releaseStale', () => {
      it('hands rows claimed before the cut-off back to pending, and no others', () => {
        const s = subscribe();
        store.enqueue({ subscriptionId: s.id, articleId: 'old', now: T0 });
        store.claimDue(T0, 1);
        store.enqueue({ subscriptionId: s.id, articleId: 'new', now: T0 });
        store.claimDue(T0 + 100, 1);
        expect(store.releaseStale(T0 + 50)).toBe(1);
        expect(store.getDelivery(s.id, 'old')?.state).toBe('pending');
        expect(store.getDelivery(s.id, 'new')?.state).toBe('sending');
        // because a claim counts as an attempt even when its claimer crashed before sending
        expect(store.claimDue(T0 + 200, 10).map((d) => [d.articleId, d.attempts])).toEqual([['old', 2]]);
      });
    });

    describe('feed state', () => {
      it('is unknown until saved, then saved and replaced whole', () => {
        const url = 'https://example.com/feed.xml';
        expect(store.getFeedState(url)).toBeUndefined();
        const first: FeedState = { url, etag: 'W/"1"', lastModified: 'Mon, 23 Nov 2026 12:00:00 GMT', failures: 0, disabled: false };
        store.saveFeedState(first);
        expect(store.getFeedState(url)).toEqual(first);
        const second: FeedState = { url, etag: undefined, lastModified: undefined, failures: 5, disabled: true };
        store.saveFeedState(second);
        expect(store.getFeedState(url)).toEqual(second);
      });
    });

    describe('article registry', () => {
      const article = (overrides: Partial<IngestedArticle> = {}): IngestedArticle => ({
        articleId: 'antara-2026-11-23-nickel',
        url: 'https://example.com/a',
        contentHash: 'h1',
        storyKey: 'nickel-smelter',
        published: '2026-11-23',
        signature: '1 2 3',
        ingestedAt: T0,
        ...overrides,
      });

      it('finds an article by canonical URL and by content hash', () => {
        expect(store.recordArticle(article())).toBe(true);
        expect(store.findArticleByUrl('https://example.com/a')).toEqual({ ...article(), seq: 1 });
        expect(store.findArticleByHash('h1')).toEqual({ ...article(), seq: 1 });
        expect(store.hasArticle('antara-2026-11-23-nickel')).toBe(true);
        expect(store.hasArticle('other')).toBe(false);
        expect(store.findArticleByUrl('https://example.com/b')).toBeUndefined();
        expect(store.findArticleByHash('h2')).toBeUndefined();
      });

      it('refuses a second article with the same id or the same URL', () => {
        store.recordArticle(article());
        expect(store.recordArticle(article({ url: 'https://example.com/other' }))).toBe(false);
        expect(store.recordArticle(article({ articleId: 'other' }))).toBe(false);
        expect(store.findArticleByUrl('https://example.com/other')).toBeUndefined();
      });

      it('accepts several articles without a URL', () => {
        expect(store.recordArticle(article({ url: undefined }))).toBe(true);
        expect(store.recordArticle(article({ articleId: 'second', url: undefined }))).toBe(true);
        expect(store.articlesAfter(0, 10).map((a) => a.url)).toEqual([undefined, undefined]);
      });

      it('is a change feed: rows after a seq, in order, bounded by the limit', () => {
        expect(store.latestArticleSeq()).toBe(0);
        for (const id of ['a-1', 'a-2', 'a-3']) store.recordArticle(article({ articleId: id, url: `https://example.com/${id}` }));
        expect(store.latestArticleSeq()).toBe(3);
        expect(store.articlesAfter(1, 10).map((a) => a.articleId)).toEqual(['a-2', 'a-3']);
        expect(store.articlesAfter(0, 2).map((a) => a.seq)).toEqual([1, 2]);
        expect(store.articlesAfter(3, 10)).toEqual([]);
      });

      it('lists articles published within a date range, inclusive', () => {
        store.recordArticle(article({ articleId: 'early', url: 'https://example.com/1', published: '2026-11-01' }));
        store.recordArticle(article({ articleId: 'mid', url: 'https://example.com/2', published: '2026-11-10' }));
        store.recordArticle(article({ articleId: 'late', url: 'https://example.com/3', published: '2026-11-20' }));
        expect(store.articlesPublishedBetween('2026-11-01', '2026-11-10').map((a) => a.articleId)).toEqual(['early', 'mid']);
      });

      it('records an article and its deliveries together, and neither for a refused duplicate', () => {
        const sub = store.addSubscription({ chat: { platform: 'telegram', chatId: '1' }, topic: '', mode: 'instant', now: T0 });
        expect(store.recordArticle(article(), [{ subscriptionId: sub.id, articleId: article().articleId, now: T0 }])).toBe(true);
        expect(store.getDelivery(sub.id, article().articleId)?.state).toBe('pending');
        const copy = article({ articleId: 'copy' });
        expect(store.recordArticle(copy, [{ subscriptionId: sub.id, articleId: 'copy', now: T0 }])).toBe(false);
        expect(store.getDelivery(sub.id, 'copy')).toBeUndefined();
      });

      it('remembers skipped links', () => {
        expect(store.wasSkipped('https://example.com/football')).toBe(false);
        store.rememberSkipped('https://example.com/football', T0);
        store.rememberSkipped('https://example.com/football', T0 + 1);
        expect(store.wasSkipped('https://example.com/football')).toBe(true);
        expect(store.wasSkipped('https://example.com/other')).toBe(false);
      });

      it('returns the earliest of several articles with the same hash', () => {
        store.recordArticle(article({ articleId: 'later', url: 'https://example.com/later', ingestedAt: T0 + 1 }));
        store.recordArticle(article());
        expect(store.findArticleByHash('h1')?.articleId).toBe('antara-2026-11-23-nickel');
      });
    });

    describe('question history', () => {
      const answer = (id: string, askedAt = T0, extra: Partial<AnswerRecord> = {}): AnswerRecord => ({
        id,
        askedAt,
        platform: 'telegram',
        chatHash: 'c'.repeat(32),
        userHash: 'u'.repeat(32),
        question: 'berapa investasi nikel?',
        intent: 'general',
        language: 'id',
        abstained: false,
        citations: [{ id: 'a1', title: 'Nikel', url: 'https://example.com/a1' }, { id: 'a2', title: 'No URL' }],
        ...extra,
      });

      it('keeps an answer as recorded, and a second record of the id changes nothing', () => {
        store.recordAnswer(answer('AAAAAAAAAAAA'));
        store.recordAnswer(answer('AAAAAAAAAAAA', T0, { question: 'other' }));
        expect(store.getAnswer('AAAAAAAAAAAA')).toEqual(answer('AAAAAAAAAAAA'));
        expect(store.getAnswer('BBBBBBBBBBBB')).toBeUndefined();
      });

      it('keeps one vote per user and answer: a second vote replaces the first', () => {
        store.recordAnswer(answer('AAAAAAAAAAAA'));
        expect(store.castVote({ answerId: 'AAAAAAAAAAAA', userHash: 'u1', vote: 'up', votedAt: T0 })).toEqual({ previous: undefined });
        expect(store.castVote({ answerId: 'AAAAAAAAAAAA', userHash: 'u1', vote: 'down', votedAt: T0 + 1 })).toEqual({ previous: 'up' });
        expect(store.castVote({ answerId: 'AAAAAAAAAAAA', userHash: 'u2', vote: 'down', votedAt: T0 + 2 })).toEqual({ previous: undefined });
        expect(store.votesSince(0)).toEqual([
          { answerId: 'AAAAAAAAAAAA', userHash: 'u1', vote: 'down', votedAt: T0 + 1 },
          { answerId: 'AAAAAAAAAAAA', userHash: 'u2', vote: 'down', votedAt: T0 + 2 },
        ]);
      });

      it('refuses a vote on an answer it does not hold', () => {
        expect(store.castVote({ answerId: 'nope', userHash: 'u1', vote: 'up', votedAt: T0 })).toBeUndefined();
        expect(store.votesSince(0)).toEqual([]);
      });

      it('lists answers and their votes since a time, oldest first', () => {
        store.recordAnswer(answer('late________', T0 + 2));
        store.recordAnswer(answer('old_________', T0 - 10));
        store.recordAnswer(answer('early_______', T0));
        store.castVote({ answerId: 'old_________', userHash: 'u1', vote: 'up', votedAt: T0 });
        expect(store.answersSince(T0).map((a) => a.id)).toEqual(['early_______', 'late________']);
        expect(store.votesSince(T0)).toEqual([]);
      });

      it('prunes answers older than a time, in batches, with their votes', async () => {
        for (let i = 0; i < 5; i++) store.recordAnswer(answer(`old${i}________`, T0 - 100 + i));
        store.recordAnswer(answer('kept________', T0));
        store.castVote({ answerId: 'old0________', userHash: 'u1', vote: 'down', votedAt: T0 });
        expect(await store.prune({ answersBefore: T0, deliveriesBefore: 0 }, { batchSize: 2, pauseMs: 0 })).toEqual({ answers: 5, deliveries: 0 });
        expect(await store.prune({ answersBefore: T0, deliveriesBefore: 0 })).toEqual({ answers: 0, deliveries: 0 });
        expect(store.answersSince(0).map((a) => a.id)).toEqual(['kept________']);
        expect(store.votesSince(0)).toEqual([]);
        // because a vote must not outlive its answer and come back if the id were reused
        store.recordAnswer(answer('old0________', T0));
        expect(store.votesSince(0)).toEqual([]);
      });

      it('prunes only sent and failed deliveries created before a time', async () => {
        const sub = subscribe();
        for (const articleId of ['sent', 'failed', 'pending', 'sending', 'new']) store.enqueue({ subscriptionId: sub.id, articleId, now: articleId === 'new' ? T0 + 10 : T0 });
        const claimed = store.claimDue(T0 + 10, 10);
        const id = (articleId: string) => claimed.find((d) => d.articleId === articleId)!.id;
        store.markSent(id('sent'));
        store.markSent(id('new'));
        store.markFailed(id('failed'));
        store.markFailed(id('pending'), T0 + 1000);
        expect(await store.prune({ answersBefore: 0, deliveriesBefore: T0 + 1 }, { batchSize: 1, pauseMs: 0 })).toEqual({ answers: 0, deliveries: 2 });
        expect(await store.prune({ answersBefore: 0, deliveriesBefore: T0 + 1 })).toEqual({ answers: 0, deliveries: 0 });
        expect(['sent', 'failed', 'pending', 'sending', 'new'].map((a) => store.getDelivery(sub.id, a)?.state)).toEqual([undefined, undefined, 'pending', 'sending', 'sent']);
      });

      it('creates a setting once and then always returns it', () => {
        expect(store.setting('history_key', () => 'first')).toBe('first');
        expect(store.setting('history_key', () => 'second')).toBe('first');
      });
    });
  });
}
