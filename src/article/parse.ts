// Parses one article file (line 1 title, line 2 date YYYYMMDD, line 3 URL, then one paragraph per line)
// into a typed Article; every format error names the file and line and says how to fix it.
import { ArticleFormatError } from '../errors.ts';

export interface Paragraph {
  /** 1-based line number in the file */
  line: number;
  text: string;
}

export interface Article {
  /** file name without `.txt` */
  id: string;
  title: string;
  /** ISO YYYY-MM-DD */
  date: string;
  url: string;
  paragraphs: Paragraph[];
}

export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

export interface ParseOptions {
  maxBytes?: number;
}

/** `path/to/000_abc.txt` → `000_abc` */
export function articleIdFromFile(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.txt$/i, '');
}

function isoDate(raw: string): string | null {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(raw);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== d) return null;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

function decode(content: Buffer | string, file: string, maxBytes: number): string {
  const bytes = typeof content === 'string' ? Buffer.byteLength(content) : content.length;
  if (bytes > maxBytes) {
    throw new ArticleFormatError(file, 1, `file is ${bytes} bytes, over the ${maxBytes}-byte limit for one article; split it into several articles`, 'TOO_LARGE');
  }
  let text: string;
  if (typeof content === 'string') text = content;
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(content);
    } catch {
      // Name the line of the first byte that is not UTF-8, so a user can find it.
      const lossy = new TextDecoder('utf-8').decode(content);
      const line = lossy.slice(0, Math.max(0, lossy.indexOf('\uFFFD'))).split('\n').length;
      throw new ArticleFormatError(file, line, 'not UTF-8 text (binary file, or saved in another encoding?); save the article as UTF-8 plain text');
    }
  }
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    const line = text.slice(0, nul).split('\n').length;
    throw new ArticleFormatError(file, line, 'contains a NUL byte (binary file?); articles must be plain text');
  }
  return text.replace(/^\uFEFF/, '');
}

export function parseArticle(content: Buffer | string, file: string, options: ParseOptions = {}): Article {
  const text = decode(content, file, options.maxBytes ?? MAX_ARTICLE_BYTES);
  const lines = text.split(/\r\n|\r|\n/);
  const title = (lines[0] ?? '').trim();
  if (!title) throw new ArticleFormatError(file, 1, 'line 1 must be the title, and it is empty');
  const rawDate = (lines[1] ?? '').trim();
  if (lines.length < 2 || !rawDate) throw new ArticleFormatError(file, 2, 'line 2 must be the date as YYYYMMDD, and it is missing');
  const date = isoDate(rawDate);
  if (!date) throw new ArticleFormatError(file, 2, `line 2 must be the date as YYYYMMDD (e.g. 20220110), found "${rawDate.slice(0, 40)}"`);
  const url = (lines[2] ?? '').trim();
  if (!url) throw new ArticleFormatError(file, 3, 'line 3 must be the URL of the article, and it is missing');
  if (/\s/.test(url)) throw new ArticleFormatError(file, 3, `line 3 must be the URL of the article, found text with spaces "${url.slice(0, 40)}"`);
  const paragraphs: Paragraph[] = [];
  for (let i = 3; i < lines.length; i++) {
    const t = lines[i]!.trim();
    if (t) paragraphs.push({ line: i + 1, text: lines[i]! });
  }
  if (!paragraphs.length) throw new ArticleFormatError(file, 4, 'the article has no body: put one paragraph per line after the URL');
  return { id: articleIdFromFile(file), title, date, url, paragraphs };
}
