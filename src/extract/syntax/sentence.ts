// A sentence's syntax, computed when a reader first asks for it: most sentences of a news corpus carry
// no cue and no title, and tagging is the costly step.
import type { Token } from '../tokens.ts';
import { tagTokens, type Tag } from './tags.ts';

export interface SentenceSyntax {
  tags: () => Tag[];
}

export function lazySyntax(text: string, tokens: Token[]): SentenceSyntax {
  let tags: Tag[] | undefined;
  return { tags: () => (tags ??= tagTokens(text, tokens)) };
}
