/**
 * The Slack adapter's own words, in both languages: button labels, the
 * command list, App Home texts. Phrases the core also says (apology,
 * rate limit, too long, help topics) come from src/answer/messages.ts so the
 * two never drift apart; so do the subscription replies and the
 * notification frame (src/updates/messages.ts). Button labels must stay
 * within 75 characters; the digest header within 150 (it is plain text).
 */
import type { Language } from '../../src/corpus/article.ts';

export const PHRASES = {
  id: {
    shareInChannel: 'Bagikan ke kanal',
    moreSources: (n: number) => `Sumber lain (${n})`,
    moreSourcesHeadline: 'Sumber lain untuk jawaban ini:',
    answerShortened: '… (jawaban dipersingkat agar muat di Slack)',
    sourcesGone: 'Sumber-sumber ini tidak tersedia lagi. Silakan ajukan pertanyaan Anda lagi.',
    voteThanks: (vote: 'up' | 'down') => (vote === 'up' ? 'Terima kasih! 👍 dicatat.' : 'Terima kasih! 👎 dicatat; operator akan meninjau jawaban ini.'),
    voteChanged: (vote: 'up' | 'down') => `Penilaian diubah menjadi ${vote === 'up' ? '👍' : '👎'}.`,
    commandsTitle: 'Perintah Slack:',
    commands: (c: string) => [
      `${c} <pertanyaan> — tanya apa saja`,
      `${c} mineral — mineral prioritas hilirisasi`,
      `${c} pertemuan — pertemuan yang dilaporkan`,
      `${c} ringkas <pertemuan> — ringkasan satu pertemuan`,
      `${c} kesepakatan — nota kesepahaman (MoU)`,
      `${c} kronologi — kronologi peristiwa`,
      `${c} sumber — daftar artikel`,
      `${c} langganan [topik] [langsung|harian] — berita baru di sini (kanal) atau di DM`,
      `${c} berhenti <topik|nomor|semua> — hentikan langganan`,
      `${c} daftar-langganan — langganan di sini`,
      `${c} bantuan — panduan ini`,
    ],
    homeWhere: (c: string) => `Kirim pesan langsung kepada saya, sebut saya (@) di kanal, atau pakai ${c}. Jawaban ${c} hanya terlihat oleh Anda sampai Anda menekan “Bagikan ke kanal”.`,
    subscriptionsTitle: 'Langganan',
    homeYourSubscriptions: 'Langganan Anda (dikirim lewat pesan langsung):',
    homeNoSubscriptions: (c: string) => `Anda belum berlangganan. Ketik ${c} langganan <topik> di sini atau di pesan langsung kepada saya.`,
    homeChannelSubscriptions: (c: string) => `Langganan sebuah kanal ditampilkan oleh ${c} daftar-langganan di kanal itu.`,
    channelSubscribed: 'Artikel baru akan dikirim ke kanal ini; pastikan saya anggota kanal (/invite) agar bisa mengirimnya.',
    subscriptionsUnavailable: 'Langganan tidak tersedia di bot ini.',
    ingestUnavailable: 'Penambahan artikel tidak tersedia di bot ini.',
    ingestNotAdmin: 'Hanya admin bot yang boleh menambahkan artikel.',
    ingestBadUrl: (c: string) => `Berikan tepat satu alamat http(s), misalnya: ${c} impor https://contoh.id/berita`,
    ingestStarted: (url: string) => `Sedang diproses: mengambil ${url} …`,
    ingestBusy: 'Artikel lain masih sedang ditambahkan. Kirim alamat ini lagi setelah selesai.',
    digestMore: (n: number) => `… dan ${n} artikel lainnya.`,
  },
  en: {
    shareInChannel: 'Share in channel',
    moreSources: (n: number) => `More sources (${n})`,
    moreSourcesHeadline: 'More sources for this answer:',
    answerShortened: '… (answer shortened to fit in Slack)',
    sourcesGone: 'These sources are no longer available. Please ask your question again.',
    voteThanks: (vote: 'up' | 'down') => (vote === 'up' ? 'Thanks! 👍 noted.' : 'Thanks! 👎 noted; the operators will review this answer.'),
    voteChanged: (vote: 'up' | 'down') => `Vote changed to ${vote === 'up' ? '👍' : '👎'}.`,
    commandsTitle: 'Slack commands:',
    commands: (c: string) => [
      `${c} <question> — ask anything`,
      `${c} minerals — minerals prioritised for downstreaming`,
      `${c} meetings — the meetings reported`,
      `${c} summary <meeting> — summary of one meeting`,
      `${c} agreements — memoranda of understanding`,
      `${c} timeline — timeline of events`,
      `${c} sources — the list of articles`,
      `${c} subscribe [topic] [instant|daily] — new articles here (channel) or in a DM`,
      `${c} unsubscribe <topic|number|all> — stop a subscription`,
      `${c} subscriptions — the subscriptions here`,
      `${c} help — this guide`,
    ],
    homeWhere: (c: string) => `Send me a direct message, mention me in a channel, or use ${c}. Answers to ${c} are visible only to you until you press “Share in channel”.`,
    subscriptionsTitle: 'Subscriptions',
    homeYourSubscriptions: 'Your subscriptions (sent as direct messages):',
    homeNoSubscriptions: (c: string) => `You have no subscriptions yet. Type ${c} subscribe <topic> here or in a direct message to me.`,
    homeChannelSubscriptions: (c: string) => `A channel's subscriptions are listed by ${c} subscriptions in that channel.`,
    channelSubscribed: 'New articles will be posted in this channel; make sure I am a member (/invite) so I can post them.',
    subscriptionsUnavailable: 'Subscriptions are not available on this bot.',
    ingestUnavailable: 'Adding articles is not available on this bot.',
    ingestNotAdmin: 'Only the bot’s admins may add articles.',
    ingestBadUrl: (c: string) => `Give exactly one http(s) address, for example: ${c} ingest https://example.com/news`,
    ingestStarted: (url: string) => `Working on it: fetching ${url} …`,
    ingestBusy: 'Other articles are still being added. Send this address again when they are done.',
    digestMore: (n: number) => `… and ${n} more ${n === 1 ? 'article' : 'articles'}.`,
  },
} as const;

/** Shown when a button's value is forged or from an older version: the language is unknown, so both. */
export const STALE_BUTTON =
  'Sorry, that button no longer works — please ask again. / Maaf, tombol itu tidak berlaku lagi — silakan bertanya lagi.';

export type Phrases = (typeof PHRASES)[Language];

export function phrases(language: Language): Phrases {
  return PHRASES[language];
}
