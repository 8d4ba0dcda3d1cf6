/**
 * The things a sentence holds that a typed question may ask for: quantities
 * (numbers, money, percentages), dates, places, people and organisations.
 * Names come from the lexicon when it knows them and otherwise from how news
 * writes names: capitalised spans, acronyms, "PT …", a title before a name,
 * a preposition of place before a place. No entry is needed for a name the
 * bot has never seen.
 */
import { findOrdinals, findQuantities, NUMBER_WORD_ALTERNATIVES } from '../analysis/quantities.ts';
import { toTokens } from '../analysis/token.ts';
import { formatDate } from '../answer/messages.ts';
import type { Passage } from '../knowledge/passage.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';

export type EntityKind = 'number' | 'money' | 'percent' | 'ordinal' | 'date' | 'place' | 'person' | 'organisation' | 'name';

export interface Entity {
  readonly kind: EntityKind;
  /** As printed in the sentence. */
  readonly text: string;
  readonly start: number;
  /** The lexicon concept the entity names, when it is one. */
  readonly concept?: string;
}

const YEAR = /^(?:19|20)\d{2}$/;
const ORG_MARKERS =
  /^(?:PT|CV|Tbk|Group|Holding|Holdings|Corp|Corporation|Co|Company|Ltd|Limited|Inc|Bank|Industry|Industries|Industri|Association|Asosiasi|Kementerian|Ministry|Badan|Agency|Energy|Steel|Nickel|Mining|Resources|Materials|Motor|Motors|Solar|Power|Investment|Investama|Persero|Tbk\.|Council|Commission|Komisi|Dewan|Institute|Lembaga|Otoritas|Authority|Bureau|Biro|Foundation|Yayasan|University|Universitas)$/;
const PLACE_MARKERS = /^(?:Island|Pulau|Bay|Teluk|Regency|Kabupaten|Province|Provinsi|City|Kota|Kecamatan|Desa|Village|District|Port|Pelabuhan|Strait|Selat)$/;
const TITLES =
  /(?:Menteri|Menko|Menperin|Mendag|Menkeu|Presiden|Wakil Presiden|Gubernur|Bupati|Wali Kota|Direktur|Dirut|Direktur Utama|Ketua|Kepala|Deputi|Sekretaris|Duta Besar|Dubes|President|Vice President|Minister|Governor|Director|Chairman|Chairwoman|Chief|CEO|Ambassador|Deputy|Secretary|Head|Spokesperson|Juru Bicara|Jubir|Mr|Mrs|Ms|Dr|Prof|Pak|Bu|Bapak|Ibu|kata|ujar|ucap|tutur|jelas|said|says|according to|menurut)\.?\s+$/;
const PLACE_BEFORE = /(?:\b(?:di|in|at|ke|to|from|dari|near|dekat|kawasan|wilayah|daerah|region of|province of)\s+)$/i;
// "quoted from Antara", "dikutip dari Reuters": the source of a report, not a place.
const SOURCE_BEFORE = /\b(?:quoted|cited|citing|report(?:ed|s)?|according|laporan|dikutip|dilansir|mengutip|melansir|menurut|sources?|sumber)\s+(?:from|by|to|dari|oleh)?\s*$/i;
// Words written with a capital that are not names: sentence openers, days, months.
const NOT_NAMES = new Set(
  'The A An This That These Those It Its In On At For From By With And But Or As Of To After Before While When Where Which Who What Why How He She They We I Di Ke Dari Dan Yang Untuk Pada Dalam Dengan Oleh Ini Itu Saat Ketika Menurut Selain Namun Sementara Adapun Hal Sebelumnya Kemudian Selanjutnya Sejak Pada Senin Selasa Rabu Kamis Jumat Sabtu Minggu Monday Tuesday Wednesday Thursday Friday Saturday Sunday Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember January February March June July August October December Baca Read Foto Photo Tbk Rp US Indonesian Chinese Japanese American European Asian Malaysian Thai Vietnamese Korean Australian Indian Brazilian'.split(
    ' ',
  ),
);
// Capitals that are units, currencies and common abbreviations, not names.
const NOT_ACRONYM_NAMES = new Set(
  'USD US$ IDR RMB CNY EUR SGD JPY GDP PDB MW GW GWh KWh MWh EV BEV HEV PHEV MoU MoUs CEO CFO IPO JV LoI FDI PMA PMDN TKDN WIB WITA WIT YoY QoQ NPI MHP HPAL RKEF AI UU PP PMK PERPRES KTT'.split(' '),
);
const NAME_SPAN = /\b(?:PT\.?\s+)?[\p{Lu}][\p{L}\d&'.-]*(?:\s+(?:[\p{Lu}\d][\p{L}\d&'.-]*|of|and|dan|de|van|bin|binti|al))*/gu;

/** Units of a span of time; "how long" is answered by a number of them. */
export const DURATION_UNIT = 'hari|pekan|minggu|bulan|tahun|days?|weeks?|months?|years?';
const SPELLED_DURATION = new RegExp(String.raw`\b(?:${NUMBER_WORD_ALTERNATIVES})\s+(?:${DURATION_UNIT})\b`, 'gi');

// Windows overlap, and several questions read the same sentences: a sentence's entities are found once.
const cache = new WeakMap<Passage, readonly Entity[]>();

export function entitiesOf(passage: Passage, lexicon: Lexicon): readonly Entity[] {
  let found = cache.get(passage);
  if (!found) cache.set(passage, (found = findEntities(passage, lexicon)));
  return found;
}

function findEntities(passage: Passage, lexicon: Lexicon): Entity[] {
  const text = passage.text;
  const found: Entity[] = [];
  const reported = passage.dates.filter((d) => d.reporting).map((d) => d.text);
  // "enam bulan", "six months": a span of time spelled out; digits are found below.
  for (const m of text.matchAll(SPELLED_DURATION)) found.push({ kind: 'number', text: m[0], start: m.index! });
  // "ninth", "ke-12", "keempat": a rank ("kedua negara" is "both countries").
  for (const o of findOrdinals(text)) found.push({ kind: 'ordinal', text: o.text, start: o.start });
  for (const q of findQuantities(text)) {
    // "One GAC 2.0", "ACFTA 3.0", "Industry 4.0": a version in a name, not a quantity.
    if (/^\d{1,2}\.\d$/.test(q.text) && /\p{Lu}[\p{L}\d]*\s$/u.test(text.slice(Math.max(0, q.start - 30), q.start))) continue;
    const bare = q.text.replace(/\D+$/, '');
    if (q.kind === 'number' && YEAR.test(bare) && q.text === bare) {
      if (!reported.some((r) => r.includes(q.text))) found.push({ kind: 'date', text: q.text, start: q.start });
    }
    else found.push({ kind: q.kind, text: q.text, start: q.start });
  }
  // The date a statement was issued ("dalam keterangan tertulis, Kamis, 11 September 2025") is not the date of an event.
  for (const d of passage.dates) {
    if (d.reporting) continue;
    // "on Wednesday", "(15/8)": shown with the date they stand for.
    const shown = /\d{4}/.test(d.text) ? d.text : /^\(.*\)$/.test(d.text) ? formatDate(d.iso, passage.article.language) : `${d.text} (${formatDate(d.iso, passage.article.language)})`;
    found.push({ kind: 'date', text: shown, start: Math.max(0, text.indexOf(d.text)) });
  }
  for (const key of passage.concepts) {
    const kind = lexicon.kindOf(key);
    if (kind !== 'person' && kind !== 'organisation' && kind !== 'place') continue;
    const span = spanOfConcept(text, lexicon, key);
    // "Chinese" names China's people, not a place.
    // "JAKARTA –" opening the story is a dateline, not the answer to "where".
    if (span && !NOT_NAMES.has(span.text) && !isStamp(text, span.start, span.text)) found.push({ kind, ...span, concept: key });
  }
  for (const span of nameSpans(text)) if (!isLexiconName(span.text, lexicon) && !joinsNames(span.text, lexicon)) found.push(span);
  return found.sort((a, b) => a.start - b.start);
}

// "China and Indonesia": two names the lexicon knows, each found on its own, not one.
function joinsNames(name: string, lexicon: Lexicon): boolean {
  const parts = name.split(/\s+(?:and|dan)\s+/);
  return parts.length === 2 && parts.every((part) => isLexiconName(part, lexicon));
}

// A capitalised span the lexicon knows whole is read as the lexicon says:
// "Jakarta" is a place (found above), "BMAD" a duty, not a name of a party.
function isLexiconName(name: string, lexicon: Lexicon): boolean {
  const tokens = toTokens(name);
  const [match] = lexicon.match(tokens);
  return match !== undefined && match.start === 0 && match.end === tokens.length;
}

function spanOfConcept(text: string, lexicon: Lexicon, key: string): { text: string; start: number } | undefined {
  const concept = lexicon.get(key);
  if (!concept) return undefined;
  const lower = text.toLowerCase();
  for (const name of [...concept.id, ...concept.en].sort((a, b) => b.length - a.length)) {
    const at = lower.indexOf(name.toLowerCase());
    if (at >= 0) return { text: text.slice(at, at + name.length), start: at };
  }
  return undefined;
}

// Words that join a name's parts ("Bank of China", "Abdullah bin Said"), never a name's first or last word.
const JOINERS = /^(?:of|and|dan|de|van|bin|binti|al)$/;

/** Capitalised spans read as names, typed by their words and what comes before them. */
export function nameSpans(text: string): Entity[] {
  const spans: Entity[] = [];
  for (const match of text.matchAll(NAME_SPAN)) {
    let words = match[0].replace(/[.,'-]+$/, '').split(/\s+/);
    let start = match.index!;
    // "Indonesian and Chinese companies": a demonym, then a joining word, is not a name's start.
    while (words.length && (NOT_NAMES.has(words[0]!.replace(/\.$/, '')) || JOINERS.test(words[0]!))) {
      start += words[0]!.length + 1;
      words = words.slice(1);
    }
    while (words.length && JOINERS.test(words.at(-1)!)) words = words.slice(0, -1);
    const name = words.join(' ');
    // "Maret 2023" less its month is a year, not a name.
    if (!/\p{L}/u.test(name)) continue;
    // A lone capitalised word opening the sentence (or the story, after a dateline's dash) is just its first word.
    if (words.length === 1 && !isAcronym(name) && /(?:^|\s[–—-]\s*|:\s*)$/.test(text.slice(0, start))) continue;
    // A dateline or an outlet's stamp: "JAKARTA, VNA –", "PIKIRAN RAKYAT –", "KOMPAS.com -".
    if (isStamp(text, start, name) || NOT_ACRONYM_NAMES.has(name)) continue;
    spans.push({ kind: kindOfName(words, text.slice(0, start)), text: name, start });
  }
  return spans;
}

function isStamp(text: string, start: number, name: string): boolean {
  const before = text.slice(0, start);
  const shouting = name === name.toUpperCase() || /\.(?:com|co\.id|id)$/i.test(name);
  return shouting && /^[\p{Lu}\s,.()–-]*$/u.test(before) && /^[\s,]*(?:[\p{Lu}.]+[\s,]*)*[–—-]/u.test(text.slice(start + name.length));
}

function kindOfName(words: readonly string[], before: string): EntityKind {
  if (words.some((w) => ORG_MARKERS.test(w.replace(/[.,]$/, ''))) || (words.length === 1 && isAcronym(words[0]!))) return 'organisation';
  if (words.some((w) => PLACE_MARKERS.test(w)) || (PLACE_BEFORE.test(before) && !SOURCE_BEFORE.test(before))) return 'place';
  if (TITLES.test(before.slice(-40)) && words.length <= 4) return 'person';
  return 'name';
}

function isAcronym(word: string): boolean {
  return /^[\p{Lu}]{2,6}\d?$/u.test(word) || /^[\p{Lu}][\p{Lu}\d&-]{1,7}$/u.test(word);
}

/** Entity kinds that answer each wanted kind; unnamed capitalised spans answer any name question. */
export const ANSWERS: Readonly<Record<'number' | 'date' | 'place' | 'person' | 'organisation', ReadonlySet<EntityKind>>> = {
  number: new Set(['number', 'money', 'percent']),
  date: new Set(['date']),
  place: new Set(['place']),
  person: new Set(['person', 'organisation', 'name']),
  organisation: new Set(['organisation', 'name']),
};
