/**
 * Sentence splitting on ICU's rules (Intl.Segmenter), then re-joining the
 * breaks ICU makes after abbreviations and initials ("UU No. 3", "Mr. Wang",
 * "Eko S.A. Cahyanto"), which would otherwise cut a cited quote in half.
 *
 * Sentences are slices of the paragraph, which V8 stores as views of the
 * paragraph rather than copies: at 50k articles that is tens of megabytes.
 */
const segmenter = new Intl.Segmenter('id', { granularity: 'sentence' });

// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATION = /(?:^|[\s(])(?:no|nr|mr|mrs|ms|dr|prof|ir|jl|st|hj?|kh|drs|tbk|pt|p\.r|u\.s|a\.n|vs|approx|art|pasal|ayat)\.\s*$/i;
const INITIAL = /(?:^|[\s.])\p{Lu}\.\s*$/u;

export function splitSentences(paragraph: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const { index, segment } of segmenter.segment(paragraph)) {
    const end = index + segment.length;
    const candidate = paragraph.slice(start, end);
    if (end < paragraph.length && (ABBREVIATION.test(candidate) || INITIAL.test(candidate))) continue;
    const sentence = trimmedSlice(paragraph, start, end);
    if (sentence) sentences.push(sentence);
    start = end;
  }
  return sentences;
}

// paragraph.slice(...).trim() would copy; slicing at the trimmed bounds does not.
function trimmedSlice(text: string, start: number, end: number): string {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return text.slice(start, end);
}
