/**
 * Chat shorthand spelled out before a question is analysed: "brp" is
 * "berapa", "yg" is "yang", "whats" is "what is". Only a message's own words
 * are expanded, never article text, and only whole lowercase words, so a
 * name such as "Dr. Tan" or an acronym such as "BRP" is left alone.
 */

const SHORTHAND: Readonly<Record<string, string>> = {
  // Indonesian
  yg: 'yang', brp: 'berapa', brapa: 'berapa', gak: 'tidak', ga: 'tidak', gk: 'tidak', nggak: 'tidak', ngga: 'tidak',
  enggak: 'tidak', engga: 'tidak', tdk: 'tidak', utk: 'untuk', dgn: 'dengan', dg: 'dengan', sdh: 'sudah', udh: 'sudah',
  udah: 'sudah', aja: 'saja', dr: 'dari', krn: 'karena', karna: 'karena', blm: 'belum', jg: 'juga', kpn: 'kapan',
  dmn: 'di mana', knp: 'kenapa', gmn: 'bagaimana', gimana: 'bagaimana', thn: 'tahun', bln: 'bulan', tgl: 'tanggal',
  org: 'orang', sm: 'sama', ama: 'sama', dpt: 'dapat', pd: 'pada', spt: 'seperti', tsb: 'tersebut', ttg: 'tentang',
  hrs: 'harus', kalo: 'kalau', kl: 'kalau', bkn: 'bukan', jd: 'jadi', jdi: 'jadi', sy: 'saya', trs: 'terus',
  lg: 'lagi', skrg: 'sekarang', skrng: 'sekarang', msh: 'masih', dll: 'dan lain-lain', dsb: 'dan sebagainya',
  pake: 'pakai', dipake: 'dipakai', gede: 'besar', gedenya: 'besarnya', bnyk: 'banyak', byk: 'banyak',
  perush: 'perusahaan', pemda: 'pemerintah daerah', pemkab: 'pemerintah kabupaten', pemprov: 'pemerintah provinsi',
  // English
  whats: 'what is', wheres: 'where is', whos: 'who is', hows: 'how is', whens: 'when is', whys: 'why is',
  u: 'you', ur: 'your', yr: 'year', yrs: 'years', govt: 'government', gov: 'government', approx: 'approximately',
  bn: 'billion', mn: 'million', tn: 'trillion', pls: 'please', plz: 'please', info: 'information',
};

const WORD = /(?<![\p{L}\p{N}.'-])[a-z]+(?![\p{L}\p{N}]|\.[a-z])/gu;

// Chat writes a repeated word with a 2: "orang2" is "orang-orang", "panjang2" "panjang-panjang".
const REDUPLICATED = /(?<![\p{L}\p{N}])([a-z]{3,})2(?![\p{L}\p{N}])/gu;

export function expandShorthand(text: string): string {
  return text.replace(REDUPLICATED, '$1-$1').replace(WORD, (word) => SHORTHAND[word] ?? word);
}
