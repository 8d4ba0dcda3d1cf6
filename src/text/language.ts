/**
 * Detects whether a question is Indonesian or English. Chat questions are
 * short, where character-trigram models guess badly, so the decision is made
 * first on words whose language is certain — question words, function words,
 * and the lexicon's language-specific names — and only then on trigrams
 * (franc, restricted to the two languages). Accuracy on short queries is
 * measured in test/src/text/language.test.ts.
 */
import { franc } from 'franc-min';
import type { Language } from '../corpus/article.ts';
import { normalize } from './normalize.ts';
import { STOPWORDS_EN, STOPWORDS_ID } from './stopwords.ts';
import { tokenize } from './tokenize.ts';

// Words that open or frame a question, and the bot's own command words:
// the strongest evidence there is.
const QUESTION_WORDS: Record<Language, ReadonlySet<string>> = {
  id: new Set(['apa', 'apakah', 'siapa', 'siapakah', 'kapan', 'dimana', 'mana', 'bagaimana', 'mengapa', 'kenapa', 'berapa', 'ringkas', 'ringkaskan', 'rangkum', 'jelaskan', 'sebutkan', 'tolong', 'mohon', 'saja', 'yang', 'dengan', 'dan', 'bantuan', 'panduan', 'sumber', 'kronologi', 'linimasa', 'ringkasan']),
  en: new Set(['what', 'which', 'who', 'whom', 'whose', 'when', 'where', 'why', 'how', 'summarize', 'summarise', 'explain', 'list', 'tell', 'please', 'the', 'with', 'and', 'is', 'are', 'was', 'were', 'did', 'does', 'help', 'sources', 'timeline', 'summary']),
};

export interface LanguageVocabulary {
  /** Words that occur only in one language's names in the lexicon. */
  readonly id: ReadonlySet<string>;
  readonly en: ReadonlySet<string>;
}

const EMPTY_VOCABULARY: LanguageVocabulary = { id: new Set(), en: new Set() };

export function detectLanguage(text: string, fallback: Language, vocabulary = EMPTY_VOCABULARY): Language {
  const tokens = tokenize(normalize(text));
  const id = score(tokens, 'id', vocabulary.id);
  const en = score(tokens, 'en', vocabulary.en);
  if (id !== en) return id > en ? 'id' : 'en';
  return byTrigrams(text) ?? fallback;
}

function score(tokens: readonly string[], language: Language, names: ReadonlySet<string>): number {
  const stopwords = language === 'id' ? STOPWORDS_ID : STOPWORDS_EN;
  let total = 0;
  for (const token of tokens) {
    if (QUESTION_WORDS[language].has(token)) total += 3;
    else if (stopwords.has(token)) total += 2;
    else if (names.has(token)) total += 1;
  }
  return total;
}

function byTrigrams(text: string): Language | undefined {
  // Under a dozen letters, trigram statistics are noise.
  if (text.replace(/[^\p{L}]/gu, '').length < 12) return undefined;
  const code = franc(text, { only: ['ind', 'eng'], minLength: 1 });
  if (code === 'ind') return 'id';
  if (code === 'eng') return 'en';
  return undefined;
}
