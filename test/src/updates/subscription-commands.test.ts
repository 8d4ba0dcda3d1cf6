import { describe, expect, it } from 'vitest';
import type { Language } from '../../../src/corpus/article.ts';
import { MAX_SUBSCRIPTIONS_PER_CHAT, MemoryStore, type ChatRef } from '../../../src/store/index.ts';
import { handleSubscriptionCommand, type SubscriptionVerb } from '../../../src/updates/subscription-commands.ts';
import { projectLexicon } from '../../helpers.ts';

const CHAT: ChatRef = { platform: 'telegram', chatId: '42' };
const lexicon = projectLexicon();

function setUp() {
  const store = new MemoryStore();
  const run = (verb: SubscriptionVerb, args = '', language: Language = 'en') =>
    handleSubscriptionCommand({ verb, args, chat: CHAT, language }, { store, lexicon, now: () => 1000, digestHour: 7, timeZone: 'Asia/Jakarta' });
  const topics = () => store.listSubscriptions(CHAT).map((s) => `${s.topic}/${s.mode}${s.paused ? '/paused' : ''}`);
  return { store, run, topics };
}

describe('handleSubscriptionCommand', () => {
  describe('subscribe', () => {
    it('subscribes to a topic, instant unless a mode word ends the text', () => {
      const { run, topics } = setUp();
      expect(run('subscribe', 'nickel')).toEqual({ ok: true, text: 'Subscribed to “nickel”: I will send each new article as it arrives.' });
      expect(run('subscribe', ' smelter  daily ')).toEqual({ ok: true, text: 'Subscribed to “smelter”: I will send a daily digest of the new articles at 07:00 (Asia/Jakarta).' });
      expect(topics()).toEqual(['nickel/instant', 'smelter/daily']);
    });

    it('takes the Indonesian mode words and answers in Indonesian', () => {
      const { run, topics } = setUp();
      expect(run('subscribe', 'baterai litium harian', 'id').text).toBe(
        'Berlangganan “baterai litium”: saya akan mengirim ringkasan harian artikel baru pukul 07:00 (Asia/Jakarta).',
      );
      expect(run('subscribe', 'nikel langsung', 'id').text).toBe('Berlangganan “nikel”: saya akan mengirim setiap artikel baru begitu terbit.');
      expect(topics()).toEqual(['baterai litium/daily', 'nikel/instant']);
    });

    it('subscribes to everything with no topic, or with only a mode word', () => {
      const { run, topics } = setUp();
      expect(run('subscribe').text).toBe('Subscribed to everything: I will send each new article as it arrives.');
      expect(run('subscribe', 'harian', 'id').text).toMatch(/^Berlangganan semua berita: /);
      expect(topics()).toEqual(['/instant', '/daily']);
    });

    it('says "already subscribed" for the same topic and mode, however it is written', () => {
      const { run, topics } = setUp();
      run('subscribe', 'nickel');
      expect(run('subscribe', 'Nikel')).toEqual({ ok: true, text: 'You are already subscribed to “nickel” (instant).' });
      expect(run('subscribe', 'nickel instant', 'id').text).toBe('Anda sudah berlangganan “nickel” (langsung).');
      expect(run('subscribe', 'nickel daily').ok).toBe(true); // another mode is another subscription
      expect(topics()).toEqual(['nickel/instant', 'nickel/daily']);
    });

    it('resumes a paused subscription instead of adding a second one', () => {
      const { store, run, topics } = setUp();
      run('subscribe', 'UNIDO');
      store.pauseChat(CHAT);
      expect(run('subscribe', 'unido').text).toBe('Your paused subscription to “UNIDO” (instant) is running again.');
      expect(topics()).toEqual(['UNIDO/instant']);
    });

    it(`refuses the ${MAX_SUBSCRIPTIONS_PER_CHAT + 1}th subscription of a chat`, () => {
      const { run } = setUp();
      for (let i = 0; i < MAX_SUBSCRIPTIONS_PER_CHAT; i++) expect(run('subscribe', `topic${i}`).ok).toBe(true);
      expect(run('subscribe', 'nickel')).toEqual({ ok: false, text: `This chat already has ${MAX_SUBSCRIPTIONS_PER_CHAT} subscriptions, the most allowed. Remove one first: “unsubscribe <number>”.` });
      expect(run('subscribe', 'nikel', 'id').text).toMatch(/^Obrolan ini sudah memiliki 20 langganan/);
    });

    describe('when the topic is unusable', () => {
      it('refuses a topic with no content word, quoting it back', () => {
        const { run, topics } = setUp();
        expect(run('subscribe', 'the')).toMatchObject({ ok: false, text: expect.stringMatching(/^“the” has no word I can match articles on\./) });
        expect(run('subscribe', '???', 'id')).toMatchObject({ ok: false, text: expect.stringMatching(/^“\?\?\?” tidak berisi kata/) });
        expect(topics()).toEqual([]);
      });

      it('refuses 10,000 characters without echoing them', () => {
        const { run, topics } = setUp();
        const reply = run('subscribe', 'nickel '.repeat(1500));
        expect(reply).toEqual({ ok: false, text: 'That topic is too long: at most 100 characters. Use one or a few key words, such as “nickel” or “lithium battery”.' });
        expect(run('subscribe', 'x'.repeat(101), 'id').text).toMatch(/^Topik terlalu panjang: paling banyak 100 karakter/);
        expect(topics()).toEqual([]);
      });

      it('stores and echoes only the cleaned topic: no control characters, no tags', () => {
        const { run, topics } = setUp();
        const reply = run('subscribe', '<b>nickel</b>\u0000\u202E\n smelter');
        expect(reply.text).toBe('Subscribed to “nickel smelter”: I will send each new article as it arrives.');
        expect(topics()).toEqual(['nickel smelter/instant']);
        expect(run('subscribe', 'constructor').ok).toBe(true); // a plain word, not Object.prototype's
      });
    });
  });

  describe('unsubscribe', () => {
    const withThree = () => {
      const ctx = setUp();
      ctx.run('subscribe', 'nickel');
      ctx.run('subscribe', 'smelter daily');
      ctx.run('subscribe', '');
      return ctx;
    };

    it('removes by position in the list', () => {
      const { run, topics } = withThree();
      expect(run('unsubscribe', '2')).toEqual({ ok: true, text: 'Unsubscribed from “smelter” — daily digest.' });
      expect(topics()).toEqual(['nickel/instant', '/instant']);
      expect(run('unsubscribe', '#2', 'id').text).toBe('Berhenti berlangganan semua berita — langsung.');
    });

    it('refuses a number that is not in the list', () => {
      const { run } = withThree();
      expect(run('unsubscribe', '9')).toEqual({ ok: false, text: 'There is no subscription number 9: this chat has 3. Send “subscriptions” to see them.' });
      expect(run('unsubscribe', '0', 'id').text).toBe('Tidak ada langganan nomor 0: obrolan ini memiliki 3. Kirim “subscriptions” untuk melihatnya.');
    });

    it('removes by topic in either language', () => {
      const { run, topics } = withThree();
      expect(run('unsubscribe', 'nikel', 'id').text).toBe('Berhenti berlangganan “nickel” — langsung.');
      expect(run('unsubscribe', 'everything').text).toBe('Unsubscribed from everything — instant.');
      expect(topics()).toEqual(['smelter/daily']);
    });

    it('refuses a topic the chat is not subscribed to', () => {
      const { run } = withThree();
      expect(run('unsubscribe', 'UNIDO')).toEqual({ ok: false, text: 'This chat is not subscribed to “UNIDO”. Send “subscriptions” to see the list.' });
      expect(run('unsubscribe', 'smelter instant').ok).toBe(false); // the smelter subscription is daily
      expect(run('unsubscribe', 'the', 'id').text).toBe('Obrolan ini tidak berlangganan “the”. Kirim “subscriptions” untuk melihat daftarnya.');
    });

    it('removes everything with "all" or "semua"', () => {
      const { run, topics } = withThree();
      expect(run('unsubscribe', 'all')).toEqual({ ok: true, text: 'Unsubscribed from all 3 subscriptions.' });
      expect(topics()).toEqual([]);
      expect(run('unsubscribe', 'semua', 'id').text).toBe('Obrolan ini tidak memiliki langganan.');
    });

    it('asks which one when given nothing, and refuses a huge paste', () => {
      const { run, topics } = withThree();
      expect(run('unsubscribe', '  ')).toEqual({ ok: false, text: 'Which subscription? Send “unsubscribe <number>”, “unsubscribe <topic>” or “unsubscribe all”.' });
      expect(run('unsubscribe', '', 'id').text).toMatch(/^Langganan yang mana\?/);
      expect(run('unsubscribe', '1'.repeat(10_000)).text).toMatch(/^That topic is too long/);
      expect(topics()).toHaveLength(3);
    });
  });

  describe('subscriptions', () => {
    it('lists the subscriptions numbered, with mode and paused state', () => {
      const { store, run } = setUp();
      run('subscribe', 'nickel');
      run('subscribe', 'daily');
      store.setPaused(CHAT, store.listSubscriptions(CHAT)[1]!.id, true);
      expect(run('subscriptions').text).toBe(
        [
          'Subscriptions of this chat:',
          '1. “nickel” — instant',
          '2. everything — daily digest (paused)',
          '',
          'To stop one, send “unsubscribe <number>”.',
          'Paused subscriptions receive nothing (the bot could not post here); subscribe to the same topic again to resume.',
        ].join('\n'),
      );
      expect(run('subscriptions', '', 'id').text.split('\n').slice(0, 3)).toEqual(['Langganan obrolan ini:', '1. “nickel” — langsung', '2. semua berita — ringkasan harian (dijeda)']);
    });

    it('explains how to subscribe when there is nothing', () => {
      const { run } = setUp();
      expect(run('subscriptions')).toMatchObject({ ok: true, text: expect.stringMatching(/^This chat has no subscriptions\. Send “subscribe nickel”/) });
      expect(run('subscriptions', '', 'id').text).toMatch(/^Obrolan ini belum berlangganan\./);
    });
  });
});

describe('handleSubscriptionCommand with a commandPrefix', () => {
  it('shows the commands in its hints as the platform spells them', () => {
    const store = new MemoryStore();
    const chat = { platform: 'slack', chatId: 'C1' };
    const deps = { store, lexicon: projectLexicon(), now: () => 0, commandPrefix: '/coop ' };
    const reply = handleSubscriptionCommand({ verb: 'subscriptions', args: '', chat, language: 'en' }, deps);
    expect(reply.text).toContain('“/coop subscribe nickel”');
    expect(reply.text).not.toMatch(/“subscribe/);
  });
});
