import { describe, expect, test } from 'vitest';
import { stanceShifts } from '../../../src/graph/queries/stance-shifts.ts';
import type { ShiftsResponse } from '../../../src/graph/queries/stance-types.ts';
import { stanceGraph } from '../../_stance-graph.ts';

const summary = (s: ShiftsResponse): string[] =>
  s.items.map((x) => `${x.actor.label} / ${x.position.label}: ${x.before.relations.join('+')} → ${x.after.relations.join('+')}`);

describe('stanceShifts', () => {
  test('reports stances that changed between two days, newest first', () => {
    expect(summary(stanceShifts(stanceGraph()))).toEqual([
      'Russia / Ceasefire: rejects → accepts',
      'United States / Sanctions: threatens → imposes',
    ]);
  });

  test('gives the dated sentences before and after the change', () => {
    const shift = stanceShifts(stanceGraph()).items.find((s) => s.actor.label === 'Russia')!;
    expect(shift.before).toMatchObject({ date: '2022-01-10', relations: ['rejects'] });
    expect(shift.before.events.map((e) => [e.via.label, e.article])).toEqual([['Sergei Lavrov', 'jan']]);
    expect(shift.after).toMatchObject({ date: '2022-03-01', relations: ['accepts'] });
    expect(shift.after.events[0]!.text).toMatch(/^Russia accepts Ceasefire/);
  });

  test('does not report the same stance repeated on a later day', () => {
    const s = stanceShifts(stanceGraph());
    expect(s.items.some((x) => x.actor.label === 'United Kingdom')).toBe(false);
  });

  test('does not report two stances taken on the same day', () => {
    expect(stanceShifts(stanceGraph()).items.some((x) => x.actor.label === 'France')).toBe(false);
  });

  test('finds no shift between a spokesman and his state when people are kept apart', () => {
    expect(summary(stanceShifts(stanceGraph(), {}, { fold: false }))).toEqual(['United States / Sanctions: threatens → imposes']);
  });

  test('applies the graph filter (dates cut a shift off)', () => {
    expect(stanceShifts(stanceGraph(), { to: '2022-02-28' }).total).toBe(0);
    expect(summary(stanceShifts(stanceGraph(), { actor: 'United States' }))).toEqual(['United States / Sanctions: threatens → imposes']);
  });

  test('pages with limit and offset, total counting all', () => {
    const s = stanceShifts(stanceGraph(), {}, { limit: 1, offset: 1 });
    expect([s.items.length, s.total, s.items[0]!.actor.label]).toEqual([1, 2, 'United States']);
  });
});
