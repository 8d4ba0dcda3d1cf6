/**
 * Builders for the updates Telegram would send: private and group text
 * messages (with the mention and command entities Telegram adds), replies,
 * and button presses. Update ids are unique per test file unless given.
 */
import type { CallbackQuery, Message, MessageEntity, Update, User } from 'telegraf/types';

type ReplyMessage = NonNullable<Message.TextMessage['reply_to_message']>;
import { FAKE_BOT } from '../../fakes/telegram-api.ts';

let nextUpdateId = 1000;
let nextMessageId = 5000;

export const GROUP_ID = -100_123;

export interface From {
  readonly userId?: number;
  readonly languageCode?: string;
}

export function user({ userId = 111, languageCode = 'en' }: From = {}): User {
  return { id: userId, is_bot: false, first_name: 'Ayu', ...(languageCode && { language_code: languageCode }) };
}

export interface TextOptions extends From {
  readonly updateId?: number;
  readonly chatId?: number;
  /** The message this one replies to, by its author. */
  readonly replyTo?: User;
  /** The id of the message replied to (1 unless given). */
  readonly replyToMessageId?: number;
  readonly entities?: MessageEntity[];
}

export function privateText(text: string, options: TextOptions = {}): Update.MessageUpdate<Message.TextMessage> {
  const from = user(options);
  return textUpdate(text, { id: options.chatId ?? from.id, type: 'private', first_name: from.first_name }, from, options);
}

export function groupText(text: string, options: TextOptions = {}): Update.MessageUpdate<Message.TextMessage> {
  return textUpdate(text, { id: options.chatId ?? GROUP_ID, type: 'supergroup', title: 'Hilirisasi watchers' }, user(options), options);
}

export interface PressOptions extends From {
  readonly chatId: number;
  readonly messageId: number;
  readonly updateId?: number;
}

export function buttonPress(data: string, options: PressOptions): Update.CallbackQueryUpdate {
  const message: Message.TextMessage = {
    message_id: options.messageId,
    date: 0,
    chat: options.chatId < 0 ? { id: options.chatId, type: 'supergroup', title: 'Group' } : { id: options.chatId, type: 'private', first_name: 'Ayu' },
    from: FAKE_BOT,
    text: '…',
  };
  const query: CallbackQuery.DataQuery = { id: `q${nextUpdateId}`, from: user(options), chat_instance: 'ci', message, data };
  return { update_id: options.updateId ?? nextUpdateId++, callback_query: query };
}

/** Mention and command entities, as Telegram computes them (UTF-16 offsets). */
export function entitiesOf(text: string): MessageEntity[] {
  const entities: MessageEntity[] = [];
  const command = /^\/[A-Za-z0-9_]+(?:@[A-Za-z0-9_]+)?/.exec(text);
  if (command) entities.push({ type: 'bot_command', offset: 0, length: command[0].length });
  for (const mention of text.matchAll(/@[A-Za-z0-9_]{5,32}/g)) {
    if (mention.index === 0 && command) continue;
    entities.push({ type: 'mention', offset: mention.index, length: mention[0].length });
  }
  return entities;
}

type NonChannelChat = (Update.NonChannel & Message.TextMessage)['chat'];

function textUpdate(text: string, chat: NonChannelChat, from: User, options: TextOptions): Update.MessageUpdate<Message.TextMessage> {
  const entities = options.entities ?? entitiesOf(text);
  const replied: ReplyMessage | undefined = options.replyTo && { message_id: options.replyToMessageId ?? 1, date: 0, chat, from: options.replyTo, text: 'earlier', reply_to_message: undefined };
  const message: Update.New & Update.NonChannel & Message.TextMessage = {
    message_id: nextMessageId++,
    date: Math.floor(Date.now() / 1000),
    chat,
    from,
    text,
    ...(entities.length > 0 && { entities }),
    ...(replied && { reply_to_message: replied }),
  };
  return { update_id: options.updateId ?? nextUpdateId++, message };
}
