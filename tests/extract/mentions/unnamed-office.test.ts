// "Title first, name later": an office named without a holder at the head of one sentence, and a person the text
// has not placed named in the next one, are the same person; each row uses invented names.
import { describe, expect, test } from 'vitest';
import { edgesMatching, edgesOf } from '../../_helpers-extract.ts';

describe('an office named first and its holder named next', () => {
  test.for([
    ["Peru's U.N. ambassador told reporters the plan would fail. Lio Carrasco blamed Chile for the delay.", 'Lio Carrasco -represents-> Peru'],
    ["The leader of Chile's Mapuche council praised the talks. \"We urge an end to the raids,\" said Ana Quilapan Nahuel.", 'Ana Quilapan Nahuel -represents-> Chile'],
    ['The Norwegian foreign minister said talks would resume. Kari Holm Dahl said Norway wants a ceasefire.', 'Kari Holm Dahl -represents-> Norway'],
    // An office that serves a person serves the state that person speaks for.
    ['A spokesman for Chilean President Rosa Vega rejected the claims. "Peru must stop the raids," Tomas Ruiz Ortega told reporters.', 'Tomas Ruiz Ortega -represents-> Chile'],
  ])('%s', ([text, edge]) => {
    const [first, second] = text!.split(/(?<=\.) (?=[A-Z"])/, 2) as [string, string];
    expect(edgesOf(first, second)).toContain(edge);
  });

  test.for([
    // A name with the office in the same subject holds it already; a sentence with no office gives none.
    ["Peru's U.N. ambassador Rosa Vega told reporters the plan would fail. Lio Carrasco blamed Chile for the delay.", /Lio Carrasco -represents->/],
    ['Reporters asked about the plan. Lio Carrasco blamed Chile for the delay.', /Lio Carrasco -represents->/],
    // A body's name is not a person's.
    ["Peru's U.N. ambassador told reporters the plan would fail. Andean Trade Council members blamed Chile.", /Andean Trade Council -represents-> Peru/],
  ])('no such edge in: %s', ([text, bad]) => {
    const [first, second] = (text as string).split(/(?<=\.) (?=[A-Z"])/, 2) as [string, string];
    expect(edgesMatching(bad as RegExp, first, second)).toEqual([]);
  });
});
