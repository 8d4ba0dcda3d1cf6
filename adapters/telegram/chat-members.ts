/**
 * Who may change a chat's subscriptions: in a private chat, its user; in a
 * group, its admins — the creator and administrators as getChatMember says
 * at the time of the command (admin lists change, so nothing is cached), and
 * an anonymous admin, whose message Telegram sends on behalf of the group
 * itself (sender_chat = the group).
 *
 * Hazard: getChatMember failing (Telegram down, the bot removed) throws; the
 * command then ends in the catch-all's apology rather than in a refusal
 * that would wrongly tell an admin they are not one.
 */
import type { Telegram } from 'telegraf';
import type { Call } from './retry.ts';
import type { Turn } from './turn.ts';

export interface ChatMembers {
  isAdmin(chatId: number, userId: number): Promise<boolean>;
}

/** May this turn's author change the chat's subscriptions? */
export async function mayManageChat(members: ChatMembers, turn: Turn): Promise<boolean> {
  if (turn.isPrivate) return true;
  if (turn.senderChatId === turn.chatId) return true;
  return members.isAdmin(turn.chatId, turn.userId);
}

/** ChatMembers asked of the Bot API, each call retried like every other. */
export class ApiChatMembers implements ChatMembers {
  constructor(
    private readonly telegram: Telegram,
    private readonly call: Call,
  ) {}

  async isAdmin(chatId: number, userId: number): Promise<boolean> {
    const member = await this.call('getChatMember', () => this.telegram.getChatMember(chatId, userId));
    return member.status === 'creator' || member.status === 'administrator';
  }
}
