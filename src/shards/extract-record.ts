// One article given as a record through extraction: the same extractor as a file, without the file.
import type { Article } from '../article/parse.ts';
import { extractArticle } from '../extract/extract-article.ts';
import type { Lexicon } from '../extract/lexicon.ts';
import type { ExtractedArticle } from '../loader/build.ts';
import type { ArticleMeta } from '../graph/types.ts';

export function extractRecord(article: Article, lexicon: Lexicon, where: string): ExtractedArticle {
  const { sentences, claims, warnings } = extractArticle(article, lexicon);
  const meta: ArticleMeta = { id: article.id, title: article.title, date: article.date, url: article.url, sentences: sentences.length };
  const bytes = article.paragraphs.reduce((n, p) => n + Buffer.byteLength(p.text) + 1, 0);
  return { meta, claims, warnings: warnings.map((w) => `${where}: ${article.id}: ${w}`), bytes };
}
