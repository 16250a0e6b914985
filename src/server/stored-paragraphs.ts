// Finds the paragraph of each stored sentence in its article's text, for articles stored before the store kept
// paragraph indices: every sentence is an exact piece of one paragraph line, and they come in order.
import { parseArticle } from '../article/parse.ts';

/** Each sentence's 0-based paragraph; null when the text no longer parses or a sentence is not found in order. */
export function paragraphsOf(text: string, sentences: readonly string[]): number[] | null {
  let paragraphs: Array<{ text: string }>;
  try {
    paragraphs = parseArticle(text, 'stored.txt').paragraphs;
  } catch {
    return null;
  }
  const found: number[] = [];
  let p = 0;
  let from = 0;
  for (const sentence of sentences) {
    for (;;) {
      const paragraph = paragraphs[p];
      if (!paragraph) return null;
      const at = paragraph.text.indexOf(sentence, from);
      if (at >= 0) {
        found.push(p);
        from = at + sentence.length;
        break;
      }
      p++;
      from = 0;
    }
  }
  return found;
}
