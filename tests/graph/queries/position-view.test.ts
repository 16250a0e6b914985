import { describe, expect, test } from 'vitest';
import { positionView } from '../../../src/graph/queries/position-view.ts';
import { sampleGraph } from '../../_helpers.ts';

describe('positionView', () => {
  const view = () => positionView(sampleGraph(), 'position:nato-non-expansion');

  test('lists who holds a demand', () => {
    expect(view().holders.items.map((h) => [h.actor.key, h.relation])).toEqual([['actor:ryabkov', 'demands']]);
  });

  test('lists who rejects it as opponents', () => {
    expect(view().opponents.items.map((h) => h.actor.key)).toEqual(['actor:united-states']);
  });

  test('lists whom it targets', () => {
    expect(view().targets.items.map((t) => t.node.key)).toEqual(['actor:nato']);
  });

  test('lists the responses that answer it', () => {
    expect(view().answeredBy.items.map((t) => t.node.key)).toEqual(['position:missile-talks']);
  });

  test('lists the demands a response answers', () => {
    expect(positionView(sampleGraph(), 'position:missile-talks').answers.items.map((t) => t.node.key)).toEqual(['position:nato-non-expansion']);
  });

  test('throws NOT_FOUND for an actor key', () => {
    expect(() => positionView(sampleGraph(), 'actor:russia')).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });
});
