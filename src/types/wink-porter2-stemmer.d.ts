declare module 'wink-porter2-stemmer' {
  /** Stems one lower-case English word with the Porter2 algorithm. */
  export default function porter2(word: string): string;
}
