import { describe, expect, it } from 'vitest';
import { MemoryChatSettings, StoreChatSettings, type ChatSettings } from '../../../adapters/telegram/chat-settings.ts';
import { MemoryStore } from '../../../src/store/index.ts';
import { languageHint } from '../../../adapters/telegram/language.ts';
import { MoreSources, moreSourcesData, parseMoreSourcesData } from '../../../adapters/telegram/more-sources.ts';

// Any ChatSettings store (a persistent one later) must pass this contract.
describe.each<[string, () => ChatSettings]>([
  ['MemoryChatSettings', () => new MemoryChatSettings()],
  ['StoreChatSettings', () => new StoreChatSettings(new MemoryStore())],
])('%s', (_name, make) => {
  it('remembers a language per chat, and forgets it when set to undefined (auto)', async () => {
    const settings = make();
    expect(await settings.get(1)).toBeUndefined();
    await settings.set(1, 'id');
    await settings.set(-100, 'en');
    expect(await settings.get(1)).toBe('id');
    expect(await settings.get(-100)).toBe('en');
    await settings.set(1, undefined);
    expect(await settings.get(1)).toBeUndefined();
  });
});

describe('MoreSources', () => {
  const entry = (chatId: number) => ({ chatId, language: 'en' as const, sources: [] });

  it('hands an entry out once, and only to its chat', () => {
    const store = new MoreSources();
    const id = store.put(entry(1));
    expect(store.take(id, 2)).toBeUndefined();
    expect(store.take(id, 1)).toEqual(entry(1));
    expect(store.take(id, 1)).toBeUndefined();
  });

  it('forgets the oldest entry beyond its capacity', () => {
    const store = new MoreSources(2);
    const [a, b, c] = [store.put(entry(1)), store.put(entry(1)), store.put(entry(1))];
    expect(store.take(a, 1)).toBeUndefined();
    expect(store.take(b, 1)).toBeDefined();
    expect(store.take(c, 1)).toBeDefined();
  });

  it('makes callback data well within 64 bytes that parses back to the id', () => {
    const id = new MoreSources().put(entry(1));
    const data = moreSourcesData(id);
    expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
    expect(parseMoreSourcesData(data)).toBe(id);
    expect(parseMoreSourcesData(undefined)).toBeUndefined();
    expect(parseMoreSourcesData(`${data}x`)).toBeUndefined();
  });
});

describe('languageHint', () => {
  it('maps Telegram language codes to a hint, or none', () => {
    expect(['id', 'in', 'en', 'en-GB', 'EN-us', 'ms', 'zh-hans', undefined].map(languageHint)).toEqual(['id', 'id', 'en', 'en', 'en', undefined, undefined, undefined]);
  });
});
