// Accuracy on the dev set: 19 Voice of America negotiation stories (graph-data/articles) annotated by hand
// (tests/fixtures/gold-dev, copied from the shared evaluation). Each article is built alone with the real
// loader, as `kg build` would, and scored with the project's own scorer. The floors record the best the
// loader has reached: they only move up, so a rule that trades another article's facts for this one fails.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildFromInputs } from '../src/loader/build.ts';
import { scoreGraph, type Gold, type Score } from './_score.ts';

const GOLD_DIR = fileURLToPath(new URL('./fixtures/gold-dev/', import.meta.url));
const ARTICLES = fileURLToPath(new URL('../graph-data/articles/', import.meta.url));

/** Floors: mean recall and precision over the set, and forbidden (polarity) errors at most. */
const FLOOR = { recall: 0.7, precision: 0.96, forbidden: 0 };

describe('the dev set of 19 VOA negotiation stories', () => {
  const scores: Array<{ article: string; score: Score }> = [];
  beforeAll(async () => {
    for (const file of readdirSync(GOLD_DIR).filter((f) => f.endsWith('.json')).sort()) {
      const gold: Gold = JSON.parse(readFileSync(GOLD_DIR + file, 'utf8'));
      const path = ARTICLES + gold.article;
      const result = await buildFromInputs([path]);
      const graph = JSON.parse(JSON.stringify(result.graph.export()));
      scores.push({ article: gold.article, score: scoreGraph(graph, gold, readFileSync(path, 'utf8')) });
    }
  }, 120_000);
  const mean = (f: (s: Score) => number) => scores.reduce((sum, x) => sum + f(x.score), 0) / scores.length;
  const table = () => scores.map(({ article, score }) => `${article}: recall ${score.recall.toFixed(2)} precision ${score.precision.toFixed(2)}`).join('\n');

  test('covers all 19 annotated stories', () => {
    expect(scores).toHaveLength(19);
  });

  test(`mean recall is at least ${FLOOR.recall}`, () => {
    expect(mean((s) => s.recall), table()).toBeGreaterThanOrEqual(FLOOR.recall);
  });

  test(`mean precision is at least ${FLOOR.precision}`, () => {
    expect(mean((s) => s.precision), table()).toBeGreaterThanOrEqual(FLOOR.precision);
  });

  test(`at most ${FLOOR.forbidden} forbidden (polarity or direction) errors over the set`, () => {
    const forbidden = scores.flatMap((x) => x.score.forbidden);
    expect(forbidden.length, forbidden.join('\n')).toBeLessThanOrEqual(FLOOR.forbidden);
  });

  test('every scored edge is backed by a sentence of its article', () => {
    expect(mean((s) => s.evidence)).toBe(1);
  });
});
