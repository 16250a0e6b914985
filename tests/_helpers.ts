// Shared test helpers: a small hand-written negotiation graph (claims built directly, no extractor) that the
// query, export and server tests all read, so each of them checks the same known facts.
import { spawnSync } from 'node:child_process';
import { buildGraph } from '../src/graph/build.ts';
import type { ActorRef, Claim, PositionRef } from '../src/extract/claims.ts';
import type { ActorType, ArticleMeta, KgGraph, Relation } from '../src/graph/types.ts';

export function actorRef(id: string, label: string, actorType: ActorType = 'state', aliases: string[] = []): ActorRef {
  return { ref: 'actor', id, label, actorType, aliases, known: true };
}

export function positionRef(id: string, label: string, kind: 'demand' | 'response' = 'demand'): PositionRef {
  return { ref: 'position', id, label, kind, category: 'security' };
}

export const A = {
  russia: actorRef('russia', 'Russia', 'state', ['Moscow', 'Russian Federation']),
  us: actorRef('united-states', 'United States', 'state', ['US', 'Washington']),
  nato: actorRef('nato', 'NATO', 'alliance'),
  ukraine: actorRef('ukraine', 'Ukraine', 'state', ['Kyiv']),
  ryabkov: actorRef('ryabkov', 'Sergei Ryabkov', 'person', ['Ryabkov']),
  blinken: actorRef('blinken', 'Antony Blinken', 'person', ['Blinken']),
  erdogan: actorRef('erdogan', 'Recep Tayyip Erdoğan', 'person', ['Erdoğan']),
  turkey: actorRef('turkey', 'Turkey', 'state', ['Ankara', 'Türkiye']),
};

export const P = {
  noExpansion: positionRef('nato-non-expansion', 'NATO non-expansion'),
  missileTalks: positionRef('missile-talks', 'talks on missile deployments', 'response'),
  militaryResponse: positionRef('military-response', 'military-technical response'),
  sanctions: positionRef('sanctions', 'sanctions'),
};

export const ARTICLES: Record<string, ArticleMeta> = {
  geneva: { id: 'geneva', title: 'US, Russia talks in Geneva', date: '2022-01-10', url: 'https://example.org/geneva', sentences: 6 },
  ankara: { id: 'ankara', title: 'Ankara defies Washington', date: '2019-11-25', url: 'https://example.org/ankara', sentences: 3 },
};

export function claim(relation: Relation, source: ActorRef | PositionRef, target: ActorRef | PositionRef, article: string, sentence: number, extra: Partial<Claim> = {}): Claim {
  const meta = ARTICLES[article]!;
  return {
    relation,
    source,
    target,
    evidence: { article, sentence, text: `Sentence ${sentence} of ${article}.`, date: meta.date },
    rule: 'test',
    ...extra,
  };
}

export const CLAIMS: Record<string, Claim[]> = {
  geneva: [
    claim('represents', A.ryabkov, A.russia, 'geneva', 0),
    claim('represents', A.blinken, A.us, 'geneva', 1),
    claim('demands', A.ryabkov, P.noExpansion, 'geneva', 0, { cameo: '1056', plover: 'REQUEST', strength: 'absolutely mandatory' }),
    claim('targets', P.noExpansion, A.nato, 'geneva', 0),
    claim('rejects', A.us, P.noExpansion, 'geneva', 2, { plover: 'REJECT', strength: 'non-starter' }),
    claim('offers', A.us, P.missileTalks, 'geneva', 3, { plover: 'AGREE' }),
    claim('answers', P.missileTalks, P.noExpansion, 'geneva', 3),
    claim('targets', P.missileTalks, A.russia, 'geneva', 3),
    claim('threatens', A.russia, P.militaryResponse, 'geneva', 4, { condition: 'if NATO expands east', plover: 'THREATEN' }),
    claim('targets', P.militaryResponse, A.ukraine, 'geneva', 4),
    claim('meets', A.blinken, A.ryabkov, 'geneva', 5),
  ],
  ankara: [
    claim('threatens', A.us, P.sanctions, 'ankara', 0, { plover: 'THREATEN', condition: 'if Turkey keeps the S-400' }),
    claim('targets', P.sanctions, A.turkey, 'ankara', 0),
    claim('represents', A.erdogan, A.turkey, 'ankara', 1),
    claim('rejects', A.erdogan, P.sanctions, 'ankara', 2),
    claim('meets', A.us, A.russia, 'ankara', 2),
  ],
};

/** The sample graph: two articles, eight actors, four positions. */
export function sampleGraph(): KgGraph {
  return buildGraph(Object.keys(CLAIMS).map((id) => ({ meta: ARTICLES[id]!, claims: CLAIMS[id]! })));
}

/** True on CI, where tools the tests need must be present (a missing one fails instead of skipping). */
export const ON_CI = process.env.CI === 'true' || process.env.CI === '1';

/**
 * Whether an external tool the tests call is installed. Missing on a developer machine: the caller skips with a
 * message naming the Debian package. Missing on CI: the caller runs anyway and fails, since .ci/run installs it.
 */
export function hasTool(check: string[], debianPackage: string): boolean {
  const r = spawnSync(check[0]!, check.slice(1), { stdio: 'ignore' });
  const ok = r.status === 0;
  if (!ok && !ON_CI) console.warn(`skipping tests that need ${check[0]}: install it with "apt-get install ${debianPackage}"`);
  return ok || ON_CI;
}

/** Runs a Python snippet with the given stdin; returns stdout, throws with stderr on failure. */
export function runPython(code: string, input: string): string {
  const r = spawnSync('python3', ['-c', code], { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`python3 failed (${r.status}): ${r.stderr || r.error?.message}`);
  return r.stdout;
}
