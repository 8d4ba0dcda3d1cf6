/**
 * The words that make a message read as a continuation, in both languages
 * (after chat shorthand is spelled out: "trs" is "terus", "kpn" "kapan").
 * They describe how people continue a conversation, not particular questions.
 */
const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

/** Openings that hand the previous question on: "and cobalt?", "what about UNIDO?", "kalau kobalt?". */
export const MARKERS: readonly (readonly string[])[] = [
  'what about', 'how about', 'and what about', 'and how about', 'and', 'also', 'then', 'so', 'or',
  'bagaimana dengan', 'gimana dengan', 'kalau', 'lalu', 'terus', 'dan', 'juga', 'trus', 'lantas', 'nah', 'kemudian', 'atau',
].map((m) => m.split(' '));

/** Words that point back at what was just said. */
export const ANAPHORS = words('it its that this these those they them their he him his she her there itu ini tersebut dia beliau mereka sana situ begitu');

/** Words that point back at someone: the follow-up takes the person or organisation from before ("when did he visit Jakarta?"). */
export const PERSON_ANAPHORS = words('he him his she her they them their dia beliau mereka');

// Indonesian "-nya" points back too ("sumbernya", "tanggalnya"); these words only end the same way.
const NOT_NYA = words('hanya punya tanya bertanya nya sebenarnya lainnya');

export function pointsBack(word: string): boolean {
  return ANAPHORS.has(word) || (word.length > 4 && word.endsWith('nya') && !NOT_NYA.has(word));
}

/** Question words: a message of these alone ("kapan?", "who?") asks about the last topic. */
export const QUESTION_WORDS = words('what which when where who whom whose why how kapan siapa siapakah mana dimana apa apakah berapa kenapa mengapa bagaimana');

/**
 * Content words that frame a question rather than name its topic ("which
 * articles say so?", "jelaskan lebih lanjut"): never a topic of their own.
 */
export const FRAME_WORDS = words(
  'say says said saying mention mentioned tell told report reported write wrote written according detail details more else exactly ' +
    'kata bilang sebut disebut menyebut tulis ditulis lapor dilaporkan menurut rinci rincian detail lagi lebih lanjut persis tepatnya yang',
);

/**
 * Words of signing, written apart ("tanda tangan"): in a follow-up they are
 * its frame ("trs yg tanda tangan siapa?" names no topic), but in the
 * question it continues they say what it was about, and are carried on
 * ("kapan?" after "who signed the MoU?" asks when it was signed).
 */
export const SIGNING_WORDS = words('tanda tangan tandatangan ttd');
