/**
 * The slash command's subcommands (`/coop minerals`, `/coop ringkas …`) as
 * the core intent they stand for, with the words after them as its topic
 * ("/coop timeline UNIDO"), so the core never classifies them again. Each
 * subcommand has an English and an Indonesian name; the name typed settles
 * the reply language. Anything that is not a subcommand is a question as it
 * stands.
 */
import type { IntentName } from '../../src/answer/answer.ts';
import type { Language } from '../../src/corpus/article.ts';

export interface CommandQuestion {
  /** The question; with `intent`, the subcommand's topic, possibly empty. */
  readonly text: string;
  readonly intent?: IntentName;
  /** Set when the subcommand word settles the reply language. */
  readonly preferredLanguage?: Language;
}

interface Subcommand {
  readonly names: Readonly<Record<Language, readonly string[]>>;
  /** Undefined for `ask`: the rest is a whole question, classified and read for its language by the core. */
  readonly intent?: IntentName;
}

const SUBCOMMANDS: readonly Subcommand[] = [
  { names: { en: ['minerals'], id: ['mineral'] }, intent: 'minerals' },
  { names: { en: ['meetings', 'meeting', 'summary', 'summarise', 'summarize'], id: ['pertemuan', 'ringkas', 'ringkasan'] }, intent: 'meetings' },
  { names: { en: ['agreements', 'agreement', 'mou', 'mous'], id: ['kesepakatan', 'perjanjian', 'nota'] }, intent: 'agreements' },
  { names: { en: ['timeline'], id: ['kronologi', 'linimasa'] }, intent: 'timeline' },
  { names: { en: ['sources'], id: ['sumber'] }, intent: 'sources' },
  { names: { en: ['help'], id: ['bantuan'] }, intent: 'help' },
  { names: { en: ['ask'], id: ['tanya'] } },
];

/**
 * `detect` reads the language of the words after an English subcommand, so
 * "/coop summary pertemuan Kemenperin dengan UNIDO" is answered in Indonesian.
 */
export function questionFromCommand(text: string, detect: (text: string) => Language): CommandQuestion {
  const [first = '', ...others] = text.trim().split(/\s+/);
  const rest = others.join(' ');
  const word = first.toLowerCase();
  for (const sub of SUBCOMMANDS) {
    const language = languageOfName(sub, word, rest, detect);
    if (!language) continue;
    if (!sub.intent) return { text: rest };
    return { text: sub.intent === 'meetings' ? withoutMeetingWord(rest) : rest, intent: sub.intent, preferredLanguage: language };
  }
  return { text: text.trim() };
}

function languageOfName(sub: Subcommand, word: string, rest: string, detect: (text: string) => Language): Language | undefined {
  if (sub.names.id.includes(word)) return 'id';
  // English names are also typed by Indonesian speakers: the words after them decide.
  if (sub.names.en.includes(word)) return rest ? detect(rest) : 'en';
  return undefined;
}

// "/coop summary pertemuan X": the meeting is X.
function withoutMeetingWord(rest: string): string {
  return rest.replace(/^(?:of\s+|the\s+)*(?:meeting|pertemuan)\s+/i, '');
}
