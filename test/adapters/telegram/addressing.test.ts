import { describe, expect, it } from 'vitest';
import { addressing, type IncomingText } from '../../../adapters/telegram/addressing.ts';
import { parseCommand, parseLangArg, parseQuestionArg } from '../../../adapters/telegram/parse-command.ts';
import { entitiesOf } from './updates.ts';

const BOT = { id: 42, username: 'coop_bot' };
const inGroup = (text: string, extra: Partial<IncomingText> = {}): IncomingText => ({ text, entities: entitiesOf(text), isPrivate: false, ...extra });
const inPrivate = (text: string): IncomingText => ({ text, entities: entitiesOf(text), isPrivate: true });

describe('parseCommand', () => {
  it('reads the name, the bot it is addressed to and the arguments', () => {
    expect(parseCommand('/Summary@Coop_Bot  the UNIDO meeting ')).toEqual({ name: 'summary', target: 'Coop_Bot', args: 'the UNIDO meeting' });
    expect(parseCommand('/help')).toEqual({ name: 'help', args: '' });
    expect(parseCommand('/ask\nwho is Zou?')).toEqual({ name: 'ask', args: 'who is Zou?' });
  });

  it('does not take a path or a lone slash for a command', () => {
    expect(parseCommand('/etc/hosts is a file')).toBeUndefined();
    expect(parseCommand('/ hello')).toBeUndefined();
    expect(parseCommand('what about /help?')).toBeUndefined();
  });
});

describe('command arguments', () => {
  it('/lang takes id, en or auto in any case, and nothing else', () => {
    expect(['id', ' EN ', 'Auto'].map(parseLangArg)).toEqual(['id', 'en', 'auto']);
    expect(['', 'fr', 'id en', '<b>id</b>'].map(parseLangArg)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('/ask and /summary need some text', () => {
    expect(parseQuestionArg('  UNIDO ')).toBe('UNIDO');
    expect(parseQuestionArg(' \n ')).toBeUndefined();
  });
});

describe('addressing', () => {
  describe('in a private chat', () => {
    it('takes any text as a question', () => {
      expect(addressing(inPrivate('  nickel?  '), BOT)).toEqual({ kind: 'question', text: 'nickel?' });
    });

    it('tells unknown commands apart', () => {
      expect(addressing(inPrivate('/minerals'), BOT)).toEqual({ kind: 'command', command: 'minerals', args: '' });
      expect(addressing(inPrivate('/weather'), BOT)).toEqual({ kind: 'unknown-command' });
    });
  });

  describe('in a group', () => {
    it('ignores what is not addressed to it', () => {
      expect(addressing(inGroup('nickel?'), BOT)).toEqual({ kind: 'ignore' });
      // Telegram marks this as an email, not a mention.
      const email = 'write to x@coop_bot.example';
      expect(addressing(inGroup(email, { entities: [{ type: 'email', offset: 9, length: 18 }] }), BOT)).toEqual({ kind: 'ignore' });
      expect(addressing(inGroup('/help@other_bot'), BOT)).toEqual({ kind: 'ignore' });
      expect(addressing(inGroup('/weather'), BOT)).toEqual({ kind: 'ignore' });
    });

    it('strips its mention from the question, wherever it is', () => {
      expect(addressing(inGroup('@coop_bot, which minerals?'), BOT)).toEqual({ kind: 'question', text: 'which minerals?' });
      expect(addressing(inGroup('which minerals @COOP_BOT ?'), BOT)).toEqual({ kind: 'question', text: 'which minerals ?' });
      expect(addressing(inGroup('@coop_bot'), BOT)).toEqual({ kind: 'question', text: '' });
    });

    it('cuts mentions by UTF-16 offsets, as Telegram counts them', () => {
      expect(addressing(inGroup('😀🇮🇩 @coop_bot nikel?'), BOT)).toEqual({ kind: 'question', text: '😀🇮🇩 nikel?' });
    });

    it('takes a reply to its own message as a question', () => {
      expect(addressing(inGroup('and cobalt?', { replyToUserId: 42 }), BOT)).toEqual({ kind: 'question', text: 'and cobalt?' });
      expect(addressing(inGroup('and cobalt?', { replyToUserId: 7 }), BOT)).toEqual({ kind: 'ignore' });
    });
  });
});
