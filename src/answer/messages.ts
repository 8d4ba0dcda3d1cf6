/**
 * Every fixed phrase the bot says, in both languages. Intents and renderers
 * take their words from here so a reply never mixes languages by accident.
 */
import type { Language } from '../corpus/article.ts';

const MONTHS = {
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
} as const;

export const MESSAGES = {
  id: {
    answer: 'Jawaban',
    sources: 'Sumber',
    about: 'sekitar',
    abstainHeadline: 'Artikel yang saya miliki tidak membahas hal itu.',
    abstainHint: 'Saya menjawab dari berita tentang kerja sama industri Indonesia–Tiongkok. Coba tanyakan:',
    mineralsHeadline: 'Mineral yang disebut berpotensi besar untuk hilirisasi:',
    mineralsAlso: 'Juga disebut dalam konteks hilirisasi:',
    meetingsHeadline: 'Pertemuan yang dilaporkan artikel:',
    meeting: 'Pertemuan',
    meetingWhen: 'Kapan',
    meetingWhere: 'Di mana',
    meetingWho: 'Siapa',
    meetingPoints: 'Pokok pembahasan',
    andMore: (n: number) => `dan ${n} lainnya`,
    agreementsHeadline: 'Nota kesepahaman (MoU) yang dilaporkan artikel:',
    agreementWhen: 'Ditandatangani',
    agreementWhere: 'Tempat/acara',
    agreementWho: 'Pihak',
    agreementScope: 'Ruang lingkup',
    agreementDetails: 'Rincian',
    whoIsUnknown: 'Artikel tidak menyebut jabatan orang ini; kalimat yang menyebut namanya:',
    whoIsAuthor: (name: string, n: number) => `${name} adalah penulis ${n === 1 ? 'artikel' : `${n} artikel`} dalam korpus.`,
    timelineHeadline: 'Kronologi menurut artikel:',
    dateUnknown: 'tanggal tidak disebut',
    sourcesHeadline: (n: number) => `Korpus berisi ${n} artikel:`,
    generalHeadline: 'Menurut artikel:',
    helpHeadline: 'Saya menjawab pertanyaan tentang kerja sama industri Indonesia–Tiongkok dari artikel berita, selalu dengan sumber.',
    helpCan: 'Yang bisa saya jawab:',
    helpTopics: [
      'mineral yang diprioritaskan untuk hilirisasi',
      'ringkasan pertemuan (siapa, kapan, di mana, apa yang dibahas)',
      'isi MoU dan kapan ditandatangani',
      'siapa seseorang (jabatan dan lembaga)',
      'kronologi peristiwa',
      'daftar sumber artikel',
    ],
    examples: 'Contoh pertanyaan:',
    apology: 'Maaf, terjadi kesalahan saat menyiapkan jawaban. Silakan coba lagi sebentar lagi.',
    rateLimited: (perMinute: number) => `Pertanyaan Anda terlalu banyak: paling banyak ${perMinute} per menit. Silakan coba lagi sebentar lagi.`,
    tooLong: (max: number) => `Pertanyaan terlalu panjang: paling banyak ${max.toLocaleString('id-ID')} karakter. Mohon persingkat.`,
    exampleQuestions: [
      'Mineral apa yang berpotensi besar untuk hilirisasi?',
      'Ringkas pertemuan Kemenperin dengan UNIDO',
      'Apa cakupan MoU Kemenperin dan MIIT?',
    ],
  },
  en: {
    answer: 'Answer',
    sources: 'Sources',
    about: 'about',
    abstainHeadline: "The articles I have don't cover that.",
    abstainHint: 'I answer from news articles on Indonesia–China industrial cooperation. Try asking:',
    mineralsHeadline: 'Minerals named as having great potential for downstreaming:',
    mineralsAlso: 'Also mentioned in connection with downstreaming:',
    meetingsHeadline: 'Meetings the articles report:',
    meeting: 'Meeting',
    meetingWhen: 'When',
    meetingWhere: 'Where',
    meetingWho: 'Who',
    meetingPoints: 'Points made',
    andMore: (n: number) => `and ${n} more`,
    agreementsHeadline: 'Memoranda of understanding (MoUs) the articles report:',
    agreementWhen: 'Signed',
    agreementWhere: 'Place/occasion',
    agreementWho: 'Parties',
    agreementScope: 'Scope',
    agreementDetails: 'Details',
    whoIsUnknown: "The articles don't state this person's role; the sentences that name them:",
    whoIsAuthor: (name: string, n: number) => `${name} is the author of ${n === 1 ? 'an article' : `${n} articles`} in the corpus.`,
    timelineHeadline: 'Timeline according to the articles:',
    dateUnknown: 'date not given',
    sourcesHeadline: (n: number) => `The corpus holds ${n} article${n === 1 ? '' : 's'}:`,
    generalHeadline: 'According to the articles:',
    helpHeadline: 'I answer questions about Indonesia–China industrial cooperation from news articles, always with sources.',
    helpCan: 'What I can answer:',
    helpTopics: [
      'which minerals are prioritised for downstreaming',
      'meeting summaries (who, when, where, what was discussed)',
      'what an MoU covers and when it was signed',
      'who someone is (role and organisation)',
      'a timeline of events',
      'the list of source articles',
    ],
    examples: 'Example questions:',
    apology: 'Sorry, something went wrong while preparing the answer. Please try again in a moment.',
    rateLimited: (perMinute: number) => `You are asking too fast: at most ${perMinute} questions a minute. Please try again in a moment.`,
    tooLong: (max: number) => `That question is too long: at most ${max.toLocaleString('en-US')} characters. Please shorten it.`,
    exampleQuestions: [
      'Which minerals have great potential for downstreaming?',
      'Summarise the meeting between the Ministry of Industry and UNIDO',
      'What does the MoU with MIIT cover?',
    ],
  },
} as const;

export type Messages = (typeof MESSAGES)[Language];

export function messages(language: Language): Messages {
  return MESSAGES[language];
}

/** "2023-09-08" → "8 September 2023"; "2023-11" → "November 2023". */
export function formatDate(iso: string, language: Language): string {
  const [year, month, day] = iso.split('-');
  if (!month) return year ?? iso;
  const monthName = MONTHS[language][Number(month) - 1] ?? month;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}
