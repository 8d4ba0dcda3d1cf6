/**
 * Finds lexicon names in token sequences: longest match first, no overlaps.
 * An alias token matches a text token when its surface or its stem (in the
 * alias's language) equals the text token's surface or either stem, so
 * "lithium battery" matches "Lithium Battery" in an Indonesian article and
 * "baterai litium" matches "baterai lithium" through the lexicon's aliases.
 */
import type { Language } from '../corpus/article.ts';
import type { Token } from '../analysis/token.ts';
import { toTokens } from '../analysis/token.ts';
import { isStopword } from '../text/stopwords.ts';

export interface ConceptMatch {
  readonly key: string;
  /** Token positions [start, end). */
  readonly start: number;
  readonly end: number;
}

interface AliasToken {
  readonly surface: string;
  readonly stem: string;
}

interface Alias {
  readonly key: string;
  readonly tokens: readonly AliasToken[];
}

export class PhraseMatcher {
  private readonly byFirstToken = new Map<string, Alias[]>();

  add(key: string, name: string, language: Language): void {
    // A stem that is a function word ("permohonan" → "mohon", as in "mohon
    // maaf") means nothing on its own: such a word matches only as written.
    const tokens = toTokens(name).map((t) => ({ surface: t.surface, stem: t.surface !== t[language] && isStopword(t[language], language) ? t.surface : t[language] }));
    const first = tokens[0];
    if (!first) return;
    const alias: Alias = { key, tokens };
    for (const k of new Set([first.surface, first.stem])) {
      const list = this.byFirstToken.get(k) ?? [];
      list.push(alias);
      this.byFirstToken.set(k, list);
    }
  }

  /**
   * Every name at every position, nested ones included ("baterai" inside
   * "baterai lithium"): for indexing, where a passage about lithium batteries
   * is also about batteries.
   */
  matchNested(tokens: readonly Token[]): ConceptMatch[] {
    const matches: ConceptMatch[] = [];
    for (let start = 0; start < tokens.length; start++) {
      for (const k of candidateKeys(tokens[start]!)) {
        for (const alias of this.byFirstToken.get(k) ?? []) {
          const end = start + alias.tokens.length;
          if (end <= tokens.length && aliasMatches(alias, tokens, start)) matches.push({ key: alias.key, start, end });
        }
      }
    }
    return matches;
  }

  match(tokens: readonly Token[]): ConceptMatch[] {
    const matches: ConceptMatch[] = [];
    for (let i = 0; i < tokens.length; ) {
      const best = this.longestAt(tokens, i);
      if (best) {
        matches.push(best);
        i = best.end;
      } else {
        i += 1;
      }
    }
    return matches;
  }

  private longestAt(tokens: readonly Token[], start: number): ConceptMatch | undefined {
    const token = tokens[start]!;
    let best: ConceptMatch | undefined;
    for (const k of candidateKeys(token)) {
      for (const alias of this.byFirstToken.get(k) ?? []) {
        const end = start + alias.tokens.length;
        if (best && end <= best.end) continue;
        if (end <= tokens.length && aliasMatches(alias, tokens, start)) best = { key: alias.key, start, end };
      }
    }
    return best;
  }
}

// The token's distinct forms; an array, not a Set: this runs for every token
// of every sentence at index time.
function candidateKeys(token: Token): string[] {
  const keys = [token.surface];
  if (token.id !== token.surface) keys.push(token.id);
  if (token.en !== token.surface && token.en !== token.id) keys.push(token.en);
  return keys;
}

function aliasMatches(alias: Alias, tokens: readonly Token[], start: number): boolean {
  return alias.tokens.every((a, offset) => {
    const t = tokens[start + offset]!;
    return [a.surface, a.stem].some((k) => k === t.surface || k === t.id || k === t.en);
  });
}
