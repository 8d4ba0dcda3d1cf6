/**
 * Tokenisation for Indonesian and English. Keeps decimal numbers whole
 * ("5,20", "3.0"), folds Indonesian reduplication ("perusahaan-perusahaan"),
 * joins the "non-" prefix ("non-migas" → "nonmigas") and drops the English
 * possessive ("China's" → "china"). Input must already be normalised.
 */

// A number with optional decimal or thousands separators, or a word that may
// contain inner hyphens or apostrophes.
const TOKEN = /\d+(?:[.,]\d+)*|[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu;

export function tokenize(normalised: string): string[] {
  const tokens: string[] = [];
  for (const match of normalised.matchAll(TOKEN)) {
    for (const token of splitWord(match[0])) tokens.push(token);
  }
  return tokens;
}

function splitWord(word: string): string[] {
  const bare = word.replace(/'s$/, '').replace(/'/g, '');
  if (!bare.includes('-')) return bare ? [bare] : [];
  const parts = bare.split('-').filter(Boolean);
  if (parts.length === 2 && parts[0] === parts[1]) return [parts[0]!];
  if (parts[0] === 'non' && parts.length > 1) return [parts.slice(0, 2).join(''), ...parts.slice(2)];
  return parts;
}
