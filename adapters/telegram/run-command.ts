/**
 * What each command does. Most stand for an intent of the core, which
 * answers them directly (/minerals → the minerals intent; /summary UNIDO →
 * the meetings intent with the topic "UNIDO"; /timeline UNIDO → the timeline
 * of UNIDO); /start, /help and /lang speak for the bot itself; the
 * subscription commands and /ingest have modules of their own.
 */
import type { IntentName } from '../../src/answer/answer.ts';
import type { Language } from '../../src/corpus/article.ts';
import { assertNever } from '../../src/errors.ts';
import type { TelegramApp } from './app.ts';
import { askQuestion, replyPlain } from './ask-question.ts';
import type { CommandName } from './commands.ts';
import { mayManageChat } from './chat-members.ts';
import { replyLanguage } from './language.ts';
import { parseLangArg, parseQuestionArg } from './parse-command.ts';
import { phrases, type LangChoice } from './phrases.ts';
import { runIngest } from './run-ingest.ts';
import { runSubscriptionCommand } from './run-subscription.ts';
import { replyTo, type Turn } from './turn.ts';
import { commandListHtml, welcomeHtml } from './welcome.ts';

export async function runCommand(app: TelegramApp, turn: Turn, command: CommandName, args: string): Promise<void> {
  switch (command) {
    case 'start':
      return welcome(app, turn);
    case 'help':
      return help(app, turn);
    case 'ask':
      return ask(app, turn, args);
    case 'summary':
      return summary(app, turn, args);
    case 'minerals':
    case 'meetings':
    case 'agreements':
    case 'timeline':
    case 'sources':
      return askQuestion(app, turn, args, INTENT_OF[command]);
    case 'lang':
      return lang(app, turn, args);
    case 'subscribe':
    case 'unsubscribe':
    case 'subscriptions':
      return runSubscriptionCommand(app, turn, command, args);
    case 'ingest':
      return runIngest(app, turn, args);
    default:
      return assertNever(command);
  }
}

async function welcome(app: TelegramApp, turn: Turn): Promise<void> {
  const language = await replyLanguage(app, turn);
  const target = replyTo(turn);
  await app.sender.html(turn.chatId, welcomeHtml(language, turn.isPrivate, app.me.username), target !== undefined ? { replyTo: target } : {});
}

// The commands that stand for an intent, the topic being whatever follows them.
const INTENT_OF = { minerals: 'minerals', meetings: 'meetings', agreements: 'agreements', timeline: 'timeline', sources: 'sources' } as const satisfies Partial<Record<CommandName, IntentName>>;

// The core's help answer, then the commands, which only Telegram has.
async function help(app: TelegramApp, turn: Turn): Promise<void> {
  await askQuestion(app, turn, '', 'help', commandListHtml(await replyLanguage(app, turn)));
}

async function ask(app: TelegramApp, turn: Turn, args: string): Promise<void> {
  const question = parseQuestionArg(args);
  if (question) return askQuestion(app, turn, question);
  await replyPlain(app, turn, phrases(await replyLanguage(app, turn)).askUsage);
}

// "/summary UNIDO": the meetings intent with the meeting named, answered in the language it is named in.
async function summary(app: TelegramApp, turn: Turn, args: string): Promise<void> {
  const meeting = parseQuestionArg(args);
  if (!meeting) return replyPlain(app, turn, phrases(await replyLanguage(app, turn)).summaryUsage);
  await askQuestion(app, turn, meeting, 'meetings');
}

async function lang(app: TelegramApp, turn: Turn, args: string): Promise<void> {
  const choice = parseLangArg(args);
  if (!choice) {
    const current: LangChoice = (await app.settings.get(turn.chatId)) ?? 'auto';
    return replyPlain(app, turn, phrases(await replyLanguage(app, turn)).langUsage(current));
  }
  // The language is the whole group's, so in a group only its admins change it (as with subscriptions).
  if (!(await mayManageChat(app.members, turn))) return replyPlain(app, turn, phrases(await replyLanguage(app, turn)).langAdminsOnly);
  const language: Language | undefined = choice === 'auto' ? undefined : choice;
  await app.settings.set(turn.chatId, language);
  // Confirmed in the language just chosen; for auto, in the user's own.
  await replyPlain(app, turn, phrases(language ?? (await replyLanguage(app, turn))).langSet[choice]);
}
