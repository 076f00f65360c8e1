// The `hyphen` package ships no types; its pattern modules export [levels, trie, exceptions?]
// (liang.ts's HyphenPatternData, which hyphenPatterns.ts narrows this to).
declare module 'hyphen/patterns/en-us.js' {
  const patterns: readonly [ReadonlyArray<readonly number[]>, object, Readonly<Record<string, readonly number[]>>?];
  export = patterns;
}
