// A trie of multi-word phrases over lower-case tokens: finds every phrase that starts at a token in one
// walk, without building strings. Names, titles and non-actor phrases are looked up with it.
import type { Token } from './tokens.ts';

interface TrieNode<T> {
  value?: T;
  /** value reachable only when this word ends the phrase in a possessive ("Russia's") */
  children: Map<string, TrieNode<T>>;
}

const NO_MATCHES: ReadonlyArray<never> = Object.freeze([]);

export class PhraseTrie<T> {
  private readonly root: TrieNode<T> = { children: new Map() };
  readonly maxWords: number = 0;

  add(words: string[], value: T, replace: (old: T) => boolean = () => false): void {
    let node = this.root;
    for (const w of words) {
      let next = node.children.get(w);
      if (!next) node.children.set(w, (next = { children: new Map() }));
      node = next;
    }
    if (node.value === undefined || replace(node.value)) node.value = value;
    (this as { maxWords: number }).maxWords = Math.max(this.maxWords, words.length);
  }

  get(words: string[]): T | undefined {
    let node: TrieNode<T> | undefined = this.root;
    for (const w of words) if (!(node = node.children.get(w))) return undefined;
    return node.value;
  }

  /**
   * Every phrase starting at token i, longest first. The last word of a phrase may carry a possessive
   * ("Russia's" ends the phrase "russia").
   */
  matchesAt(tokens: Token[], i: number): ReadonlyArray<{ value: T; end: number }> {
    // Most tokens start no phrase: answer them without allocating (this runs for every token, for every trie).
    const first = tokens[i];
    if (!first || (!this.root.children.has(first.lower) && (first.bare === first.lower || !this.root.children.has(first.bare)))) return NO_MATCHES;
    const out: Array<{ value: T; end: number }> = [];
    let node: TrieNode<T> | undefined = this.root;
    for (let j = i; j < tokens.length && node; j++) {
      const t = tokens[j]!;
      const bare = t.bare;
      if (bare !== t.lower) {
        const last = node.children.get(bare);
        if (last?.value !== undefined) out.push({ value: last.value, end: j + 1 });
      }
      node = node.children.get(t.lower);
      if (node?.value !== undefined) out.push({ value: node.value, end: j + 1 });
    }
    return out.reverse();
  }

  /** True if some phrase starts with this word: a cheap test before a walk. */
  starts(word: string): boolean {
    return this.root.children.has(word);
  }
}
