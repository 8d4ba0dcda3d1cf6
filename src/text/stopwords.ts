/**
 * Function words of Indonesian and English: lowercase surface forms, as the
 * tokenizer emits them (unstemmed). Indexing and querying skip them, and
 * language detection counts them as evidence of a language.
 *
 * Rule: a word belongs here only if it carries no content in any question
 * about this domain — articles, pronouns, prepositions, conjunctions,
 * auxiliaries and modals, question words, chat fillers and the reporting
 * verbs of news prose. Never a domain or content word, not even a frequent
 * one: no numbers or ordinals ("kedua", "second", "three"), no degree words
 * that answers depend on ("besar", "largest", "top", "main"), no parts of
 * names ("sama" in "kerja sama", "baru", "tengah", "utara", "new"), no nouns
 * such as "industri", "china", "indonesia", "potential" or "growth".
 */

export const STOPWORDS_ID: ReadonlySet<string> = new Set([
  // conjunctions and particles
  'yang', 'dan', 'atau', 'serta', 'tetapi', 'tapi', 'namun', 'melainkan', 'sedangkan', 'padahal', 'bahkan',
  'justru', 'maupun', 'bahwa', 'agar', 'supaya', 'karena', 'sebab', 'sehingga', 'maka', 'jika', 'kalau',
  'bila', 'apabila', 'meski', 'meskipun', 'walau', 'walaupun', 'jadi', 'lalu', 'kemudian', 'pun', 'lah', 'kah',
  'nya', 'pula', 'juga', 'yaitu', 'yakni', 'ialah', 'adalah', 'merupakan', 'adapun', 'tentu', 'tentunya',
  // prepositions
  'di', 'ke', 'dari', 'dengan', 'untuk', 'pada', 'dalam', 'oleh', 'bagi', 'kepada', 'terhadap', 'tentang',
  'mengenai', 'terkait', 'antara', 'sejak', 'hingga', 'sampai', 'selama', 'setelah', 'sebelum', 'sesudah',
  'saat', 'ketika', 'sebagai', 'seperti', 'secara', 'melalui', 'tanpa', 'selain', 'menurut', 'atas', 'per',
  'bersama', 'akan',
  // pronouns, determiners, quantifiers
  'ini', 'itu', 'tersebut', 'sini', 'situ', 'sana', 'begitu', 'demikian', 'kita', 'kami', 'saya', 'aku',
  'anda', 'kamu', 'mereka', 'ia', 'dia', 'beliau', 'si', 'sang', 'para', 'sebuah', 'seorang', 'suatu',
  'sesuatu', 'hal', 'tiap', 'setiap', 'semua', 'seluruh', 'beberapa', 'sejumlah', 'banyak', 'sebagian',
  'masing', 'lain', 'lainnya', 'sendiri', 'bapak', 'pak',
  // auxiliaries, modals, adverbs, light verbs
  'telah', 'sudah', 'belum', 'sedang', 'masih', 'pernah', 'tidak', 'tak', 'bukan', 'ada', 'dapat', 'bisa',
  'boleh', 'harus', 'perlu', 'ingin', 'mau', 'hendak', 'lebih', 'paling', 'sangat', 'amat', 'hanya', 'lagi',
  'terus', 'tetap', 'selalu', 'sering', 'kini', 'sekarang', 'menjadi', 'memiliki', 'mempunyai', 'punya',
  'melakukan', 'dilakukan',
  // reporting verbs of news prose
  'ujar', 'ujarnya', 'katanya', 'tuturnya', 'ungkapnya',
  // question words and fillers
  'apa', 'apakah', 'siapa', 'siapakah', 'kapan', 'kapankah', 'dimana', 'mana', 'manakah', 'bagaimana',
  'bagaimanakah', 'mengapa', 'kenapa', 'berapa', 'berapakah', 'seberapa', 'saja', 'tolong', 'mohon', 'dong',
  'sih', 'ya', 'kok', 'deh', 'nih', 'tuh', 'aja', 'gimana', 'gak', 'nggak', 'enggak', 'jelaskan',
  'sebutkan', 'ceritakan',
  // chat abbreviations
  'yg', 'dgn', 'utk', 'tdk', 'sdh', 'blm', 'krn', 'dll',
]);

export const STOPWORDS_EN: ReadonlySet<string> = new Set([
  // articles, conjunctions
  'the', 'a', 'an', 'and', 'or', 'but', 'nor', 'if', 'because', 'while', 'whereas', 'although', 'though',
  'whether', 'so', 'than', 'then', 'yet', 'as', 'also', 'both', 'either', 'neither',
  // prepositions
  'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'about', 'into', 'onto', 'upon', 'within',
  'without', 'between', 'among', 'through', 'across', 'against', 'toward', 'towards', 'during', 'before',
  'after', 'above', 'below', 'under', 'over', 'up', 'out', 'off', 'via', 'per', 'regarding', 'concerning',
  // pronouns and determiners
  'i', 'me', 'my', 'myself', 'we', 'us', 'our', 'ours', 'ourselves', 'you', 'your', 'yours', 'yourself',
  'he', 'him', 'his', 'himself', 'she', 'her', 'hers', 'herself', 'it', 'its', 'itself', 'they', 'them',
  'their', 'theirs', 'themselves', 'this', 'that', 'these', 'those', 'there', 'here', 'such', 'any', 'all',
  'some', 'each', 'every', 'other', 'others', 'another', 'own', 'few', 'more', 'most', 'much', 'many',
  'anything', 'something', 'someone', 'anyone', 'everything',
  // auxiliaries and modals
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'do', 'does', 'did', 'doing', 'done', 'have',
  'has', 'had', 'having', 'can', 'could', 'would', 'should', 'will', 'shall', 'may', 'might', 'must',
  'not', 'no', 'dont', 'doesnt', 'didnt', 'isnt', 'arent', 'wasnt', 'werent', 'cant', 'wont',
  // adverbs
  'only', 'just', 'very', 'too', 'again', 'further', 'once', 'still', 'already', 'ever', 'even', 'etc',
  // reporting verbs of news prose
  'said', 'says',
  // question words and fillers
  'what', 'which', 'who', 'whom', 'whose', 'when', 'where', 'why', 'how', 'please', 'kindly', 'tell',
  'explain', 'describe', 'hi', 'hello', 'thanks', 'thank',
]);

export function isStopword(token: string, lang: 'id' | 'en'): boolean {
  return (lang === 'id' ? STOPWORDS_ID : STOPWORDS_EN).has(token);
}
