// parseArticle: the article file contract (title, date, URL, one paragraph per line) and the errors a
// broken file gets, each naming the 1-based line to fix.
import { describe, expect, test } from 'vitest';
import { articleIdFromFile, MAX_ARTICLE_BYTES, parseArticle } from '../../src/article/parse.ts';
import { ArticleFormatError } from '../../src/errors.ts';

const GOOD = 'US and Russia meet in Geneva\n20220110\nhttps://example.org/geneva\nRussia demanded security guarantees.\n\nThe talks ended on Monday.\n';

/** The error parseArticle throws for `content`, or a test failure when it throws none. */
function formatError(content: Buffer | string, file = 'articles/broken.txt', maxBytes?: number): ArticleFormatError {
  try {
    parseArticle(content, file, maxBytes === undefined ? {} : { maxBytes });
  } catch (err) {
    expect(err).toBeInstanceOf(ArticleFormatError);
    return err as ArticleFormatError;
  }
  throw new Error('expected parseArticle to throw');
}

describe('parseArticle', () => {
  test('returns title, ISO date, URL and one paragraph per non-empty body line', () => {
    const a = parseArticle(GOOD, 'articles/000_geneva.txt');
    expect(a).toEqual({
      id: '000_geneva',
      title: 'US and Russia meet in Geneva',
      date: '2022-01-10',
      url: 'https://example.org/geneva',
      paragraphs: [
        { line: 4, text: 'Russia demanded security guarantees.' },
        { line: 6, text: 'The talks ended on Monday.' },
      ],
    });
  });

  test('accepts a Buffer of UTF-8 with a byte-order mark and CRLF line ends', () => {
    const a = parseArticle(Buffer.from('\uFEFF' + GOOD.replace(/\n/g, '\r\n'), 'utf8'), 'x.txt');
    expect(a.title).toBe('US and Russia meet in Geneva');
    expect(a.paragraphs.map((p) => p.line)).toEqual([4, 6]);
  });

  test('should throw ARTICLE_FORMAT at line 1 when the title is empty', () => {
    const err = formatError('\n20220110\nhttps://example.org\nBody.');
    expect(err).toMatchObject({ code: 'ARTICLE_FORMAT', line: 1, file: 'articles/broken.txt' });
  });

  test('should throw at line 2 when the date line is missing', () => {
    expect(formatError('Title only')).toMatchObject({ code: 'ARTICLE_FORMAT', line: 2 });
  });

  test('should throw at line 2 when the date line is empty', () => {
    expect(formatError('Title\n\nhttps://example.org\nBody.')).toMatchObject({ code: 'ARTICLE_FORMAT', line: 2 });
  });

  test.for([
    ['2022-01-10'],
    ['January 10, 2022'],
    ['20221310'],
    ['20220230'],
    ['2022011'],
  ])('should throw at line 2 when the date is %s', ([date]) => {
    expect(formatError(`Title\n${date}\nhttps://example.org\nBody.`)).toMatchObject({ code: 'ARTICLE_FORMAT', line: 2 });
  });

  test('should throw at line 3 when the URL is missing', () => {
    expect(formatError('Title\n20220110\n\nBody.')).toMatchObject({ code: 'ARTICLE_FORMAT', line: 3 });
  });

  test('should throw at line 3 when line 3 is prose rather than a URL', () => {
    expect(formatError('Title\n20220110\nRussia demanded guarantees.\nBody.')).toMatchObject({ code: 'ARTICLE_FORMAT', line: 3 });
  });

  test('should throw at line 4 when the body is empty', () => {
    expect(formatError('Title\n20220110\nhttps://example.org\n\n   \n')).toMatchObject({ code: 'ARTICLE_FORMAT', line: 4 });
  });

  test('should throw at the line of a NUL byte', () => {
    const err = formatError(Buffer.from('Title\n20220110\nhttps://example.org\nBody.\nmore\u0000binary', 'utf8'));
    expect(err).toMatchObject({ code: 'ARTICLE_FORMAT', line: 5 });
  });

  test('should throw at the line of the first byte that is not valid UTF-8', () => {
    const bytes = Buffer.concat([Buffer.from('Title\n20220110\nhttps://example.org\n'), Buffer.from([0xff, 0xfe, 0xc3, 0x28])]);
    expect(formatError(bytes)).toMatchObject({ code: 'ARTICLE_FORMAT', line: 4 });
  });

  test('should throw TOO_LARGE at line 1 for a file over 5 MB', () => {
    const big = Buffer.alloc(MAX_ARTICLE_BYTES + 1, 'a');
    expect(MAX_ARTICLE_BYTES).toBe(5 * 1024 * 1024);
    expect(formatError(big)).toMatchObject({ code: 'TOO_LARGE', line: 1 });
  });

  test('accepts a file of exactly the byte limit', () => {
    const head = 'Title\n20220110\nhttps://example.org\n';
    const body = 'a'.repeat(1000 - head.length);
    expect(() => parseArticle(head + body, 'x.txt', { maxBytes: 1000 })).not.toThrow();
  });

  test('names the file and the line in the message', () => {
    expect(formatError('Title\n2022\nhttps://example.org\nBody.', 'corpus/bad.txt').message).toMatch(/^corpus\/bad\.txt:2:/);
  });
});

describe('articleIdFromFile', () => {
  test.for([
    ['graph-data/articles/000_abc.txt', '000_abc'],
    ['C:\\corpus\\20220110_x.TXT', '20220110_x'],
    ['plain', 'plain'],
  ])('returns the file name without .txt for %s', ([file, id]) => {
    expect(articleIdFromFile(file!)).toBe(id);
  });
});

