// Carries a JSON store (the format before SQLite) over into the article store once: each posted article is
// parsed, split and extracted again and stored with its rows, deletions are recorded, and graph.json is renamed.
import { parseArticle } from '../article/parse.ts';
import { splitSentences } from '../article/sentences.ts';
import type { Extractor } from './graph-service.ts';
import { readLegacyStore, retireLegacyStore } from './legacy-json-store.ts';
import type { ArticleStore } from './store.ts';

export interface Migration {
  posted: number;
  deleted: number;
  /** ids whose text was missing or no longer parses */
  skipped: string[];
  /** where graph.json was moved */
  kept: string;
}

/** Migrates `dir`'s JSON store into `store`; null when there is none. Ids already stored are left as they are. */
export async function migrateJsonStore(dir: string, store: ArticleStore, extract: Extractor): Promise<Migration | null> {
  const legacy = await readLegacyStore(dir);
  if (!legacy) return null;
  const skipped: string[] = [];
  let posted = 0;
  for (const { id, text } of legacy.posted) {
    if (text === null || (await store.text(id)) !== null) {
      if (text === null) skipped.push(id);
      continue;
    }
    try {
      const article = parseArticle(text, `${id}.txt`);
      const { claims } = await extract(article, text);
      const sentences = splitSentences(article).map(({ text: t, paragraph }) => ({ text: t, paragraph }));
      const meta = { id, title: article.title, date: article.date, url: article.url, sentences: sentences.length };
      await store.addArticle({ meta, text, sentences, claims });
      posted++;
    } catch {
      skipped.push(id);
    }
  }
  for (const id of legacy.deleted) await store.deleteArticle(id, false);
  const kept = await retireLegacyStore(dir);
  return { posted, deleted: legacy.deleted.length, skipped, kept };
}
