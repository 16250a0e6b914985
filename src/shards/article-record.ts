// Articles given as records (a JSONL line, a Parquet row) with `article_id, date, url, title, text`, checked
// field by field: a bad record names its input, its line or row, the field, and what the field must hold.
import { z } from 'zod';
import { MAX_ARTICLE_BYTES, type Article } from '../article/parse.ts';
import { ArticleFormatError } from '../errors.ts';

const DATE = /^(\d{4})-?(\d{2})-?(\d{2})$/;

const RecordSchema = z.object({
  article_id: z.string().trim().min(1, 'must be a non-empty string').regex(/^[^\\/\u0000]+$/, 'must not contain / or \\'),
  date: z.string().regex(DATE, 'must be a date as YYYY-MM-DD or YYYYMMDD'),
  url: z.string().trim().min(1, 'must be the article URL').regex(/^\S+$/, 'must be a URL without spaces'),
  title: z.string().trim().min(1, 'must be a non-empty title'),
  text: z.string().refine((t) => t.trim().length > 0, 'must hold the body, one paragraph per line'),
});

function isoDate(raw: string): string | null {
  const m = DATE.exec(raw)!;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== d) return null;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

/** Checks one record; `where` is "file.jsonl" and `line` its 1-based line (or row) for the error. */
export function articleFromRecord(value: unknown, where: string, line: number): Article {
  const parsed = RecordSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.join('.') || 'record';
    throw new ArticleFormatError(where, line, `field "${field}" ${issue.code === 'invalid_type' ? 'is missing or not a string' : issue.message}; each record needs article_id, date, url, title and text`);
  }
  const r = parsed.data;
  if (Buffer.byteLength(r.text) > MAX_ARTICLE_BYTES) {
    throw new ArticleFormatError(where, line, `field "text" is over the ${MAX_ARTICLE_BYTES}-byte limit for one article; split it into several articles`, 'TOO_LARGE');
  }
  const date = isoDate(r.date);
  if (!date) throw new ArticleFormatError(where, line, `field "date" is not a calendar date: "${r.date}"`);
  const paragraphs = r.text.split(/\r\n|\r|\n/).flatMap((text, i) => (text.trim() ? [{ line: i + 1, text }] : []));
  return { id: r.article_id, title: r.title, date, url: r.url, paragraphs };
}

/** One JSONL line as a value; a line that is not JSON is a format error naming it. */
export function parseJsonLine(text: string, where: string, line: number): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new ArticleFormatError(where, line, `not valid JSON (${(err as Error).message}); each line must be one JSON object`);
  }
}

/** One JSONL line: JSON first, then the record's fields. */
export function articleFromJsonLine(text: string, where: string, line: number): Article {
  return articleFromRecord(parseJsonLine(text, where, line), where, line);
}
