import { describe, expect, test } from 'vitest';
import { csvField, csvString } from '../../src/export/csv.ts';
import { addClaim } from '../../src/graph/build.ts';
import { A, claim, sampleGraph } from '../_helpers.ts';

/** A minimal RFC 4180 reader, to check the writer's output parses back to the same cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += c;
  }
  return rows;
}

describe('csvField', () => {
  test.for([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "no"', '"say ""no"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"cr\rhere"'],
  ])('writes %j as %j', ([input, output]) => {
    expect(csvField(input)).toBe(output);
  });

  // issue 10: cells starting with = + - @ were formulas in spreadsheets (OWASP CSV injection)
  test.for([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+1', `"'+1"`],
    ['-2+3', `"'-2+3"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\tcmd', `"'\tcmd"`],
    ['\r=1', `"'\r=1"`],
  ])('writes the formula-like text %j as %j', ([input, output]) => {
    expect(csvField(input)).toBe(output);
  });

  test('writes a negative number as a number', () => {
    expect(csvField(-3)).toBe('-3');
  });
});

describe('csvString', () => {
  test('writes one CRLF-terminated row per node after the header', () => {
    const text = csvString(sampleGraph(), 'nodes');
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(text);
    expect(rows[0]).toEqual(['key', 'label', 'kind', 'actorType', 'role', 'known', 'category', 'concept', 'aliases', 'degree']);
    expect(rows).toHaveLength(13);
    expect(rows.find((r) => r[0] === 'actor:russia')).toEqual(['actor:russia', 'Russia', 'actor', 'state', '', 'true', '', '', 'Moscow; Russian Federation', '4']);
  });

  test('round-trips edge text with commas, quotes and line breaks', () => {
    const g = sampleGraph();
    const text = 'He said: "No, never,\nnot while I live."';
    addClaim(g, claim('accuses', A.us, A.russia, 'ankara', 1, { evidence: { article: 'ankara', sentence: 1, text, date: '2019-11-25' } }));
    const rows = parseCsv(csvString(g, 'edges'));
    expect(rows.find((r) => r[0] === 'actor:united-states|accuses|actor:russia')!.at(-1)).toBe(text);
    expect(rows.every((r) => r.length === rows[0]!.length)).toBe(true);
  });

  test('writes one evidence row per supporting sentence', () => {
    const rows = parseCsv(csvString(sampleGraph(), 'evidence'));
    expect(rows[0]).toEqual(['edge', 'source', 'target', 'relation', 'article', 'sentence', 'date', 'text']);
    expect(rows).toHaveLength(17);
  });
});
