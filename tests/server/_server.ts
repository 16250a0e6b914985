// Server test helpers: a temp store, the app on an ephemeral port (createApp never listens itself), and a
// small rule-based extractor ("Russia demands sanctions relief.") so tests control exactly what an article adds.
import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article } from '../../src/article/parse.ts';
import { splitSentences } from '../../src/article/sentences.ts';
import type { Claim } from '../../src/extract/claims.ts';
import { slug } from '../../src/graph/keys.ts';
import type { KgGraph } from '../../src/graph/types.ts';
import { createApp } from '../../src/server/app.ts';
import { GraphService, digestOf, type Extracted } from '../../src/server/graph-service.ts';
import { SqliteStore } from '../../src/server/sqlite-store.ts';
import { PgStore } from '../../src/server/pg-store.ts';
import { loadGraphIntoPg, readGraphFromPg } from '../../src/server/pg-graph.ts';
import { PgNameIndex } from '../../src/server/pg-search.ts';
import { createGraph } from '../../src/graph/build.ts';
import type { ArticleStore, NameIndex } from '../../src/server/store.ts';
import { createHash } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import type { WriteGuardOptions } from '../../src/server/write-guard.ts';

const RULE = /^([A-Z][\w ]*?) (demands|rejects|threatens|offers) ([\w -]+?)(?: from ([A-Z][\w ]*?))?\.$/;

/** One claim per sentence shaped "<Actor> <relation> <position>[ from <Actor>]." */
export function ruleExtractor(article: Article): Extracted {
  const sentences = splitSentences(article);
  const claims: Claim[] = [];
  for (const s of sentences) {
    const m = RULE.exec(s.text);
    if (!m) continue;
    const evidence = { article: article.id, sentence: s.index, text: s.text, date: article.date };
    const actor = { ref: 'actor' as const, id: slug(m[1]!), label: m[1]!, actorType: 'state' as const, aliases: [], known: false };
    const position = { ref: 'position' as const, id: slug(m[3]!), label: m[3]!, kind: 'demand' as const, category: 'test' };
    claims.push({ relation: m[2] as Claim['relation'], source: actor, target: position, evidence, rule: 'test' });
    if (m[4]) {
      const target = { ref: 'actor' as const, id: slug(m[4]), label: m[4], actorType: 'state' as const, aliases: [], known: false };
      claims.push({ relation: 'targets', source: position, target, evidence, rule: 'test' });
    }
  }
  return { claims, warnings: [], sentences };
}

export function articleText(id: string, paragraphs: string[], date = '20240102'): string {
  return [`Title of ${id}`, date, `https://example.org/${id}`, ...paragraphs].join('\n');
}

export interface TestServer {
  url: string;
  dir: string;
  service: GraphService;
  close(): Promise<void>;
}

export interface StartOptions {
  base?: KgGraph;
  dir?: string;
  maxArticleBytes?: number;
  corsOrigins?: string[];
  guard?: WriteGuardOptions;
  articleDirs?: string[];
  webDir?: string | null;
}

/**
 * The SQLite store in `dir`; in the PostgreSQL run (tests/server/pg.vitest.config.ts) a database named after `dir`,
 * so a test that reopens the same folder reopens the same database. There the base graph goes through the
 * database as `kg load --db` puts it, and search through its pg_trgm index, as `kg serve --db` does.
 */
async function openStore(dir: string, base: Base | null): Promise<{ store: ArticleStore; base: Base | null; names?: NameIndex }> {
  const url = inject('pgUrl');
  if (!url) return { store: new SqliteStore(dir), base };
  const name = `kg_${createHash('sha256').update(dir).digest('hex').slice(0, 20)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } catch (err) {
    if ((err as { code?: string }).code !== '42P04') throw err; // exists: the folder is reopened
  } finally {
    await admin.end();
  }
  const db = url.replace(/\/postgres$/, `/${name}`);
  await loadGraphIntoPg(db, base?.graph ?? createGraph(), base?.digest ?? '');
  const loaded = base ? await readGraphFromPg(db) : null;
  return { store: await PgStore.open(db), base: loaded && { ...loaded, owned: true }, names: new PgNameIndex(db) };
}

type Base = { graph: KgGraph; digest: string; owned?: boolean };

export async function startServer(o: StartOptions = {}): Promise<TestServer> {
  const dir = o.dir ?? mkdtempSync(join(tmpdir(), 'kg-store-'));
  const opened = await openStore(dir, o.base ? { graph: o.base, digest: digestOf(JSON.stringify(o.base.export())) } : null);
  const service = await GraphService.open({
    ...opened,
    extract: ruleExtractor,
    articleDirs: o.articleDirs,
    maxArticleBytes: o.maxArticleBytes,
  });
  const app = createApp({ service, corsOrigins: o.corsOrigins, webDir: o.webDir ?? null, guard: o.guard });
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    dir,
    service,
    close: async () => {
      await new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
      await service.close();
    },
  };
}
