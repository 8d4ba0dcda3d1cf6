/**
 * Who someone is: the role and organisation the articles give them. The
 * person is a lexicon person or a name taken from the question; the role is a
 * lexicon role named within a few words of the name in a corpus sentence, so
 * the headline states only what a cited sentence says.
 */
import type { Line, Section } from '../answer/answer.ts';
import { Citations } from '../answer/citations.ts';
import { messages } from '../answer/messages.ts';
import { toTokens, type Token } from '../analysis/token.ts';
import type { Knowledge } from '../knowledge/knowledge.ts';
import type { Passage } from '../knowledge/passage.ts';
import type { Article, Language } from '../corpus/article.ts';
import type { QuoteCut } from '../answer/short-quote.ts';
import { buildAnswer, newestPassages, surfaceOf, type IntentContext, type IntentHandler } from './intent.ts';
import { describeRole } from './roles.ts';

// How far from the name a role may stand and still be that person's role.
const ROLE_WINDOW = 14;
const MAX_QUOTES = 3;
// A quote is cut around the name when longer; so are the sentences naming an author's articles.
const QUOTE_CHARS = 240;
const MAX_AUTHORED = 3;
// In a large corpus a minister is named in thousands of sentences; the newest say who they are now.
const MAX_CONSIDERED = 30;

interface Target {
  readonly name: string;
  readonly concept?: string;
  readonly tokens: readonly string[];
}

export const whoIs: IntentHandler = (context) => {
  const target = findTarget(context);
  if (!target) return undefined;
  const { knowledge, question } = context;
  const passages = newestPassages(passagesNaming(knowledge, target), MAX_CONSIDERED);
  const authored = authorsIn(knowledge).filter((a) => sameName(a.words, target.tokens)).map((a) => a.article);
  if (passages.length === 0 && authored.length === 0) return undefined;
  const citations = new Citations();
  const cut = (p: Passage): QuoteCut => {
    const focus = nameIn(knowledge, p.text, target);
    return { max: QUOTE_CHARS, ...(focus && { focus }) };
  };
  const roles = passages.map((p) => ({ passage: p, role: roleNear(knowledge, p, target, question.language) }));
  const withRole = roles.filter((r) => r.role);
  const sections: Section[] = [];
  let headline: string;
  if (withRole.length > 0) {
    const described = withRole[0]!.role!;
    headline = target.name;
    const quoted = [...withRole, ...roles.filter((r) => !r.role)].slice(0, MAX_QUOTES);
    sections.push({ kind: 'quotes', quotes: quoted.map((r) => citations.quote(r.passage, cut(r.passage))) });
    // The headline's claim cites every sentence that states the role.
    const stating = withRole.slice(0, MAX_QUOTES).map((r) => citations.cite(r.passage, cut(r.passage)));
    sections.unshift({ kind: 'paragraph', line: { text: described, cites: [...new Set(stating)] } });
  } else {
    headline = target.name;
    if (passages.length) {
      sections.push({ kind: 'quotes', title: messages(question.language).whoIsUnknown, quotes: passages.slice(0, MAX_QUOTES).map((p) => citations.quote(p, cut(p))) });
    }
  }
  if (authored.length) sections.push(authorLine(knowledge, authored.map((a) => a.id), target.name, question.language, citations));
  return buildAnswer(context, 'who-is', headline, sections, citations);
};

function findTarget({ question, knowledge }: IntentContext): Target | undefined {
  const person = question.matches.find((m) => knowledge.lexicon.kindOf(m.key) === 'person');
  if (person) {
    return { name: knowledge.lexicon.name(person.key, question.language), concept: person.key, tokens: question.tokens.slice(person.start, person.end).map((t) => t.surface) };
  }
  const name = nameInQuestion(question.text);
  return name ? { name, tokens: toTokens(name).map((t) => t.surface) } : undefined;
}

// "Who is Rendy Bimantara?" / "Siapa itu Tri Supondy?" → the name after the question words.
function nameInQuestion(text: string): string | undefined {
  const match = /^\s*(?:who\s+(?:is|was|are)|siapa(?:kah)?(?:\s+(?:itu|sebenarnya|sosok))?)\s+(.+?)\s*\??\s*$/iu.exec(text);
  const name = match?.[1]?.replace(/^(?:the|mr\.?|mrs\.?|ms\.?|dr\.?|bapak|pak|ibu|bu)\s+/i, '').trim();
  return name && name.length <= 60 ? name : undefined;
}

function passagesNaming(knowledge: Knowledge, target: Target): readonly Passage[] {
  if (target.concept) return knowledge.mentioning(target.concept);
  const groups = target.tokens.map((t) => {
    const terms = toTokens(t).flatMap((x) => [x.surface, x.id, x.en]);
    return { terms, phrases: [[terms]], source: t, required: true };
  });
  return knowledge.index
    .search(groups, { limit: 20 })
    .filter((h) => sameNameIn(h.passage.text, target.tokens))
    .map((h) => h.passage);
}

// How the sentence spells the person's name, to keep it when the sentence is cut.
function nameIn(knowledge: Knowledge, text: string, target: Target): string | undefined {
  if (target.concept) return surfaceOf(knowledge.lexicon, target.concept, text);
  const at = text.toLowerCase().indexOf(target.name.toLowerCase());
  return at >= 0 ? text.slice(at, at + target.name.length) : undefined;
}

function roleNear(knowledge: Knowledge, passage: Passage, target: Target, language: Language): string | undefined {
  const lexicon = knowledge.lexicon;
  const tokens = toTokens(passage.text);
  const at = nameAt(tokens, target, knowledge);
  if (at < 0) return undefined;
  const matches = lexicon.match(tokens);
  const roles = matches.filter((m) => lexicon.kindOf(m.key) === 'role' && Math.abs(m.start - at) <= ROLE_WINDOW);
  if (roles.length === 0) return undefined;
  const role = roles.sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))[0]!;
  // The organisation named right after the role ("Managing Director UNIDO").
  const org = matches.find((m) => lexicon.kindOf(m.key) === 'organisation' && m.start >= role.end && m.start - role.end <= 8);
  const person = target.concept ? lexicon.get(target.concept) : undefined;
  const orgKey = org?.key ?? (person?.role === role.key ? person.org : undefined);
  return describeRole(lexicon, role.key, orgKey, language);
}

function nameAt(tokens: readonly Token[], target: Target, knowledge: Knowledge): number {
  if (target.concept) {
    const match = knowledge.lexicon.match(tokens).find((m) => m.key === target.concept);
    return match ? match.start : -1;
  }
  return tokens.findIndex((t) => t.surface === target.tokens[0]);
}

export interface Authored {
  readonly article: Article;
  readonly words: readonly string[];
}

export function authorsIn(knowledge: Knowledge): Authored[] {
  return knowledge.view('authors', (k) => authorsOf(k.articles), (authored, added) => [...authored, ...authorsOf(added)]);
}

function authorsOf(articles: readonly Article[]): Authored[] {
  return articles.flatMap((article) => (article.author ? [{ article, words: toTokens(article.author).map((t) => t.surface) }] : []));
}

function sameName(words: readonly string[], tokens: readonly string[]): boolean {
  return tokens.length > 0 && tokens.every((t) => words.includes(t));
}

function sameNameIn(text: string, tokens: readonly string[]): boolean {
  const words = new Set(toTokens(text).map((t) => t.surface));
  return tokens.every((t) => words.has(t));
}

function authorLine(knowledge: Knowledge, ids: string[], name: string, language: Language, citations: Citations): Section {
  const openings = ids.slice(0, MAX_AUTHORED).flatMap((id) => knowledge.passagesOfArticle(id).slice(0, 1));
  const cites = citations.citeAll(openings, { max: QUOTE_CHARS });
  const line: Line = { text: messages(language).whoIsAuthor(name, ids.length), cites };
  return { kind: 'paragraph', line };
}
