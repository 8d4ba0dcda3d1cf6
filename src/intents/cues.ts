/**
 * The words that route a question to an intent, in both languages, as
 * surfaces or stems (either language's stemmer). They describe kinds of
 * question, not particular questions.
 */
const cues = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

export const CUES = {
  help: cues('help bantuan bantu panduan menu start mulai'),
  // Words of a question about the bot itself: who it addresses and what it is asked to do.
  aboutTheBot: cues('you your kamu anda kau bot laku lakukan kerjakan do know tahu jawab answer tanya tanyakan ask'),
  sources: cues('source sources sumber artikel article articles reference references referensi rujukan'),
  timeline: cues('timeline kronologi linimasa chronology chronological kronologis'),
  minerals: cues('mineral minerals miner commodity commodities komoditas'),
  mineralFocus: cues('priority prioritas priorit prioritis diprioritaskan prioritized prioritised potential potensi potensial focus fokus utama main key develop developed dikembangkan kembang unggulan strategic strategis'),
  agreements: cues('mou memorandum kesepahaman agreement agreements perjanjian kesepakatan sepakat sign signed signing tandatangan ditandatangani penandatanganan scope lingkup cover covers mencakup'),
  meetings: cues('meeting meetings met meet pertemuan bertemu temu kunjungan kunjung visit visited discuss discussed discussion bahas dibahas membahas pembahasan talks talk dialog dialogue audiensi'),
  summary: cues('summarise summarize summary ringkas ringkasan rangkum rangkuman ikhtisar'),
  who: cues('who siapa siapakah'),
  when: cues('when kapan tanggal date'),
  where: cues('where mana dimana lokasi location located berada letak'),
  howMuch: cues('much many berapa percent persen'),
} as const;
