/**
 * Sentence splitting on ICU's rules (Intl.Segmenter), then re-joining the
 * breaks ICU makes after abbreviations and initials ("UU No. 3", "Mr. Wang",
 * "Eko S.A. Cahyanto"), which would otherwise cut a cited quote in half.
 */
const segmenter = new Intl.Segmenter('id', { granularity: 'sentence' });

// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATION = /(?:^|[\s(])(?:no|nr|mr|mrs|ms|dr|prof|ir|jl|st|hj?|kh|drs|tbk|pt|p\.r|u\.s|a\.n|vs|approx|art|pasal|ayat)\.$/i;
const INITIAL = /(?:^|[\s.])\p{Lu}\.$/u;

export function splitSentences(paragraph: string): string[] {
  const sentences: string[] = [];
  let pending = '';
  for (const { segment } of segmenter.segment(paragraph)) {
    pending += segment;
    const trimmed = pending.trimEnd();
    if (ABBREVIATION.test(trimmed) || INITIAL.test(trimmed)) continue;
    if (trimmed) sentences.push(trimmed.trim());
    pending = '';
  }
  if (pending.trim()) sentences.push(pending.trim());
  return sentences;
}
