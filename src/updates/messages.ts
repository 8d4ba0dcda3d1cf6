/**
 * Every fixed phrase of subscriptions and notifications, in both languages:
 * the command replies and the frame around a notification (the article text
 * itself stays in the language it was written in). Plain text: adapters escape
 * it for their markup.
 */
import type { Language } from '../corpus/article.ts';
import type { SubscriptionMode } from '../store/index.ts';

const quoted = (topic: string) => `“${topic}”`;

export const UPDATE_MESSAGES = {
  en: {
    everything: 'everything',
    modes: { instant: 'instant', daily: 'daily digest' } satisfies Record<SubscriptionMode, string>,
    paused: 'paused',
    /** A topic as shown in replies: quoted, or "everything". */
    topicLabel: (topic: string) => (topic ? quoted(topic) : 'everything'),
    newArticle: (topic: string) => (topic ? `New article on ${quoted(topic)}` : 'New article'),
    digestHeader: (n: number, topic: string) => `Daily digest: ${n} new article${n === 1 ? '' : 's'}${topic ? ` on ${quoted(topic)}` : ''}`,
    subscribedInstant: (label: string) => `Subscribed to ${label}: I will send each new article as it arrives.`,
    subscribedDaily: (label: string, at: string | undefined) =>
      `Subscribed to ${label}: I will send a daily digest of the new articles${at ? ` at ${at}` : ''}.`,
    alreadySubscribed: (label: string, mode: string) => `You are already subscribed to ${label} (${mode}).`,
    resumed: (label: string, mode: string) => `Your paused subscription to ${label} (${mode}) is running again.`,
    limitReached: (max: number) => `This chat already has ${max} subscriptions, the most allowed. Remove one first: “unsubscribe <number>”.`,
    topicTooLong: (max: number) => `That topic is too long: at most ${max} characters. Use one or a few key words, such as “nickel” or “lithium battery”.`,
    topicEmpty: (text: string) =>
      `${quoted(text)} has no word I can match articles on. Use a key word such as “nickel”, “smelter” or “UNIDO”, or send “subscribe” alone for every article.`,
    unsubscribeWhich: 'Which subscription? Send “unsubscribe <number>”, “unsubscribe <topic>” or “unsubscribe all”.',
    unsubscribed: (labels: readonly string[]) => `Unsubscribed from ${labels.join(', ')}.`,
    unsubscribedAll: (n: number) => (n === 0 ? 'This chat had no subscriptions.' : `Unsubscribed from all ${n} subscription${n === 1 ? '' : 's'}.`),
    noSuchNumber: (n: string, count: number) =>
      count === 0 ? 'This chat has no subscriptions.' : `There is no subscription number ${n}: this chat has ${count}. Send “subscriptions” to see them.`,
    notSubscribed: (label: string) => `This chat is not subscribed to ${label}. Send “subscriptions” to see the list.`,
    listHeader: 'Subscriptions of this chat:',
    listHint: 'To stop one, send “unsubscribe <number>”.',
    pausedHint: 'Paused subscriptions receive nothing (the bot could not post here); subscribe to the same topic again to resume.',
    none: 'This chat has no subscriptions. Send “subscribe nickel” to get each new article on nickel as it arrives, “subscribe smelter daily” for a daily digest, or “subscribe” alone for every article.',
  },
  id: {
    everything: 'semua berita',
    modes: { instant: 'langsung', daily: 'ringkasan harian' } satisfies Record<SubscriptionMode, string>,
    paused: 'dijeda',
    topicLabel: (topic: string) => (topic ? quoted(topic) : 'semua berita'),
    newArticle: (topic: string) => (topic ? `Artikel baru tentang ${quoted(topic)}` : 'Artikel baru'),
    digestHeader: (n: number, topic: string) => `Ringkasan harian: ${n} artikel baru${topic ? ` tentang ${quoted(topic)}` : ''}`,
    subscribedInstant: (label: string) => `Berlangganan ${label}: saya akan mengirim setiap artikel baru begitu terbit.`,
    subscribedDaily: (label: string, at: string | undefined) =>
      `Berlangganan ${label}: saya akan mengirim ringkasan harian artikel baru${at ? ` pukul ${at}` : ''}.`,
    alreadySubscribed: (label: string, mode: string) => `Anda sudah berlangganan ${label} (${mode}).`,
    resumed: (label: string, mode: string) => `Langganan ${label} (${mode}) yang dijeda kini berjalan lagi.`,
    limitReached: (max: number) => `Obrolan ini sudah memiliki ${max} langganan, batas maksimum. Hapus satu dulu: “unsubscribe <nomor>”.`,
    topicTooLong: (max: number) => `Topik terlalu panjang: paling banyak ${max} karakter. Gunakan satu atau beberapa kata kunci, misalnya “nikel” atau “baterai litium”.`,
    topicEmpty: (text: string) =>
      `${quoted(text)} tidak berisi kata yang bisa dicocokkan dengan artikel. Gunakan kata kunci seperti “nikel”, “smelter” atau “UNIDO”, atau kirim “subscribe” saja untuk semua artikel.`,
    unsubscribeWhich: 'Langganan yang mana? Kirim “unsubscribe <nomor>”, “unsubscribe <topik>” atau “unsubscribe semua”.',
    unsubscribed: (labels: readonly string[]) => `Berhenti berlangganan ${labels.join(', ')}.`,
    unsubscribedAll: (n: number) => (n === 0 ? 'Obrolan ini tidak memiliki langganan.' : `Berhenti dari ${n} langganan.`),
    noSuchNumber: (n: string, count: number) =>
      count === 0 ? 'Obrolan ini tidak memiliki langganan.' : `Tidak ada langganan nomor ${n}: obrolan ini memiliki ${count}. Kirim “subscriptions” untuk melihatnya.`,
    notSubscribed: (label: string) => `Obrolan ini tidak berlangganan ${label}. Kirim “subscriptions” untuk melihat daftarnya.`,
    listHeader: 'Langganan obrolan ini:',
    listHint: 'Untuk menghentikan satu, kirim “unsubscribe <nomor>”.',
    pausedHint: 'Langganan yang dijeda tidak menerima apa pun (bot tidak bisa mengirim ke sini); berlangganan topik yang sama lagi untuk melanjutkan.',
    none: 'Obrolan ini belum berlangganan. Kirim “subscribe nikel” untuk menerima setiap artikel baru tentang nikel begitu terbit, “subscribe smelter harian” untuk ringkasan harian, atau “subscribe” saja untuk semua artikel.',
  },
} as const;

export type UpdateMessages = (typeof UPDATE_MESSAGES)[Language];

export function updateMessages(language: Language): UpdateMessages {
  return UPDATE_MESSAGES[language];
}
