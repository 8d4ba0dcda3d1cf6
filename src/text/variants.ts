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

/** Standard bases of a colloquial "-in" verb: "naikin" → "naik", "ngajuin" → "aju", "nyamain" → "sama", "mimpin" → "pimpin". */
export function colloquialBases(word: string): string[] {
  const match = /^(.{3,})in$/.exec(word);
  if (!match) return [];
  const stem = match[1]!;
  const bases = [stem];
  if (stem.startsWith('ng')) bases.push(stem.slice(2), `k${stem.slice(2)}`);
  else if (stem.startsWith('ny')) bases.push(`s${stem.slice(2)}`);
  else if (stem.startsWith('m')) bases.push(`p${stem.slice(1)}`, stem.slice(1));
  // "rayain" → "raya", "pakein" → "pake".
  return bases.filter((b) => b.length >= 3);
}
