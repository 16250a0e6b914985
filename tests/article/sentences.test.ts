// splitSentences / normaliseQuotes: sentence splitting that keeps abbreviations and quotes intact and
// returns each sentence exactly as written, so evidence quotes the article.
import { describe, expect, test, vi } from 'vitest';
import { parseArticle } from '../../src/article/parse.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sbd from 'sbd';
import { normaliseQuotes, SBD_WINDOW, splitParagraph, splitSentences } from '../../src/article/sentences.ts';

function sentencesOf(...paragraphs: string[]) {
  return splitSentences(parseArticle(['Title', '20220110', 'https://example.org', ...paragraphs].join('\n'), 'a.txt'));
}

describe('splitSentences', () => {
  test('returns one sentence per full stop in a paragraph', () => {
    expect(sentencesOf('Russia made demands. The U.S. rejected them. Talks go on.').map((s) => s.text)).toEqual([
      'Russia made demands.',
      'The U.S. rejected them.',
      'Talks go on.',
    ]);
  });

  test.for([
    ['The U.S. delegation arrived.'],
    ['Deputy Secretary of State Wendy Sherman met Dep. Foreign Minister Ryabkov.'],
    ['Talks were held on Jan. 10 in Geneva.'],
    ['Mr. Ryabkov spoke to the U.N. Security Council.'],
  ])('should not split after the abbreviation in %s', ([text]) => {
    expect(sentencesOf(text!).map((s) => s.text)).toEqual([text]);
  });

  test('numbers sentences across paragraphs and records the paragraph', () => {
    const s = sentencesOf('Russia made demands. The talks went on.', 'NATO rejected them.');
    expect(s.map((x) => [x.index, x.paragraph, x.text])).toEqual([
      [0, 0, 'Russia made demands.'],
      [1, 0, 'The talks went on.'],
      [2, 1, 'NATO rejected them.'],
    ]);
  });

  test("keeps the article's own '' quotes in text and writes them as \" in norm", () => {
    const [s] = sentencesOf("''We will not accept this,'' Ryabkov said.");
    expect(s!.text).toBe("''We will not accept this,'' Ryabkov said.");
    expect(s!.norm).toBe('"We will not accept this," Ryabkov said.');
  });

  test('keeps a closing quote with the sentence it closes', () => {
    const texts = sentencesOf("''It is a non-starter. We said so,'' Blinken said. Talks resumed.").map((s) => s.text);
    expect(texts.every((t) => !/^['"\s]+$/.test(t))).toBe(true);
    expect(texts.at(-1)).toBe('Talks resumed.');
    expect(texts.join(' ')).toBe("''It is a non-starter. We said so,'' Blinken said. Talks resumed.");
  });

  test('returns every sentence as a substring of its paragraph', () => {
    const paragraph = '\u201cThis is serious,\u201d said the U.S. official. Moscow\u2019s envoy left on Monday. ``Fine,\'\' he said.';
    for (const s of sentencesOf(paragraph)) expect(paragraph).toContain(s.text);
  });
});

describe('splitParagraph', () => {
  // issue 10: a 1 MB single-paragraph article took 14 s to split on the server's main thread
  test('splits the 37,000-sentence paragraph of issue 10 into its sentences', () => {
    const ranges = splitParagraph('Russia demanded guarantees. '.repeat(37_000));
    expect(ranges).toHaveLength(37_000);
    expect(ranges[36_999]).toEqual([36_999 * 28, 37_000 * 28 - 1]);
  });

  test('hands sbd at most SBD_WINDOW characters at a time, so the work per paragraph grows with its length only', () => {
    const spy = vi.spyOn(sbd, 'sentences');
    try {
      splitParagraph('Russia demanded guarantees. '.repeat(37_000));
      expect(spy.mock.calls.length).toBeGreaterThan(200);
      expect(Math.max(...spy.mock.calls.map(([text]) => text.length))).toBeLessThanOrEqual(SBD_WINDOW);
    } finally {
      spy.mockRestore();
    }
  });

  test('cuts a window with no sentence boundary at a space', () => {
    const words = 'word '.repeat(1000);
    const ranges = splitParagraph(words, 1000);
    expect(ranges.length).toBeGreaterThan(1);
    expect(ranges.map(([s, e]) => words.slice(s, e).trim()).join(' ')).toBe(words.trim());
  });

  const corpus = ['graph-data/articles', 'graph-data/voa'].flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => [f, readFileSync(join(dir, f), 'utf8').split('\n').slice(3).filter((p) => p.trim())] as const),
  );

  test.for(corpus)('splits %s a window at a time exactly as in one pass', ([, paragraphs]) => {
    for (const p of paragraphs) expect(splitParagraph(p, 1000)).toEqual(splitParagraph(p, Infinity));
  });
});

describe('normaliseQuotes', () => {
  test('writes curly, doubled and back-tick quotes as " and curly apostrophes as \'', () => {
    expect(normaliseQuotes('\u201cA\u201d \'\'B\'\' ``C\'\' Moscow\u2019s').norm).toBe('"A" "B" "C" Moscow\'s');
  });

  test('maps each normalised offset back to the original text', () => {
    const text = "''No,'' he said ``so'' \u201cthere\u201d";
    const { norm, original } = normaliseQuotes(text);
    expect(norm).toBe('"No," he said "so" "there"');
    for (const word of ['No', 'he', 'so', 'there']) {
      const at = norm.indexOf(word);
      expect(text.slice(original(at), original(at + word.length))).toBe(word);
    }
    expect(original(0)).toBe(0);
    expect(original(norm.length)).toBe(text.length);
    expect(normaliseQuotes('plain text').original(5)).toBe(5);
  });
});
