/**
 * Page furniture: whatever a captured page prints around the story that is
 * not the story — lists of other headlines ("Populer", "Terkini", "Baca
 * juga"), share buttons, comment widgets, photo captions, label lines
 * ("Editor: …", "Tags: …"), the editors' initials at the end ("(DIN/GIT)",
 * "(Ran)"), the headline printed again inside the body and paragraphs printed
 * twice. The same rules serve plain text and HTML (readability keeps much of
 * this), and each rule is a pattern of pages, never of one seed.
 */
import { comparable, isProse, sameText, wordCount } from './blocks.ts';

/** The story's paragraphs without furniture, in order, each once. */
export function stripFurniture(blocks: readonly string[], title: string | undefined): string[] {
  const kept: string[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = withoutEditorInitials(blocks[i]!);
    if (isListHeading(block)) {
      // Skip the heading and the headlines listed under it, up to the next sentence of the story.
      while (i + 1 < blocks.length && !isProse(blocks[i + 1]!)) i++;
      continue;
    }
    if (isFurnitureLine(block)) continue;
    if (title && sameText(block, title)) continue;
    if (kept.some((k) => sameText(k, block))) continue;
    kept.push(block);
  }
  return dropTrailingLines(kept);
}

// Headings of lists of other articles; compared without case or punctuation.
const LIST_HEADINGS = new Set([
  'populer', 'terpopuler', 'paling populer', 'berita populer', 'terkini', 'berita terkini', 'terbaru', 'berita terbaru',
  'berita terkait', 'artikel terkait', 'berita lainnya', 'baca juga', 'lihat juga', 'simak juga', 'rekomendasi',
  'pilihan editor', 'trending', 'selengkapnya', 'most popular', 'popular', 'latest', 'latest news', 'related',
  'related news', 'related articles', 'related stories', 'read also', 'read more', 'more stories', 'recommended',
  'you may also like', 'tags', 'tag', 'topik', 'topik terkait',
]);

function isListHeading(block: string): boolean {
  return LIST_HEADINGS.has(comparable(block));
}

// One linked headline: "Baca juga: Harga nikel …", "Read also: …". A headline runs longer than a label line.
const LINKED_HEADLINE = /^(?:baca juga|baca pula|baca selengkapnya|lihat juga|simak juga|artikel terkait|berita terkait|read also|also read|read more|see also|related)\s*[:.-]/i;
const MAX_HEADLINE_WORDS = 40;

const FURNITURE_LINES: readonly RegExp[] = [
  // Photo captions and credits: "… (Foto: Setpres)", "Foto: Antara", "Ilustrasi/Net".
  /\((?:foto|photo|ilustrasi|illustration|gambar|image|sumber foto|dok)\s*[:.]?[^)]*\)\s*$/i,
  /^(?:foto|photo|ilustrasi|illustration|keterangan foto|caption)\s*[:/|]/i,
  // Comment widgets.
  /^no comments(?: yet| so far)?\.?$/i,
  /^be (?:the )?first to (?:leave|write|post|add) (?:a )?comments?\b/i,
  /^(?:belum ada komentar|tulis komentar|tinggalkan komentar|berikan komentar|leave a (?:comment|reply)|post a comment|\d+ (?:comments?|komentar))\b/i,
  // Label lines: "Editor: …", "Tags: nikel, smelter", "Sumber: Antara".
  /^(?:editor|penulis|reporter|pewarta|redaktur|penyunting|sumber|source|tags?|topik|topics?|kata kunci|keywords?)\s*:/i,
  // The editors' initials alone on a line: "(DIN/GIT)".
  /^\((?:[A-Za-z]{2,5})(?:\/[A-Za-z]{2,5})*\)\.?$/,
  // Invitations to follow the outlet: "Simak breaking news … di ponselmu", "Ikuti kami di Google News", "Follow us on WhatsApp".
  /^(?:simak|ikuti|cek|dapatkan|baca|follow|subscribe|join|gabung|download|unduh)\b.*\b(?:breaking news|berita|artikel|update|informasi|news|channel|saluran|aplikasi|app|ponsel\w*|whatsapp|telegram|instagram|youtube|tiktok|newsletter)\b/i,
];

const SHARE_WORDS = new Set([
  'share', 'shares', 'bagikan', 'berbagi', 'facebook', 'twitter', 'x', 'whatsapp', 'wa', 'telegram', 'linkedin', 'line',
  'email', 'e', 'mail', 'copy', 'salin', 'link', 'tautan', 'pinterest', 'print', 'cetak', 'tweet', 'this', 'article',
  'artikel', 'ini', 'on', 'ke', 'via', 'url', 'google', 'news', 'follow', 'ikuti', 'kami', 'us', 'di',
]);

function isFurnitureLine(block: string): boolean {
  const words = wordCount(block);
  if (words <= MAX_HEADLINE_WORDS && LINKED_HEADLINE.test(block)) return true;
  if (words > 15) return false;
  if (FURNITURE_LINES.some((pattern) => pattern.test(block))) return true;
  const tokens = comparable(block).split(' ').filter(Boolean);
  // A row of share buttons; "di"/"ke" alone do not make one.
  return tokens.length > 0 && tokens.every((w) => SHARE_WORDS.has(w)) && tokens.some((w) => w.length > 3 && !['ini', 'this'].includes(w));
}

// After the story's last sentence, only furniture follows ("Selengkapnya", a lone "UPDATE").
function dropTrailingLines(blocks: string[]): string[] {
  let end = blocks.length;
  while (end > 0 && !isProse(blocks[end - 1]!)) end--;
  return end === 0 ? blocks : blocks.slice(0, end);
}

// "… kritis. (DIN/GIT)." / "… pihak. (Ran)": initials after a paragraph's last
// sentence. An abbreviation in brackets ("terbarukan (EBT).") sits before the
// full stop, so it never matches.
const TRAILING_INITIALS = /([.!?]["'”’]?)\s*\((?:[A-Za-z]{2,5})(?:\/[A-Za-z]{2,5})*\)\.?$/;

function withoutEditorInitials(block: string): string {
  return block.replace(TRAILING_INITIALS, '$1');
}
