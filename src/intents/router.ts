/**
 * Picks the intent for a question. Intents are tried from the most specific;
 * a handler that finds nothing of its kind hands over to the general intent,
 * which answers from the best sentences or abstains.
 */
import type { Answer, IntentName } from '../answer/answer.ts';
import { assertNever } from '../errors.ts';
import { isFunctionWord, type Token } from '../analysis/token.ts';
import { hasCue, type Question } from '../question.ts';
import type { Knowledge } from '../knowledge/knowledge.ts';
import { accountedTogether } from '../qa/find-answer.ts';
import { TYPED, wantedKinds } from '../qa/answer-kind.ts';
import { agreements, agreementsByConcept, agreementsOf } from './agreements.ts';
import { CUES } from './cues.ts';
import { general } from './general.ts';
import { help } from './help.ts';
import type { IntentContext, IntentHandler } from './intent.ts';
import { meetingsOf } from './meeting-view.ts';
import { meetings } from './meetings.ts';
import { minerals, mineralsOf } from './minerals.ts';
import { newestArticles, sources } from './sources.ts';
import { eventsOf, timeline } from './timeline.ts';
import { authorsIn, whoIs } from './who-is.ts';

/**
 * Builds every intent's derived view now rather than on the first question
 * that needs it (seconds at 50k articles): called at start-up, so no user
 * waits for it. After articles are added it only extends the views with them
 * (milliseconds), which the next question would otherwise do.
 */
export function prepareViews(knowledge: Knowledge): void {
  mineralsOf(knowledge);
  meetingsOf(knowledge);
  agreementsOf(knowledge);
  agreementsByConcept(knowledge);
  eventsOf(knowledge);
  newestArticles(knowledge);
  authorsIn(knowledge);
}

// "How has X developed since the MoU?", "bagaimana perkembangan X?": a story over time.
const DEVELOPMENT = /\bhow (?:has|have|did) .+ (?:develop|developed|evolve|evolved|progress|progressed|unfold|unfolded)\b|\bbagaimana perkembangan\b|\bperkembangan .+ (?:dari|sejak) /i;

export function classify(question: Question): IntentName {
  const cue = (set: ReadonlySet<string>) => hasCue(question, set);
  const content = question.groups.length;
  if (content === 0 || asksAboutTheBot(question)) return 'help';
  if (cue(CUES.sources) && content <= 2) return 'sources';
  if (cue(CUES.timeline) || DEVELOPMENT.test(question.text)) return 'timeline';
  if (cue(CUES.who) && !cue(CUES.agreements) && !cue(CUES.meetings) && /^\s*(who|siapa)/i.test(question.text)) return 'who-is';
  if (cue(CUES.minerals) && cue(CUES.mineralFocus)) return 'minerals';
  if (cue(CUES.agreements)) return 'agreements';
  if (cue(CUES.meetings) || cue(CUES.summary)) return 'meetings';
  return 'general';
}

/**
 * A question about the bot itself ("help", "bantuan", "what can you do?",
 * "apa yang bisa kamu lakukan?"): it holds such words and no other content
 * word, so "Apa yang bisa dilakukan smelter China?" is a question about
 * smelters.
 */
function asksAboutTheBot(question: Question): boolean {
  const botWord = (t: Token) => [CUES.help, CUES.aboutTheBot].some((set) => set.has(t.surface) || set.has(t.id) || set.has(t.en));
  return question.tokens.some(botWord) && question.tokens.every((t) => botWord(t) || isFunctionWord(t));
}

/** `chosen`: the asker picked the intent (a command such as /meetings), so it is not second-guessed. */
export function route(intent: IntentName, context: IntentContext, chosen = false): Answer {
  // "How much did the MoUs bring, and when were they signed?" asks for a fact, not a list of MoUs or a meeting summary.
  if (!chosen && GATHERING.has(intent) && asksForAFact(context.question)) {
    const answer = general(context)!;
    if (!answer.abstained) return answer;
  }
  const answer = handlerFor(intent)(context);
  if (answer && (chosen || !CHECKED.has(intent) || answer.abstained || citesAnAccountingArticle(answer, context, intent))) return answer;
  return general(context)!;
}

const GATHERING: ReadonlySet<IntentName> = new Set(['meetings', 'agreements']);

function asksForAFact(question: Question): boolean {
  return [...wantedKinds(question)].some((k) => TYPED.has(k));
}

// Structured intents gather their facts by kind (meetings, agreements…); an
// answer about another meeting than the one asked for ("the second HDCM") is
// worse than the general engine's answer or its abstention.
const CHECKED: ReadonlySet<IntentName> = new Set(['meetings', 'agreements', 'who-is', 'timeline']);

// A meeting's facts may come from several reports: together, the cited articles must account for the question.
// A meeting is found by its participants' roles and organisations, which its reports may not spell out;
// the other particular things asked for ("the second HDCM", "the South China Sea", "in 2023") must be there.
function citesAnAccountingArticle(answer: Answer, { question, knowledge }: IntentContext, intent: IntentName): boolean {
  const participant = (key: string | undefined) => ['person', 'organisation', 'role'].includes(knowledge.lexicon.kindOf(key ?? '') ?? '');
  const checked = intent === 'meetings' ? { ...question, groups: question.groups.filter((g) => g.required && !participant(g.concept)) } : question;
  return accountedTogether(checked, knowledge, answer.citations.map((c) => c.id));
}

function handlerFor(intent: IntentName): IntentHandler {
  switch (intent) {
    case 'minerals':
      return minerals;
    case 'meetings':
      return meetings;
    case 'agreements':
      return agreements;
    case 'who-is':
      return whoIs;
    case 'timeline':
      return timeline;
    case 'sources':
      return sources;
    case 'help':
      return help;
    case 'general':
      return general;
    default:
      return assertNever(intent);
  }
}
