/**
 * Telegram-only phrases in both languages: the /start welcome, command
 * descriptions, usage hints, the "More sources" button, the subscription and
 * /ingest notices, and the frame of a notification. Everything the
 * core also says (apology, rate limit, too long, help) stays in
 * src/answer/messages.ts; nothing here duplicates it.
 *
 * Hazard: these strings are plain text. Whoever puts them into a message
 * escapes them (send.ts `plain`, render-html.ts); `<question>` in a command
 * description is not a tag.
 */
import type { Language } from '../../src/corpus/article.ts';
import type { CommandName } from './commands.ts';

export type LangChoice = Language | 'auto';

interface Phrases {
  readonly welcome: string;
  readonly welcomeGroup: (username: string) => string;
  readonly welcomeFooter: string;
  readonly commandsTitle: string;
  readonly commands: Readonly<Record<CommandName, string>>;
  readonly askUsage: string;
  readonly summaryUsage: string;
  readonly langUsage: (current: LangChoice) => string;
  readonly langSet: Readonly<Record<LangChoice, string>>;
  readonly unknownCommand: string;
  readonly moreSources: (count: number) => string;
  readonly moreSourcesTitle: string;
  readonly staleButton: string;
  /** The quiet acknowledgement of a 👍/👎 (answerCallbackQuery, ≤ 200 characters). */
  readonly voteThanks: (vote: 'up' | 'down') => string;
  readonly voteChanged: (vote: 'up' | 'down') => string;
  readonly subscriptionsUnavailable: string;
  readonly groupAdminsOnly: string;
  readonly langAdminsOnly: string;
  readonly ingestUnavailable: string;
  readonly ingestAdminsOnly: string;
  readonly ingestUsage: string;
  readonly ingestBusy: string;
  readonly ingestWorking: (url: string) => string;
  readonly notification: NotificationPhrases;
}

/** Telegram's own words around a notification; its headings are the core's (src/updates/messages.ts). */
interface NotificationPhrases {
  readonly readArticle: string;
  readonly more: (count: number) => string;
  readonly manage: string;
}

const LANGUAGE_NAMES = {
  id: { id: 'bahasa Indonesia', en: 'bahasa Inggris', auto: 'otomatis (mengikuti bahasa pertanyaan)' },
  en: { id: 'Indonesian', en: 'English', auto: 'automatic (follows each question)' },
} as const;

export const PHRASES: Readonly<Record<Language, Phrases>> = {
  id: {
    welcome:
      'Halo! Saya menjawab pertanyaan tentang kerja sama industri Indonesia–Tiongkok dari artikel berita, selalu dengan sumber. Bertanyalah dalam bahasa Indonesia atau Inggris, misalnya:',
    welcomeGroup: (username) => `Di grup, sebut saya (@${username}) atau balas pesan saya.`,
    welcomeFooter: '/help menampilkan yang bisa saya jawab; /lang mengatur bahasa jawaban.',
    commandsTitle: 'Perintah:',
    commands: {
      start: 'Sambutan dan contoh pertanyaan',
      help: 'Yang bisa saya jawab',
      ask: 'Ajukan pertanyaan: /ask <pertanyaan>',
      minerals: 'Mineral prioritas hilirisasi',
      meetings: 'Pertemuan yang dilaporkan artikel',
      summary: 'Ringkasan pertemuan: /summary <pertemuan mana>',
      agreements: 'Nota kesepahaman (MoU) yang dilaporkan',
      timeline: 'Kronologi peristiwa',
      sources: 'Daftar artikel sumber',
      lang: 'Bahasa jawaban: /lang id, en atau auto',
      subscribe: 'Langganan artikel baru: /subscribe [topik] [instant|daily]',
      unsubscribe: 'Berhenti berlangganan: /unsubscribe <topik|nomor|all>',
      subscriptions: 'Langganan obrolan ini',
      ingest: 'Tambahkan artikel dari alamatnya (admin): /ingest <url>',
    },
    askUsage: 'Tulis pertanyaan Anda setelah /ask, misalnya: /ask Mineral apa yang diprioritaskan untuk hilirisasi?',
    summaryUsage: 'Sebutkan pertemuannya setelah /summary, misalnya: /summary UNIDO. /meetings menampilkan pertemuan yang dilaporkan artikel.',
    langUsage: (current) => `Bahasa jawaban: ${LANGUAGE_NAMES.id[current]}. Ubah dengan /lang id, /lang en atau /lang auto.`,
    langSet: {
      id: 'Baik, saya akan menjawab dalam bahasa Indonesia.',
      en: 'Baik, saya akan menjawab dalam bahasa Inggris.',
      auto: 'Baik, saya akan menjawab dalam bahasa setiap pertanyaan.',
    },
    unknownCommand: 'Saya tidak mengenal perintah itu. /help menampilkan yang bisa saya jawab.',
    moreSources: (count) => `Sumber lain (${count})`,
    moreSourcesTitle: 'Sumber lain',
    staleButton: 'Tombol ini sudah kedaluwarsa. Silakan ajukan pertanyaannya lagi.',
    voteThanks: (vote) => (vote === 'up' ? 'Terima kasih! 👍 dicatat.' : 'Terima kasih! 👎 dicatat; operator akan meninjau jawaban ini.'),
    voteChanged: (vote) => `Penilaian diubah menjadi ${vote === 'up' ? '👍' : '👎'}.`,
    subscriptionsUnavailable: 'Langganan tidak tersedia di bot ini.',
    groupAdminsOnly: 'Hanya admin grup yang dapat mengubah langganan grup ini. /subscriptions menampilkan langganannya.',
    langAdminsOnly: 'Hanya admin grup yang dapat mengubah bahasa grup ini.',
    ingestUnavailable: 'Penambahan artikel tidak tersedia di bot ini.',
    ingestAdminsOnly: 'Hanya admin bot yang boleh menambahkan artikel.',
    ingestUsage: 'Berikan tepat satu alamat http(s), misalnya: /ingest https://contoh.id/berita',
    ingestBusy: 'Artikel lain masih sedang ditambahkan. Kirim alamat ini lagi setelah selesai.',
    ingestWorking: (url) => `Sedang diproses: mengambil ${url} …`,
    notification: {
      readArticle: 'Baca artikel',
      more: (count) => `… dan ${count} artikel lainnya`,
      manage: 'Atur langganan: /subscriptions, /unsubscribe',
    },
  },
  en: {
    welcome:
      'Hello! I answer questions about Indonesia–China industrial cooperation from news articles, always with sources. Ask in English or Indonesian, for example:',
    welcomeGroup: (username) => `In groups, mention me (@${username}) or reply to my messages.`,
    welcomeFooter: '/help lists what I can answer; /lang sets my reply language.',
    commandsTitle: 'Commands:',
    commands: {
      start: 'Welcome and example questions',
      help: 'What I can answer',
      ask: 'Ask a question: /ask <question>',
      minerals: 'Minerals prioritised for downstreaming',
      meetings: 'Meetings the articles report',
      summary: 'Summary of a meeting: /summary <which meeting>',
      agreements: 'Memoranda of understanding (MoUs) reported',
      timeline: 'Timeline of events',
      sources: 'The source articles',
      lang: 'Reply language: /lang id, en or auto',
      subscribe: 'New articles as they arrive: /subscribe [topic] [instant|daily]',
      unsubscribe: 'Stop a subscription: /unsubscribe <topic|number|all>',
      subscriptions: "This chat's subscriptions",
      ingest: 'Add an article by its address (admins): /ingest <url>',
    },
    askUsage: 'Write your question after /ask, for example: /ask Which minerals are prioritised for downstreaming?',
    summaryUsage: 'Name the meeting after /summary, for example: /summary UNIDO. /meetings lists the meetings the articles report.',
    langUsage: (current) => `Reply language: ${LANGUAGE_NAMES.en[current]}. Change it with /lang id, /lang en or /lang auto.`,
    langSet: {
      id: 'OK, I will reply in Indonesian.',
      en: 'OK, I will reply in English.',
      auto: 'OK, I will reply in the language of each question.',
    },
    unknownCommand: "I don't know that command. /help lists what I can answer.",
    moreSources: (count) => `More sources (${count})`,
    moreSourcesTitle: 'More sources',
    staleButton: 'This button has expired. Please ask the question again.',
    voteThanks: (vote) => (vote === 'up' ? 'Thanks! 👍 noted.' : 'Thanks! 👎 noted; the operators will review this answer.'),
    voteChanged: (vote) => `Vote changed to ${vote === 'up' ? '👍' : '👎'}.`,
    subscriptionsUnavailable: 'Subscriptions are not available on this bot.',
    groupAdminsOnly: "Only the group's admins can change its subscriptions. /subscriptions lists them.",
    langAdminsOnly: "Only the group's admins can change its language.",
    ingestUnavailable: 'Adding articles is not available on this bot.',
    ingestAdminsOnly: 'Only the bot’s admins may add articles.',
    ingestUsage: 'Give exactly one http(s) address, for example: /ingest https://example.com/news',
    ingestBusy: 'Other articles are still being added. Send this address again when they are done.',
    ingestWorking: (url) => `Working on it: fetching ${url} …`,
    notification: {
      readArticle: 'Read the article',
      more: (count) => `… and ${count} more ${count === 1 ? 'article' : 'articles'}`,
      manage: 'Manage: /subscriptions, /unsubscribe',
    },
  },
};

export function phrases(language: Language): Phrases {
  return PHRASES[language];
}
