// Node and edge keys: stable, readable, and the same for the same actor or position in any article,
// which is what makes merging many articles a matter of adding to existing nodes and edges.
import type { EndpointRef } from '../extract/claims.ts';
import type { Relation } from './types.ts';

export function nodeKey(ref: EndpointRef): string {
  return ref.ref === 'actor' ? `actor:${ref.id}` : `position:${ref.id}`;
}

export function edgeKey(relation: Relation, source: string, target: string): string {
  return `${source}|${relation}|${target}`;
}

/** "Deputy Foreign Minister" → "deputy-foreign-minister"; keeps letters of any script. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}
