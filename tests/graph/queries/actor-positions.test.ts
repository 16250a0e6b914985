import { describe, expect, test } from 'vitest';
import { actorPositions } from '../../../src/graph/queries/actor-positions.ts';
import { A, ARTICLES, P, claim, positionRef, sampleGraph } from '../../_helpers.ts';
import { addClaim } from '../../../src/graph/build.ts';
import { actorGroup } from '../../../src/graph/representation.ts';
import type { KgGraph } from '../../../src/graph/types.ts';

describe('actorPositions', () => {
  test('counts what a representative demands as the actor demanding it', () => {
    const r = actorPositions(sampleGraph(), 'actor:russia');
    expect(r.byRelation.demands).toBe(1);
    const demand = r.holds.items.find((s) => s.relation === 'demands')!;
    expect(demand.position.key).toBe('position:nato-non-expansion');
    expect(demand.via.key).toBe('actor:ryabkov');
    expect(demand.targets.map((t) => t.key)).toEqual(['actor:nato']);
    expect(demand.strength).toBe('absolutely mandatory');
  });

  test('lists threats with their condition and evidence', () => {
    const r = actorPositions(sampleGraph(), 'russia');
    const threat = r.holds.items.find((s) => s.relation === 'threatens')!;
    expect(threat.condition).toBe('if NATO expands east');
    expect(threat.evidence[0]).toMatchObject({ article: 'geneva', sentence: 4, date: '2022-01-10' });
  });

  test('lists what is aimed at the actor, with who holds it', () => {
    const r = actorPositions(sampleGraph(), 'actor:turkey');
    expect(r.facing.items.map((f) => f.position.key)).toEqual(['position:sanctions']);
    expect(r.facing.items[0]!.holders.map((h) => [h.actor.key, h.relation])).toEqual([
      ['actor:united-states', 'threatens'],
      ['actor:erdogan', 'rejects'],
    ]);
  });

  test('names the representatives', () => {
    expect(actorPositions(sampleGraph(), 'actor:turkey').representatives.map((r) => r.key)).toEqual(['actor:erdogan']);
  });

  test('resolves the actor from an alias', () => {
    expect(actorPositions(sampleGraph(), 'Washington').actor.key).toBe('actor:united-states');
  });

  test('throws NOT_FOUND for a position key', () => {
    expect(() => actorPositions(sampleGraph(), 'position:sanctions')).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });

  test('pages stances and facing positions with limit and offset while total counts them all', () => {
    const all = actorPositions(sampleGraph(), 'actor:united-states');
    expect(all.holds.total).toBe(3);
    const page = actorPositions(sampleGraph(), 'actor:united-states', { limit: 1, offset: 1 });
    expect(page.holds.total).toBe(3);
    expect(page.holds.items.map((h) => h.edge)).toEqual([all.holds.items[1]!.edge]);
    expect(page.byRelation).toEqual({ rejects: 1, offers: 1, threatens: 1 });
  });

  test('lists only the asked relations, still counting every relation', () => {
    const r = actorPositions(sampleGraph(), 'actor:united-states', { relations: ['threatens'] });
    expect(r.holds.items.map((h) => h.relation)).toEqual(['threatens']);
    expect(r.holds.total).toBe(1);
    expect(r.byRelation.offers).toBe(1);
  });

  test('lists one evidence sentence per stance by default, more on request, and says how many there are', () => {
    const g = sampleGraph();
    for (let i = 1; i <= 5; i++) addClaim(g, claim('rejects', A.us, P.noExpansion, 'geneva', i)); // sentence 2 is already there
    const reject = (r: ReturnType<typeof actorPositions>) => r.holds.items.find((s) => s.relation === 'rejects')!;
    expect(reject(actorPositions(g, 'actor:united-states')).evidence).toHaveLength(1);
    const more = reject(actorPositions(g, 'actor:united-states', { evidence: 2 }));
    expect(more.evidence.map((e) => e.sentence)).toEqual([2, 1]);
    expect(more.evidenceTotal).toBe(5);
  });

  test('caps the holders listed per facing position and counts them all', () => {
    const g = sampleGraph();
    for (let i = 0; i < 14; i++) addClaim(g, claim('demands', { ...A.ukraine, id: `state-${i}`, label: `State ${i}` }, P.sanctions, 'ankara', 0));
    const facing = actorPositions(g, 'actor:turkey').facing.items[0]!;
    expect(facing.holders).toHaveLength(5);
    expect(facing.holdersTotal).toBe(16);
  });

  test('sees a stance added after an earlier query', () => {
    const g = sampleGraph();
    expect(actorPositions(g, 'actor:ukraine').holds.total).toBe(0);
    addClaim(g, claim('demands', A.ukraine, positionRef('security-guarantees', 'security guarantees'), 'geneva', 1));
    expect(actorPositions(g, 'actor:ukraine').holds.items.map((h) => h.position.key)).toEqual(['position:security-guarantees']);
  });
});

describe('actorGroup', () => {
  const represents = (g: KgGraph, from: string, to: string) =>
    g.addDirectedEdgeWithKey(`${from}|represents|${to}`, from, to, { relation: 'represents', evidence: [], firstDate: ARTICLES.geneva!.date, lastDate: ARTICLES.geneva!.date });

  test('follows representation two steps, not along a whole chain', () => {
    const g = sampleGraph();
    for (const k of ['spokesperson', 'deputy', 'aide']) g.addNode(`actor:${k}`, { kind: 'actor', label: k, aliases: [], actorType: 'person', known: false });
    represents(g, 'actor:spokesperson', 'actor:ryabkov');
    represents(g, 'actor:deputy', 'actor:spokesperson');
    represents(g, 'actor:aide', 'actor:deputy');
    expect([...actorGroup(g, 'actor:russia')].sort()).toEqual(['actor:russia', 'actor:ryabkov', 'actor:spokesperson']);
  });

  test('a cycle of represents edges does not fold the actors into one', () => {
    const g = sampleGraph();
    represents(g, 'actor:russia', 'actor:united-states');
    represents(g, 'actor:united-states', 'actor:turkey');
    represents(g, 'actor:turkey', 'actor:russia');
    // Turkey: Erdoğan and the US directly, the US's representatives (Blinken, Russia) one step further; not Ryabkov.
    expect([...actorGroup(g, 'actor:turkey')].sort()).toEqual(['actor:blinken', 'actor:erdogan', 'actor:russia', 'actor:turkey', 'actor:united-states']);
  });
});
