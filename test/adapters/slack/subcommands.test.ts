/** The action words, the ingest URL as Slack sends it, and whose a subscription is. */
import { describe, expect, it } from 'vitest';
import { ingestTarget } from '../../../adapters/slack/ingest-url.ts';
import { isDirect, ownerOf } from '../../../adapters/slack/owner.ts';
import { actionFromText } from '../../../adapters/slack/subcommands.ts';

describe('actionFromText', () => {
  it('reads the subscription verbs in English and Indonesian, with the language of the word', () => {
    expect(actionFromText('subscribe nickel daily')).toEqual({ kind: 'subscription', verb: 'subscribe', args: 'nickel daily', language: 'en' });
    expect(actionFromText('  Langganan   nikel ')).toEqual({ kind: 'subscription', verb: 'subscribe', args: 'nikel', language: 'id' });
    expect(actionFromText('berhenti 2')).toEqual({ kind: 'subscription', verb: 'unsubscribe', args: '2', language: 'id' });
    expect(actionFromText('UNSUBSCRIBE all')).toMatchObject({ verb: 'unsubscribe', args: 'all', language: 'en' });
    expect(actionFromText('subscriptions')).toEqual({ kind: 'subscription', verb: 'subscriptions', args: '', language: 'en' });
    expect(actionFromText('daftar-langganan')).toMatchObject({ verb: 'subscriptions', language: 'id' });
  });

  it('keeps the ingest argument as typed, wrapping and all', () => {
    expect(actionFromText('ingest <https://a.test/x|a.test/x>')).toEqual({ kind: 'ingest', args: '<https://a.test/x|a.test/x>', language: 'en' });
    expect(actionFromText('impor https://a.test/')).toMatchObject({ kind: 'ingest', language: 'id' });
  });

  it('leaves questions and the question subcommands alone', () => {
    for (const text of ['', '   ', 'minerals', 'Who subscribes to nickel?', 'subscribers of UNIDO', 'sumber', 'kronologi']) expect(actionFromText(text), text).toBeUndefined();
  });
});

describe('ingestTarget', () => {
  it('accepts one http(s) URL, bare or wrapped by Slack, and unescapes it', () => {
    expect(ingestTarget('https://a.test/news?id=1')).toEqual({ ok: true, url: 'https://a.test/news?id=1' });
    expect(ingestTarget('<https://a.test/news>')).toEqual({ ok: true, url: 'https://a.test/news' });
    expect(ingestTarget('<http://a.test/x?a=1&amp;b=2|a.test/x with a label>')).toEqual({ ok: true, url: 'http://a.test/x?a=1&b=2' });
  });

  it('refuses nothing, several URLs, other schemes, file paths, mentions and credentials', () => {
    for (const args of [
      '',
      'https://a.test/ https://b.test/',
      '<https://a.test/> more',
      'file:///etc/passwd',
      '<file:///etc/passwd>',
      '/etc/passwd',
      'corpus/articles/a.json',
      'ftp://a.test/x',
      'javascript:alert(1)',
      '<mailto:a@b.test|a@b.test>',
      '<@U123>',
      '<!channel>',
      'a.test/news',
      `https://a.test/${'x'.repeat(2_100)}`,
      // Credentials would be logged, stored and shown to subscribers as the article's link.
      'https://editor:s3cret@a.test/x',
      '<https://editor@a.test/x|a.test/x>',
    ]) {
      expect(ingestTarget(args), args).toEqual({ ok: false });
    }
  });
});

describe('ownerOf', () => {
  it('gives a channel’s subscription to the channel', () => {
    expect(ownerOf({ channelId: 'C1', channelName: 'general', userId: 'U1' })).toEqual({ platform: 'slack', chatId: 'C1' });
    expect(ownerOf({ channelId: 'G1', userId: 'U1' })).toEqual({ platform: 'slack', chatId: 'G1' });
  });

  it('gives a DM’s subscription to the person, by user id', () => {
    expect(ownerOf({ channelId: 'D1', userId: 'U1' })).toEqual({ platform: 'slack', chatId: 'U1' });
    // Because a command in a DM with someone else also arrives with that DM's id.
    expect(ownerOf({ channelId: 'C0DM', channelName: 'directmessage', userId: 'U2' })).toEqual({ platform: 'slack', chatId: 'U2' });
    expect(isDirect({ channelId: undefined, userId: 'U3' })).toBe(true);
  });
});
