// compromise, loaded on first use: a build's main thread, which only merges what workers extract, never pays the
// quarter second it takes to load. Named-entity recognition and verb conjugation share this one instance.
import { createRequire } from 'node:module';
import type Compromise from 'compromise';

let loaded: typeof Compromise | undefined;

export function compromise(): typeof Compromise {
  return (loaded ??= createRequire(import.meta.url)('compromise') as typeof Compromise);
}
