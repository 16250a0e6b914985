// Issue 2: builds the graph from the gold article with the real loader and lexicon and scores it
// against the hand-made gold file, with the same rules as the project's reference scorer.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildFromInputs } from '../src/loader/build.ts';
import { scoreGraph, type Gold, type Score } from './_score.ts';

const fixture = (p: string) => fileURLToPath(new URL(`./fixtures/${p}`, import.meta.url));
const ARTICLE = fixture('000_1b6febaad030ac13.txt');
const GOLD: Gold = JSON.parse(readFileSync(fixture('gold/000_1b6febaad030ac13.json'), 'utf8'));

describe('buildFromInputs on the gold article 000_1b6febaad030ac13 (issue 2)', () => {
  let score: Score;
  beforeAll(async () => {
    const result = await buildFromInputs([ARTICLE]);
    expect(result.failures).toEqual([]);
    // Round-trip through JSON: the scorer reads what `kg build` writes.
    score = scoreGraph(JSON.parse(JSON.stringify(result.graph.export())), GOLD, readFileSync(ARTICLE, 'utf8'));
  });

  test('should find at least 85% of the gold claims (recall)', () => {
    expect(score.recall, score.report.join('\n')).toBeGreaterThanOrEqual(0.85);
  });

  test('should draw at least 85% of its edges from gold claims (precision)', () => {
    expect(score.precision, score.report.join('\n')).toBeGreaterThanOrEqual(0.85);
  });

  test('should produce no forbidden edge', () => {
    expect(score.forbidden).toEqual([]);
  });

  test('should give each gold actor a single node', () => {
    expect(score.duplicates, score.report.join('\n')).toBe(0);
  });

  test('should give every required gold actor a node', () => {
    expect(score.missingActors).toEqual([]);
  });

  test('should back every scored edge with a sentence of the article', () => {
    expect(score.evidence, score.report.join('\n')).toBe(1);
  });

  test('should not make actors of outlets, programmes, weekdays or misspellings', () => {
    expect(score.noise).toEqual([]);
  });
});
