import { describe, expect, test } from 'vitest';
import { actorPositions } from '../../../src/graph/queries/actor-positions.ts';
import { sampleGraph } from '../../_helpers.ts';

describe('actorPositions', () => {
  test('counts what a representative demands as the actor demanding it', () => {
    const r = actorPositions(sampleGraph(), 'actor:russia');
    const demand = r.byRelation.demands![0]!;
    expect(demand.position.key).toBe('position:nato-non-expansion');
    expect(demand.via.key).toBe('actor:ryabkov');
    expect(demand.targets.map((t) => t.key)).toEqual(['actor:nato']);
    expect(demand.strength).toBe('absolutely mandatory');
  });

  test('lists threats with their condition and evidence', () => {
    const r = actorPositions(sampleGraph(), 'russia');
    const threat = r.byRelation.threatens![0]!;
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
});
