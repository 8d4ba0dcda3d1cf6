/**
 * Indonesian stemming: Sastrawi's dictionary-based confix-stripping algorithm
 * through sastrawijs, with two of its prefix rules corrected to match the
 * original Sastrawi (see test/src/text/stem.test.ts):
 *  - "meng-/peng-" before a vowel recodes to "k" ("pengembangan" → "kembang");
 *    sastrawijs strips "menge-/penge-" as a unit and loses the root.
 *  - "ter-" before a root in the dictionary ("terbesar" → "besar").
 *  - a root that starts with "se" keeps it inside a confix ("disepakati" →
 *    "sepakat", as "sepakat" and "kesepakatan" stem; sastrawijs strips "se-"
 *    as a prefix and returns "pakat").
 */
import { Stemmer } from 'sastrawijs';

// Roots missing from sastrawijs's dictionary that this domain's text needs.
// Closed compounds ("diserahterimakan") are roots of their own; the question's
// "serah terima" finds them through its joined word pair (search/terms.ts).
const EXTRA_ROOTS = [
  'tandatangan', 'hilir', 'investasi', 'smelter', 'nikel', 'litium', 'fotovoltaik',
  'serahterima', 'kerjasama', 'tanggungjawab', 'ambilalih', 'campurtangan', 'sebarluas', 'lipatganda', 'alihfungsi',
];

type PrefixResult = [string, string[] | null];

class CorrectedStemmer extends Stemmer {
  override removeMePrefix(word: string): PrefixResult {
    return this.nasalToK(word) ?? super.removeMePrefix(word);
  }

  override removePePrefix(word: string): PrefixResult {
    return this.nasalToK(word) ?? super.removePePrefix(word);
  }

  override removeTePrefix(word: string): PrefixResult {
    const rest = word.slice(3);
    if (word.startsWith('ter') && this.find(rest)) return [rest, null];
    return super.removeTePrefix(word);
  }

  override stem(word: string): string {
    const root = super.stem(word);
    const kept = word.includes(`se${root}`) || word.includes(`nye${root}`);
    return root !== word && kept && this.find(`se${root}`) ? `se${root}` : root;
  }

  // "meng{V}"/"peng{V}": the root as it stands ("mengundang" → "undang"), else with "k" restored.
  private nasalToK(word: string): PrefixResult | null {
    const match = /^[mp]eng([aiueo].*)$/.exec(word);
    if (!match) return null;
    const rest = match[1]!;
    if (this.find(rest)) return [rest, null];
    if (this.find(`k${rest}`)) return [`k${rest}`, null];
    return null;
  }
}

const stemmer = new CorrectedStemmer();
// sastrawijs's addToDict loses `this` (a bug in 1.1.0), so write to its dictionary directly.
const dictionary = stemmer.internalDictionary as Record<string, string>;
for (const root of EXTRA_ROOTS) dictionary[root] = '';

export function stemIndonesian(token: string): string {
  // Numbers and very short tokens have no affixes worth stripping.
  if (token.length < 4 || /\d/.test(token)) return token;
  return stemmer.stem(token);
}
