// sastrawijs ships types, but its package.json "exports" hides them from
// NodeNext resolution; this declares the part the stemmer uses.
declare module 'sastrawijs' {
  export class Stemmer {
    internalDictionary: object;
    constructor(dictionary?: string[]);
    find(word: string): boolean;
    stem(word: string): string;
    removeMePrefix(word: string): [string, string[] | null];
    removePePrefix(word: string): [string, string[] | null];
    removeTePrefix(word: string): [string, string[] | null];
  }
}
