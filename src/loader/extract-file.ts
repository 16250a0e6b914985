// One article file through the pipeline's first half: read, parse, extract. The loader runs it on the main
// thread or in each worker (src/loader/worker.ts); the main thread of a build on workers never loads it.
import { readFileSync } from 'node:fs';
import { parseArticle, type Article } from '../article/parse.ts';
import { extractArticle } from '../extract/extract-article.ts';
import type { Lexicon } from '../extract/lexicon.ts';
import type { ArticleMeta } from '../graph/types.ts';
import type { ExtractedArticle } from './build.ts';

/** Reads, parses and extracts one file; throws ArticleFormatError for a malformed one. */
export function extractFile(file: string, lexicon: Lexicon): ExtractedArticle {
  const content = readFileSync(file);
  const article: Article = parseArticle(content, file);
  const { sentences, claims, warnings } = extractArticle(article, lexicon);
  const meta: ArticleMeta = { id: article.id, title: article.title, date: article.date, url: article.url, sentences: sentences.length };
  return { meta, claims, warnings: warnings.map((w) => `${file}: ${w}`), bytes: content.length };
}

