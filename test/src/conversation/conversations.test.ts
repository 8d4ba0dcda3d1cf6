import { describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/answer/answer.ts';
import { Conversations } from '../../../src/conversation/conversations.ts';

const answer: Answer = { language: 'en', intent: 'general', abstained: false, headline: 'Jakarta', sections: [], citations: [] };
const turn = (question: string) => ({ question, language: 'en' as const, answer });

describe('Conversations', () => {
  it('keeps one context per platform, chat and thread', () => {
    const c = new Conversations();
    c.remember({ platform: 'slack', chat: 'T:C1', thread: '1.0' }, turn('q1'));
    c.remember({ platform: 'slack', chat: 'T:C1', thread: '2.0' }, turn('q2'));
    c.remember({ platform: 'telegram', chat: 'T:C1', thread: '1.0' }, turn('q3'));
    c.remember({ platform: 'slack', chat: 'T:C1' }, turn('q4'));
    expect(c.recall({ platform: 'slack', chat: 'T:C1', thread: '1.0' })?.question).toBe('q1');
    expect(c.recall({ platform: 'slack', chat: 'T:C1', thread: '2.0' })?.question).toBe('q2');
    expect(c.recall({ platform: 'telegram', chat: 'T:C1', thread: '1.0' })?.question).toBe('q3');
    expect(c.recall({ platform: 'slack', chat: 'T:C1' })?.question).toBe('q4');
    expect(c.recall({ platform: 'slack', chat: 'T:C2' })).toBeUndefined();
  });

  it('forgets a conversation ten minutes after its last turn', () => {
    let now = 0;
    const c = new Conversations({ now: () => now });
    c.remember({ platform: 'cli', chat: 'x' }, turn('q'));
    now = 10 * 60_000 - 1;
    expect(c.recall({ platform: 'cli', chat: 'x' })).toBeDefined();
    now = 10 * 60_000;
    expect(c.recall({ platform: 'cli', chat: 'x' })).toBeUndefined();
  });

  it('holds a bounded number of conversations', () => {
    const c = new Conversations({ maxConversations: 2 });
    for (const chat of ['a', 'b', 'c']) c.remember({ platform: 'cli', chat }, turn(chat));
    expect(c.size).toBe(2);
    expect(c.recall({ platform: 'cli', chat: 'a' })).toBeUndefined();
  });
});
