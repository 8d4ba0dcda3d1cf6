/**
 * Other forms of a question word the corpus does not know: a typo one edit
 * away ("nickle" → "nickel", "invesment" → "investment"), or Jakarta chat
 * morphology ("naikin" → "naik", "ngajuin" → "aju", "mimpin" → "pimpin").
 * Only words unknown to the corpus are tried, so a correctly spelled rare
 * word is never "corrected" into a common one.
 */

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const MIN_TYPO_LENGTH = 5;

/** The known words one edit (delete, insert, substitute, swap) away, most frequent first. */
export function spellingVariants(word: string, frequency: (term: string) => number): string[] {
  if (word.length < MIN_TYPO_LENGTH || !/^[a-z]+$/.test(word)) return [];
  const candidates = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    const [head, tail] = [word.slice(0, i), word.slice(i)];
    if (tail) candidates.add(head + tail.slice(1));
    if (tail.length > 1) candidates.add(head + tail[1] + tail[0] + tail.slice(2));
    for (const c of LETTERS) {
      candidates.add(head + c + tail);
      if (tail) candidates.add(head + c + tail.slice(1));
    }
  }
  candidates.delete(word);
  return [...candidates]
    .map((c) => [c, frequency(c)] as const)
    .filter(([, f]) => f > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 2)
    .map(([c]) => c);
}

/**
 * Standard bases of a colloquial verb: the "-in" suffix ("naikin" → "naik") and
 * the bare nasal prefix ("ngajuin" → "aju", "nyamain" → "sama", "mimpin" →
 * "pimpin") of Jakarta chat.
 */
export function colloquialBases(word: string): string[] {
  const stems = [word, ...(/^.{3,}in$/.test(word) ? [word.slice(0, -2)] : [])];
  const bases = new Set<string>();
  for (const stem of stems) {
    if (stem !== word) bases.add(stem);
    if (stem.startsWith('ng')) bases.add(stem.slice(2)).add(`k${stem.slice(2)}`);
    else if (stem.startsWith('ny')) bases.add(`s${stem.slice(2)}`);
    else if (stem.startsWith('m')) bases.add(`p${stem.slice(1)}`);
  }
  bases.delete(word);
  return [...bases].filter((b) => b.length >= 3);
}
