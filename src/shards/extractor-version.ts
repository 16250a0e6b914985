// The extractor version stamped on every claim row: the package version and a hash of the lexicon files,
// so claims extracted with different rules are told apart after a merge.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const PACKAGE = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

/** "0.1.0+lex.1a2b3c4d" */
export function extractorVersion(lexiconDir: string): string {
  const hash = createHash('sha256');
  for (const name of readdirSync(lexiconDir).filter((n) => n.endsWith('.json')).sort()) {
    hash.update(name).update('\u0000').update(readFileSync(join(lexiconDir, name))).update('\u0000');
  }
  return `${PACKAGE.version}+lex.${hash.digest('hex').slice(0, 8)}`;
}
