// Minimal typings for the CommonJS Snowball ports we use; the packages ship none. Declared as a
// default export because Node hands an ES module `module.exports` as the default of a CJS package.
// Only the low-level calls are declared: stemWord() keeps an unbounded cache we avoid.

interface NlpjsSnowballStemmer {
  setCurrent(word: string): void;
  innerStem(): void;
  getCurrent(): string;
}

declare module "@nlpjs/lang-de" {
  const mod: { StemmerDe: new () => NlpjsSnowballStemmer };
  export default mod;
}

declare module "@nlpjs/lang-en-min" {
  const mod: { StemmerEn: new () => NlpjsSnowballStemmer };
  export default mod;
}
