// A fixed graph for the stance views (matrix, shifts, timeline): two blocs with opposite stances on two demands,
// a spokesman folded into his state, and stances that change between dated articles (and some that do not).
import { buildGraph } from '../src/graph/build.ts';
import type { Claim } from '../src/extract/claims.ts';
import type { ArticleMeta, KgGraph, Relation } from '../src/graph/types.ts';
import { actorRef, positionRef } from './_helpers.ts';

export const SA = {
  russia: actorRef('russia', 'Russia'),
  belarus: actorRef('belarus', 'Belarus'),
  lavrov: actorRef('lavrov', 'Sergei Lavrov', 'person', ['Lavrov']),
  us: actorRef('united-states', 'United States'),
  uk: actorRef('united-kingdom', 'United Kingdom'),
  france: actorRef('france', 'France'),
};

export const SP = {
  noExpansion: positionRef('nato-non-expansion', 'NATO non-expansion'),
  guarantees: positionRef('security-guarantees', 'Security guarantees'),
  sanctions: positionRef('sanctions', 'Sanctions', 'response'),
  ceasefire: positionRef('ceasefire', 'Ceasefire', 'response'),
};

const DATES: Record<string, string> = { jan: '2022-01-10', feb: '2022-02-01', mar: '2022-03-01' };

function meta(id: string): ArticleMeta {
  return { id, title: `Talks in ${id}`, date: DATES[id]!, url: `https://example.org/${id}`, sentences: 20 };
}

type Ref = Claim['source'];
let sentence = 0;
function c(relation: Relation, source: Ref, target: Ref, article: string): Claim {
  const n = sentence++;
  return { relation, source, target, evidence: { article, sentence: n, text: `${source.label} ${relation} ${target.label}, sentence ${n}.`, date: DATES[article]! }, rule: 'test' };
}

/** Stance sentences in the graph: 18 (one per stance claim below). */
export function stanceGraph(): KgGraph {
  sentence = 0;
  const jan = [
    c('represents', SA.lavrov, SA.russia, 'jan'),
    c('demands', SA.russia, SP.noExpansion, 'jan'),
    c('demands', SA.lavrov, SP.guarantees, 'jan'),
    c('demands', SA.belarus, SP.noExpansion, 'jan'),
    c('demands', SA.belarus, SP.guarantees, 'jan'),
    c('rejects', SA.us, SP.noExpansion, 'jan'),
    c('rejects', SA.us, SP.guarantees, 'jan'),
    c('rejects', SA.uk, SP.noExpansion, 'jan'),
    c('rejects', SA.uk, SP.guarantees, 'jan'),
    c('threatens', SA.us, SP.sanctions, 'jan'),
    c('rejects', SA.lavrov, SP.ceasefire, 'jan'),
    c('targets', SP.sanctions, SA.russia, 'jan'),
  ];
  const feb = [
    c('rejects', SA.uk, SP.noExpansion, 'feb'),
    c('rejects', SA.france, SP.noExpansion, 'feb'),
    c('rejects', SA.france, SP.guarantees, 'feb'),
    c('demands', SA.france, SP.ceasefire, 'feb'),
    c('rejects', SA.france, SP.ceasefire, 'feb'),
  ];
  const mar = [c('imposes', SA.us, SP.sanctions, 'mar'), c('accepts', SA.russia, SP.ceasefire, 'mar')];
  return buildGraph([
    { meta: meta('jan'), claims: jan },
    { meta: meta('feb'), claims: feb },
    { meta: meta('mar'), claims: mar },
  ]);
}
