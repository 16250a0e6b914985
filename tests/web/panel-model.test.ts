// What the details panel lists (web/src/panel-model.ts): an actor's stances (its representatives' count),
// what is aimed at it, and a position's holders, opponents and targets.
import { describe, expect, test } from 'vitest';
import { panelModel, type ActorModel, type PositionModel } from '../../web/src/panel-model.ts';
import { displayGraph } from './_graph.ts';

describe('panelModel', () => {
  test('groups an actor\'s stances by relation with the evidence of each', () => {
    const model = panelModel(displayGraph(), 'actor:russia') as ActorModel;
    expect(model.byRelation.demands?.map((s) => s.position.label)).toEqual(['NATO non-expansion']);
    expect(model.byRelation.demands?.[0]!.targets.map((t) => t.label)).toEqual(['NATO']);
    expect(model.byRelation.demands?.[0]!.evidence).toHaveLength(2);
  });

  test('counts a representative\'s stances as the actor\'s, naming who held them', () => {
    const model = panelModel(displayGraph(), 'actor:russia') as ActorModel;
    expect(model.representatives.map((r) => r.label)).toEqual(['Vladimir Putin']);
    expect(model.byRelation.offers?.[0]!.via.label).toBe('Vladimir Putin');
  });

  test('lists what is threatened against an actor with the condition', () => {
    const model = panelModel(displayGraph(), 'actor:russia') as ActorModel;
    expect(model.threatenedAgainst.map((f) => f.position.label)).toEqual(['economic sanctions']);
    expect(model.threatenedAgainst[0]!.holders.find((h) => h.relation === 'threatens')?.condition).toBe('if Russia invades Ukraine');
  });

  test('lists what is demanded of an actor', () => {
    const model = panelModel(displayGraph(), 'actor:nato') as ActorModel;
    expect(model.demandedOf.map((f) => [f.position.label, f.holders.map((h) => h.actor.label)])).toEqual([['NATO non-expansion', ['Russia']]]);
  });

  test('lists who holds, opposes and is targeted by a position', () => {
    const model = panelModel(displayGraph(), 'position:no-expansion') as PositionModel;
    expect(model.holders.map((h) => h.actor.label)).toEqual(['Russia']);
    expect(model.opponents.map((h) => h.actor.label)).toEqual(['United States']);
    expect(model.targets.map((l) => l.node.label)).toEqual(['NATO']);
  });
});
