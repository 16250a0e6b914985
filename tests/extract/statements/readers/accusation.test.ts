// The accusation reader (readers/accusation.ts): a wrong said of an actor, by noun ("<B>'s illegal aggression")
// or by verb ("<B> has violated the agreement"): whoever says so accuses <B>.
import { describe, expect, test } from 'vitest';
import { edgesMatching, edgesOf } from '../../../_helpers-extract.ts';

describe('readNamedWrong and readSaidWrong', () => {
  test.for([
    // Saying that an actor did wrong accuses it.
    ['"Chile has violated the signed agreement repeatedly," Peru said.', 'Peru -accuses-> Chile'],
    ['Bolivia is flagrantly defying the border commission, Peru said.', 'Peru -accuses-> Bolivia'],
    // "alleged" after a quotation says who said it.
    ['"Unfortunately, Chile has so far violated the signed agreement repeatedly," Peru alleged in a statement.', 'Peru -accuses-> Chile'],
    // A wrong its holder is said to commit.
    ['"We stand with Chile in the face of Bolivia\'s illegal aggression," Peru said.', 'Peru -accuses-> Bolivia'],
  ])('%s', ([sentence, edge]) => {
    expect(edgesOf(sentence!)).toContain(edge);
  });

  test.for([
    // A wrong the writer reports, with nobody saying so, accuses no one.
    ['Peru condemned the Bolivian invasion of Chile.', /-accuses-> Bolivia/],
    // Denying a wrong accuses no one; one's own side's wrong is no accusation.
    ['Peru said it has not violated the treaty.', /-accuses->/],
    ['"We have violated the agreement," Peru said.', /-accuses->/],
    ['"Peru has violated nothing," Peru alleged in a statement.', /-accuses->/],
  ])('no such edge in: %s', ([sentence, bad]) => {
    expect(edgesMatching(bad as RegExp, sentence as string)).toEqual([]);
  });
});
