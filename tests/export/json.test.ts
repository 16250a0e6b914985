import { describe, expect, test } from 'vitest';
import { jsonString, writeJson } from '../../src/export/json.ts';
import { createGraph } from '../../src/graph/build.ts';
import { sampleGraph } from '../_helpers.ts';

describe('writeJson', () => {
  test("writes graphology's serialization, which imports back to the same graph", () => {
    const g = sampleGraph();
    const back = createGraph();
    back.import(JSON.parse(jsonString(g)));
    expect(back.export()).toEqual(g.export());
  });

  test('yields the document in chunks', () => {
    const chunks = [...writeJson(sampleGraph(), 300)];
    expect(chunks.length).toBeGreaterThan(3);
    expect(() => JSON.parse(chunks.join(''))).not.toThrow();
  });
});
