/**
 * The manifest a workspace admin pastes must agree with the code: the
 * default command, the events route, the events and scopes the surfaces
 * need. Read as text (the project has no YAML parser, and the file is flat).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SLACK_EVENTS_PATH } from '../../../adapters/slack/http-mount.ts';
import { ConfigSchema } from '../../../src/config.ts';
import { ROOT } from '../../helpers.ts';

const manifest = readFileSync(join(ROOT, 'adapters', 'slack', 'manifest.yml'), 'utf8');
const lines = manifest.split('\n').filter((l) => !l.trimStart().startsWith('#'));
const value = (key: string) => lines.flatMap((l) => l.match(new RegExp(`^\\s*(?:- )?${key}:\\s*(.+?)\\s*(?:#.*)?$`))?.[1] ?? []);
const listItems = (key: string) => {
  const start = lines.findIndex((l) => l.trim() === `${key}:`);
  const items: string[] = [];
  for (const line of lines.slice(start + 1)) {
    const item = line.match(/^\s*- ([^\s#]+)/);
    if (!item) break;
    items.push(item[1]!);
  }
  return items;
};

describe('manifest.yml', () => {
  it('declares the default slash command', () => {
    expect(value('command')).toEqual([ConfigSchema.parse({}).SLACK_COMMAND]);
  });

  it('sends the command, events and interactivity to the events route', () => {
    expect([...value('url'), ...value('request_url')]).toEqual(Array(3).fill(`https://YOUR_HOST${SLACK_EVENTS_PATH}`));
  });

  it('subscribes to the events the adapter answers', () => {
    expect(listItems('bot_events').sort()).toEqual(['app_home_opened', 'app_mention', 'message.channels', 'message.groups', 'message.im']);
  });

  it('asks for the scopes the surfaces need and no more', () => {
    expect(listItems('bot').sort()).toEqual(['app_mentions:read', 'channels:history', 'chat:write', 'commands', 'groups:history', 'im:history']);
  });

  it('enables the Home and Messages tabs and interactivity, with Socket Mode off by default', () => {
    expect(value('home_tab_enabled')).toEqual(['true']);
    expect(value('messages_tab_enabled')).toEqual(['true']);
    expect(value('is_enabled')).toEqual(['true']);
    expect(value('socket_mode_enabled')).toEqual(['false']);
    expect(manifest).toContain('socket_mode_enabled: true');
  });

  it('keeps within Slack’s lengths for the name and command', () => {
    expect(value('name')[0]!.length).toBeLessThanOrEqual(35);
    expect(value('command')[0]!.length).toBeLessThanOrEqual(32);
  });
});
