/**
 * The question history: what an answer leaves in the store (hashes, never
 * the platform's ids), when nothing is stored, and which votes count.
 */
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/answer/answer.ts';
import type { Message } from '../../../src/engine.ts';
import { keyedHash, QuestionHistory, votable } from '../../../src/history/index.ts';
import { MemoryStore } from '../../../src/store/index.ts';

const KEY = 'test-history-key-0123456789';
const T0 = Date.UTC(2026, 11, 1, 9);

const answer: Answer = {
  language: 'en',
  intent: 'general',
  abstained: false,
  headline: 'h',
  sections: [],
  citations: [{ n: 1, id: 'a1', title: 'Nickel deal', published: '2026-11-01', url: 'https://example.com/a1', quote: 'q', quotes: ['q'] }],
};
const message: Message = { text: 'how much nickel investment?', origin: { platform: 'telegram', chat: '-100123', user: '777001', private: false } };

function history(days = 30) {
  const store = new MemoryStore();
  return { store, history: new QuestionHistory(store, { key: KEY, days, now: () => T0 }) };
}

describe('QuestionHistory.record', () => {
  it('stores the question, its answer and what it cited, with chat and user as keyed hashes', () => {
    const { store, history: h } = history();
    const id = h.record(message, answer)!;
    expect(id).toMatch(/^[A-Za-z0-9_-]{12}$/);
    const row = store.getAnswer(id)!;
    expect(row).toMatchObject({ askedAt: T0, platform: 'telegram', question: message.text, intent: 'general', language: 'en', abstained: false });
    expect(row.citations).toEqual([{ id: 'a1', title: 'Nickel deal', url: 'https://example.com/a1' }]);
    expect(row.chatHash).toBe(keyedHash(KEY, 'telegram', '-100123'));
    expect(JSON.stringify(row)).not.toMatch(/100123|777001/);
  });

  it('hashes differently under another key, and per platform', () => {
    expect(keyedHash(KEY, 'telegram', '1')).not.toBe(keyedHash(`${KEY}x`, 'telegram', '1'));
    expect(keyedHash(KEY, 'telegram', '1')).not.toBe(keyedHash(KEY, 'slack', '1'));
  });

  it('stores nothing with HISTORY_DAYS=0', () => {
    const { store, history: h } = history(0);
    expect(h.record(message, answer)).toBeUndefined();
    expect(store.answersSince(0)).toEqual([]);
  });

  it('stores nothing for a message without an origin (scripts, button re-asks)', () => {
    const { store, history: h } = history();
    expect(h.record({ text: 'x' }, answer)).toBeUndefined();
    expect(store.answersSince(0)).toEqual([]);
  });
});

describe('QuestionHistory.vote', () => {
  const press = { platform: 'telegram' as const, chat: '-100123', user: '777002' };

  it('records a vote once per user and answer; a second press changes it', () => {
    const { store, history: h } = history();
    const answerId = h.record(message, answer)!;
    expect(h.vote({ ...press, answerId, vote: 'up' })).toEqual({ kind: 'recorded', vote: 'up', previous: undefined, answer: { intent: 'general', language: 'en' } });
    expect(h.vote({ ...press, answerId, vote: 'down' })).toMatchObject({ kind: 'recorded', vote: 'down', previous: 'up' });
    expect(h.vote({ ...press, answerId, vote: 'down' })).toMatchObject({ kind: 'recorded', previous: 'down' });
    expect(store.votesSince(0).map((v) => v.vote)).toEqual(['down']);
  });

  it('refuses a forged, unknown or foreign press', () => {
    const { store, history: h } = history();
    const answerId = h.record(message, answer)!;
    for (const forged of ['', 'x', `${answerId}x`, 'AAAAAAAAAAAA', "'; DROP TABLE"]) expect(h.vote({ ...press, answerId: forged, vote: 'up' })).toEqual({ kind: 'unknown' });
    // because a vote must come from the chat the answer was given in
    expect(h.vote({ ...press, chat: '-100999', answerId, vote: 'up' })).toEqual({ kind: 'unknown' });
    expect(h.vote({ ...press, platform: 'slack', answerId, vote: 'up' })).toEqual({ kind: 'unknown' });
    expect(store.votesSince(0)).toEqual([]);
  });
});

describe('votable', () => {
  it('is true for a recorded answer, false for help and for an answer without an id', () => {
    expect(votable({ ...answer, id: 'AAAAAAAAAAAA' })).toBe(true);
    expect(votable({ ...answer, id: 'AAAAAAAAAAAA', intent: 'help' })).toBe(false);
    expect(votable(answer)).toBe(false);
  });
});
