// Part-of-speech tags for a tokenised sentence, from wink-nlp's English model (Universal Dependencies
// tags: NOUN, PROPN, VERB, AUX, ADJ, ADP, DET, PRON, PART, CCONJ, SCONJ, NUM, PUNCT…). wink tokenises on
// its own, so its tags are carried over to our tokens by character offset: a token takes the tag of the
// first wink token that starts inside it ("Russia's" → PROPN, "U.S." → PROPN).
import { createRequire } from 'node:module';
import type { Token } from '../tokens.ts';

export type Tag =
  | 'NOUN' | 'PROPN' | 'VERB' | 'AUX' | 'ADJ' | 'ADV' | 'ADP' | 'DET' | 'PRON' | 'PART' | 'CCONJ' | 'SCONJ'
  | 'NUM' | 'PUNCT' | 'SYM' | 'INTJ' | 'X' | 'SPACE';

interface WinkDoc {
  tokens(): { out(item?: unknown): string[] };
}
interface Wink {
  readDoc(text: string): WinkDoc;
  its: { pos: unknown; precedingSpaces: unknown };
}

// Loaded on first use: a build's main thread, which only merges what workers extract, never loads the model.
let wink: Wink | undefined;
function nlp(): Wink {
  if (wink) return wink;
  const require = createRequire(import.meta.url);
  const winkNLP = require('wink-nlp') as (model: unknown, pipe: string[]) => Wink;
  return (wink = winkNLP(require('wink-eng-lite-web-model'), ['pos']));
}

/** One tag per token of `tokens`, which were cut from `text`. */
export function tagTokens(text: string, tokens: Token[]): Tag[] {
  const w = nlp();
  const doc = w.readDoc(text);
  const words = doc.tokens().out();
  const pos = doc.tokens().out(w.its.pos) as Tag[];
  const tags: Tag[] = tokens.map((t) => (t.punct ? 'PUNCT' : 'X'));
  let cursor = 0;
  let k = 0;
  for (let i = 0; i < words.length; i++) {
    const at = text.indexOf(words[i]!, cursor);
    // wink rewrites a few forms ("ca" for "can't"): such a word keeps no offset and gives no tag.
    if (at < 0 || at - cursor > 40) continue;
    cursor = at + words[i]!.length;
    while (k < tokens.length && tokens[k]!.end <= at) k++;
    if (k < tokens.length && tokens[k]!.start <= at && tags[k] === 'X') tags[k] = pos[i]!;
  }
  return tags;
}
