/**
 * The slash command's subcommands (`/coop minerals`, `/coop ringkas …`) as
 * questions the core understands, in the language of the word the user
 * typed: each subcommand has an English and an Indonesian name. Anything
 * that is not a subcommand is a question as it stands.
 */
import type { Language } from '../../src/corpus/article.ts';

export interface CommandQuestion {
  readonly text: string;
  /** Set when the subcommand word settles the reply language. */
  readonly preferredLanguage?: Language;
}

type Phrase = string | ((rest: string) => string);

interface Subcommand {
  readonly names: Readonly<Record<Language, readonly string[]>>;
  readonly question: Readonly<Record<Language, Phrase>>;
  /** The rest is a whole question: the engine reads its language. */
  readonly free?: true;
}

const SUBCOMMANDS: readonly Subcommand[] = [
  {
    names: { en: ['minerals'], id: ['mineral'] },
    question: { en: 'Which minerals are prioritised for downstreaming?', id: 'Mineral apa yang diprioritaskan untuk hilirisasi?' },
  },
  {
    names: { en: ['meetings', 'meeting'], id: ['pertemuan'] },
    question: { en: 'Which meetings were held?', id: 'Pertemuan apa saja yang dilaporkan?' },
  },
  {
    names: { en: ['summary', 'summarise', 'summarize'], id: ['ringkas', 'ringkasan'] },
    question: {
      en: (rest) => (rest ? `Summarise the meeting ${withoutMeetingWord(rest)}` : 'Which meetings were held?'),
      id: (rest) => (rest ? `Ringkas pertemuan ${withoutMeetingWord(rest)}` : 'Pertemuan apa saja yang dilaporkan?'),
    },
  },
  {
    names: { en: ['agreements', 'agreement', 'mou', 'mous'], id: ['kesepakatan', 'perjanjian', 'nota'] },
    question: { en: 'Which MoUs were signed?', id: 'Nota kesepahaman apa saja yang ditandatangani?' },
  },
  { names: { en: ['timeline'], id: ['kronologi', 'linimasa'] }, question: { en: 'Timeline', id: 'Kronologi' } },
  { names: { en: ['sources'], id: ['sumber'] }, question: { en: 'Sources', id: 'Sumber' } },
  { names: { en: ['help'], id: ['bantuan'] }, question: { en: 'help', id: 'bantuan' } },
  { names: { en: ['ask'], id: ['tanya'] }, question: { en: (rest) => rest, id: (rest) => rest }, free: true },
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
    const phrase = sub.question[language];
    if (sub.free) return { text: rest };
    // "/coop timeline UNIDO": a fixed question cannot take the extra words, but the core reads the line as it stands.
    if (typeof phrase === 'string' && rest) return { text: text.trim() };
    return { text: typeof phrase === 'string' ? phrase : phrase(rest), preferredLanguage: language };
  }
  return { text: text.trim() };
}

function languageOfName(sub: Subcommand, word: string, rest: string, detect: (text: string) => Language): Language | undefined {
  if (sub.names.id.includes(word)) return 'id';
  // English names are also typed by Indonesian speakers: the words after them decide.
  if (sub.names.en.includes(word)) return rest ? detect(rest) : 'en';
  return undefined;
}

// "/coop summary pertemuan X" must not become "Ringkas pertemuan pertemuan X".
function withoutMeetingWord(rest: string): string {
  return rest.replace(/^(?:of\s+|the\s+)*(?:meeting|pertemuan)\s+/i, '');
}
