/**
 * The fixed mix of questions the benchmark times, in both languages, covering
 * every intent and several questions the corpus cannot answer. Worded for the
 * benchmark (not taken from the dev set). `expect` is what the question is
 * meant to exercise on the seed corpus; the report flags any drift.
 */
import type { IntentName } from '../../src/answer/answer.ts';

export interface BenchQuestion {
  readonly text: string;
  readonly expect: IntentName | 'abstain';
}

export const QUESTIONS: readonly BenchQuestion[] = [
  // English
  { text: 'Which minerals does Indonesia want to develop through downstream processing?', expect: 'minerals' },
  { text: 'Give me a summary of the talks between Eko Cahyanto and the Chinese vice minister', expect: 'meetings' },
  { text: 'What meetings with Chinese officials have been reported?', expect: 'meetings' },
  { text: 'On what date was the memorandum with China on advanced industry signed?', expect: 'general' }, // a fact (a date) about an agreement: the general engine answers it first
  { text: 'Which fields does the industrial cooperation agreement with MIIT cover?', expect: 'agreements' },
  { text: 'Who is Agus Gumiwang Kartasasmita?', expect: 'who-is' },
  { text: 'Show me the timeline of industrial cooperation between Indonesia and China', expect: 'timeline' },
  { text: 'What sources do you rely on?', expect: 'sources' },
  { text: 'What can you do for me?', expect: 'help' },
  { text: 'Why do Chinese companies build smelters in Indonesia?', expect: 'general' },
  { text: 'What role does UNIDO play in green industry in Indonesia?', expect: 'general' },
  { text: 'How many goals did Lionel Messi score last season?', expect: 'abstain' },
  { text: 'What will the weather be like in Surabaya tomorrow?', expect: 'abstain' },
  // Indonesian
  { text: 'Komoditas mineral apa yang menjadi fokus hilirisasi pemerintah?', expect: 'minerals' },
  { text: 'Tolong rangkum kunjungan Wang Jiangping ke Jakarta', expect: 'meetings' },
  { text: 'Pertemuan apa saja yang pernah diberitakan?', expect: 'meetings' },
  { text: 'Tanggal berapa nota kesepahaman dengan MIIT ditandatangani?', expect: 'general' },
  { text: 'Sektor apa saja yang tercakup dalam perjanjian kerja sama industri maju?', expect: 'agreements' },
  { text: 'Siapa sebenarnya Jin Zhuanglong?', expect: 'who-is' },
  { text: 'Kronologi kerja sama industri Indonesia dan Tiongkok', expect: 'timeline' },
  { text: 'Sumber berita apa saja yang dipakai?', expect: 'sources' },
  { text: 'bantuan', expect: 'help' },
  { text: 'Apa usulan UNIDO soal daur ulang baterai kendaraan listrik?', expect: 'general' },
  { text: 'Berapa harga tiket kereta cepat Jakarta Bandung hari ini?', expect: 'abstain' },
  { text: 'Siapa pemenang Liga Inggris musim lalu?', expect: 'abstain' },
];
