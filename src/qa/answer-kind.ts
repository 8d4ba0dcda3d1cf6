/**
 * The kind of answer a question asks for, read from its question words in
 * either language: "berapa"/"how much" wants a number, "kapan"/"when" a date,
 * "di mana"/"where" a place, "siapa"/"who" a person or organisation,
 * "which company"/"perusahaan apa" an organisation, "mengapa"/"why" a reason.
 * A question may ask for several ("where was it held, and who led it?").
 */
import type { Question } from '../question.ts';

export type WantedKind = 'number' | 'date' | 'place' | 'person' | 'organisation' | 'reason' | 'list' | 'yesno';

const words = (list: string) => new Set(list.split(' '));

// Measures: "what is the capacity", "what was the surplus" want a number.
const MEASURE = words('capacity kapasitas value nilai cost biaya price harga amount jumlah size luas volume share pangsa total surplus deficit defisit percentage persentase');
// Quantities that are reported as figures over a period.
const FLOWS = words('exports imports export import investment investments output production sales revenue revenues profit profits surplus deficit growth inflow inflows');
const DATE = words('kapan when tanggal date tahun year day hari sejak since');
const WHO = words('who siapa siapakah whom');
const REASON = words('why mengapa kenapa alasan reason reasons');
const YESNO_START = /^\s*(?:did|does|do|is|are|was|were|has|have|can|will|apakah|apa benar)\b/i;
const YESNO_END = /\b(?:tidak|belum|or not|atau tidak|atau belum)\s*\?*\s*$/i;
// "how much/how many/how big", "what capacity", "berapa".
/** A question for a rank: "urutan ke berapa", "what rank", "peringkat". */
export const RANK = /\b(?:ke\s*berapa|urutan|rank(?:ed|ing)?|peringkat|what place|which place|posisi ke)\b/i;
const HOW = /\b(?:how (?:much|many|big|large|long|far)|what (?:capacity|percentage|share|value|amount|size))\b/i;

export function wantedKinds(question: Question): Set<WantedKind> {
  const kinds = new Set<WantedKind>();
  const surfaces = question.tokens.map((t) => t.surface);
  const has = (set: ReadonlySet<string>) => surfaces.some((s) => set.has(s));
  const text = question.text;
  if (HOW.test(text) || surfaces.some((s) => s === 'berapa' || s === 'berapakah' || s === 'seberapa')) kinds.add('number');
  if (/^\s*(?:what|apa)\b/i.test(text) && has(MEASURE)) kinds.add('number');
  // "What were Indonesia's exports to China in October?" asks for the figure; "what are its main exports?" for goods.
  if (/^\s*what (?:was|were|is|are)\b/i.test(text) && has(FLOWS) && !/\b(?:main|major|top|key|chief|kinds?|types?|which)\b/i.test(text)) kinds.add('number');
  if (RANK.test(text)) kinds.add('number');
  // "When…?" asks for a date; "what was discussed when he visited?" does not.
  if (has(DATE) && /(?:^\s*|[,;]\s*|\b(?:and|dan)\s+)when\b|\b(?:kapan|tanggal berapa|tanggal|what date|which day|what year|tahun berapa|since when|until when|till when|sampai kapan|hingga kapan|hari apa|what day)\b/i.test(text)) kinds.add('date');
  if (/\b(?:where|di ?mana|ke ?mana|dari mana|lokasi|location|which (?:city|province|island|region|country|countries)|negara (?:mana|apa))\b/i.test(text)) kinds.add('place');
  if (has(WHO)) kinds.add('person');
  if (/\b(?:which|what)\s+(?:\w+\s+){0,2}(?:company|companies|firm|firms|bank|banks|contractor|partner|partners|state firm|group|factory|factories|plants?|smelters?|refinery|refineries)\b|\b(?:perusahaan|pabrik|smelter|bank|produsen|kontraktor)(?:\s+\w+){0,2}\s+(?:apa|mana)\b|\bmitra(?:nya)?\b|\bpartner\b|\bwith which\b|\bdengan siapa\b|\bsama siapa\b/i.test(text)) kinds.add('organisation');
  if (has(REASON)) kinds.add('reason');
  if (/\b(?:apa saja|siapa saja|mana saja|what are the|which .*s\b|list)\b/i.test(text) && !kinds.has('number')) kinds.add('list');
  if (YESNO_START.test(text) || YESNO_END.test(text)) kinds.add('yesno');
  return kinds;
}

/** Kinds that a quoted window must hold an instance of, or the question is not answered. */
export const TYPED: ReadonlySet<WantedKind> = new Set(['number', 'date', 'place', 'person', 'organisation']);
