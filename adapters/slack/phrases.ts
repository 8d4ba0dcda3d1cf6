/**
 * The Slack adapter's own words, in both languages: button labels, the
 * command list, App Home texts. Phrases the core also says (apology,
 * rate limit, too long, help topics) come from src/answer/messages.ts so the
 * two never drift apart. Button labels must stay within 75 characters.
 */
import type { Language } from '../../src/corpus/article.ts';

export const PHRASES = {
  id: {
    shareInChannel: 'Bagikan ke kanal',
    moreSources: (n: number) => `Sumber lain (${n})`,
    moreSourcesHeadline: 'Sumber lain untuk jawaban ini:',
    answerShortened: '… (jawaban dipersingkat agar muat di Slack)',
    sourcesGone: 'Sumber-sumber ini tidak tersedia lagi. Silakan ajukan pertanyaan Anda lagi.',
    commandsTitle: 'Perintah Slack:',
    commands: (c: string) => [
      `${c} <pertanyaan> — tanya apa saja`,
      `${c} mineral — mineral prioritas hilirisasi`,
      `${c} pertemuan — pertemuan yang dilaporkan`,
      `${c} ringkas <pertemuan> — ringkasan satu pertemuan`,
      `${c} kesepakatan — nota kesepahaman (MoU)`,
      `${c} kronologi — kronologi peristiwa`,
      `${c} sumber — daftar artikel`,
      `${c} bantuan — panduan ini`,
    ],
    homeWhere: (c: string) => `Kirim pesan langsung kepada saya, sebut saya (@) di kanal, atau pakai ${c}. Jawaban ${c} hanya terlihat oleh Anda sampai Anda menekan “Bagikan ke kanal”.`,
    subscriptionsTitle: 'Langganan',
    subscriptionsSoon: 'Segera hadir: berlangganan berita baru tentang topik pilihan Anda.',
  },
  en: {
    shareInChannel: 'Share in channel',
    moreSources: (n: number) => `More sources (${n})`,
    moreSourcesHeadline: 'More sources for this answer:',
    answerShortened: '… (answer shortened to fit in Slack)',
    sourcesGone: 'These sources are no longer available. Please ask your question again.',
    commandsTitle: 'Slack commands:',
    commands: (c: string) => [
      `${c} <question> — ask anything`,
      `${c} minerals — minerals prioritised for downstreaming`,
      `${c} meetings — the meetings reported`,
      `${c} summary <meeting> — summary of one meeting`,
      `${c} agreements — memoranda of understanding`,
      `${c} timeline — timeline of events`,
      `${c} sources — the list of articles`,
      `${c} help — this guide`,
    ],
    homeWhere: (c: string) => `Send me a direct message, mention me in a channel, or use ${c}. Answers to ${c} are visible only to you until you press “Share in channel”.`,
    subscriptionsTitle: 'Subscriptions',
    subscriptionsSoon: 'Coming soon: subscribe to new articles on the topics you follow.',
  },
} as const;

/** Shown when a button's value is forged or from an older version: the language is unknown, so both. */
export const STALE_BUTTON =
  'Sorry, that button no longer works — please ask again. / Maaf, tombol itu tidak berlaku lagi — silakan bertanya lagi.';

export type Phrases = (typeof PHRASES)[Language];

export function phrases(language: Language): Phrases {
  return PHRASES[language];
}
