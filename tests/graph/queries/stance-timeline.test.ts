import { describe, expect, test } from 'vitest';
import { stanceTimeline } from '../../../src/graph/queries/stance-timeline.ts';
import { stanceGraph } from '../../_stance-graph.ts';

describe('stanceTimeline', () => {
  test("lists an actor's stances and its spokesman's, oldest first", () => {
    const t = stanceTimeline(stanceGraph(), { actor: 'Russia' });
    expect(t.items.map((e) => [e.date, e.via.label, e.relation, e.position.label])).toEqual([
      ['2022-01-10', 'Russia', 'demands', 'NATO non-expansion'],
      ['2022-01-10', 'Sergei Lavrov', 'demands', 'Security guarantees'],
      ['2022-01-10', 'Sergei Lavrov', 'rejects', 'Ceasefire'],
      ['2022-03-01', 'Russia', 'accepts', 'Ceasefire'],
    ]);
    expect(t.members.map((m) => m.label)).toEqual(['Sergei Lavrov']);
  });

  test("leaves the spokesman's stances out when fold is false", () => {
    expect(stanceTimeline(stanceGraph(), { actor: 'Russia', fold: false }).total).toBe(2);
  });

  test('lists who took a stance on a position, each in its row actor', () => {
    const t = stanceTimeline(stanceGraph(), { position: 'Ceasefire' });
    expect(t.items.map((e) => `${e.actor.label}:${e.relation}`)).toEqual(['Russia:rejects', 'France:demands', 'France:rejects', 'Russia:accepts']);
  });

  test('narrows to a pair, with each event naming its article and sentence', () => {
    const t = stanceTimeline(stanceGraph(), { actor: 'actor:united-states', position: 'Sanctions' });
    expect(t.items.map((e) => [e.relation, e.article, e.date])).toEqual([['threatens', 'jan', '2022-01-10'], ['imposes', 'mar', '2022-03-01']]);
    expect(t.items[0]!.text).toMatch(/^United States threatens Sanctions/);
  });

  test('applies relations and dates', () => {
    expect(stanceTimeline(stanceGraph(), { position: 'Ceasefire', relations: ['rejects'], from: '2022-02-01' }).total).toBe(1);
  });

  test('throws a bad request naming actor when neither actor nor position is given', () => {
    expect(() => stanceTimeline(stanceGraph(), {})).toThrow(expect.objectContaining({ code: 'BAD_REQUEST', param: 'actor' }));
  });

  test('throws NotFoundError for an unknown position', () => {
    expect(() => stanceTimeline(stanceGraph(), { position: 'Atlantis' })).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });
});
