// extractArticle on small inline articles: one behaviour per relation family, negation and hedges,
// attribution of quotes, and anaphora to the positions just named.
import { describe, expect, test } from 'vitest';
import { claimsOf, edgesOf, extract, show } from '../../_helpers-extract.ts';

describe('extractArticle relation families', () => {
  test('demands: "Russia demanded security guarantees" gives Russia -demands-> Security guarantees', () => {
    expect(edgesOf('Russia demanded security guarantees from NATO.')).toContain('Russia -demands-> [Security guarantees]');
  });

  test('demands: a capital as subject is its state', () => {
    expect(edgesOf('Moscow demanded security guarantees from the United States.')).toContain('Russia -demands-> [Security guarantees]');
  });

  test('demands: the demanded position targets the actor it is aimed at', () => {
    expect(edgesOf('Russian officials demanded a halt to NATO expansion.')).toEqual(expect.arrayContaining([
      expect.stringMatching(/^Russia -demands-> \[NATO/),
      expect.stringMatching(/^\[NATO .*\] -targets-> NATO$/),
    ]));
  });

  test('rejects: "ruled out" gives a rejects edge', () => {
    expect(claimsOf('rejects', 'The U.S. ruled out a halt to NATO expansion.').map((c) => c.source.label)).toEqual(['United States']);
  });

  test('rejects: "X is a non-starter for Washington" gives United States -rejects-> X with strength non-starter', () => {
    const [c] = claimsOf('rejects', 'Halting NATO expansion is a non-starter for Washington.');
    expect(show(c!)).toMatch(/^United States -rejects-> \[NATO/);
    expect(c!.strength).toBe('non-starter');
  });

  test('rejects: the demand rejected is the same position node the demander holds', () => {
    const { claims } = extract('Russia demanded a halt to NATO expansion.', 'The United States rejected the demand.');
    const demanded = claims.find((c) => c.relation === 'demands')!.target.id;
    expect(claims.filter((c) => c.relation === 'rejects').map((c) => c.target.id)).toEqual([demanded]);
  });

  test('rejects: "rejected the demand for a halt to NATO expansion" rejects the node Russia demands', () => {
    const { claims } = extract('Russia demanded a halt to NATO expansion.', 'Washington rejected the demand for a halt to NATO expansion.');
    const demanded = claims.find((c) => c.relation === 'demands')!.target.id;
    expect(claims.filter((c) => c.relation === 'rejects').map((c) => c.target.id)).toEqual([demanded]);
  });

  test('threatens: a passive "X will be hit hard with economic sanctions should it intervene" is a threat by the speaker against X', () => {
    const { claims } = extract('Secretary of State Antony Blinken said Russia will be hit hard with economic sanctions should it intervene in Ukraine.');
    const threat = claims.find((c) => c.relation === 'threatens')!;
    expect(show(threat)).toBe('Antony Blinken -threatens-> [Economic sanctions]');
    expect(threat.condition).toMatch(/intervene in Ukraine/);
    expect(claims.map(show)).toContain('[Economic sanctions] -targets-> Russia');
    expect(claims.map(show)).toContain('Antony Blinken -represents-> United States');
  });

  test('threatens: an active threat keeps its "if" condition and targets the threatened actor', () => {
    const { claims } = extract('The United States threatened Russia with economic sanctions if it invades Ukraine.');
    const threat = claims.find((c) => c.relation === 'threatens')!;
    expect(show(threat)).toBe('United States -threatens-> [Economic sanctions]');
    expect(threat.condition).toBe('if it invades Ukraine');
    expect(claims.map(show)).toContain('[Economic sanctions] -targets-> Russia');
  });

  test('offers: "open to … if …" gives an offer with its condition and target', () => {
    const { claims } = extract('The United States is open to talks on limits on military exercises if Russia pulls back its troops.');
    const offer = claims.find((c) => c.relation === 'offers')!;
    expect(show(offer)).toBe('United States -offers-> [Limits on military exercises]');
    expect(offer.condition).toBe('if Russia pulls back its troops');
    expect(claims.map(show)).toContain('[Limits on military exercises] -targets-> Russia');
  });

  test('accepts: "agreed to" gives an accepts edge', () => {
    expect(edgesOf('Ukraine agreed to a prisoner exchange with Russia.')).toContain('Ukraine -accepts-> [Prisoner exchange]');
  });

  test('supports: "supports" gives a supports edge', () => {
    expect(edgesOf('France supports a ceasefire in Ukraine.')).toContain('France -supports-> [Ceasefire]');
  });

  test('imposes: "imposed sanctions on Russia" gives imposes with Russia as target', () => {
    expect(edgesOf('The European Union imposed economic sanctions on Russia.')).toEqual(expect.arrayContaining([
      'European Union -imposes-> [Economic sanctions]',
      '[Economic sanctions] -targets-> Russia',
    ]));
  });

  test('accuses: a person accusing a state gives an actor → actor edge', () => {
    expect(edgesOf('Secretary of State Antony Blinken accused Russia of gaslighting.')).toContain('Antony Blinken -accuses-> Russia');
  });

  test('meets: two titled officials meeting gives a meets edge between them', () => {
    expect(edgesOf('Russian Deputy Foreign Minister Sergei Ryabkov met Deputy Secretary of State Wendy Sherman in Geneva.')).toContain('Sergei Ryabkov -meets-> Wendy Sherman');
  });
});

describe('extractArticle negation and hedges', () => {
  test('should give no rejects edge for "did not rule out"', () => {
    expect(claimsOf('rejects', 'The United States did not rule out economic sanctions against Russia.')).toEqual([]);
  });

  test('should give no edge for "has not said whether it will accept"', () => {
    expect(extract('Russia has not said whether it will accept a ceasefire.').claims).toEqual([]);
  });
});

describe('extractArticle attribution', () => {
  test("attributes a '' quote to the speaker named after it", () => {
    expect(edgesOf("''We reject any NATO expansion,'' Ryabkov said.")).toContain('Ryabkov -rejects-> [NATO enlargement]');
  });

  test('attributes both sentences of a quote spanning two sentences to the speaker', () => {
    const c = claimsOf('demands', "''We want security guarantees. We demand a halt to NATO expansion,'' Ryabkov said.");
    expect(c.map(show)).toEqual(['Ryabkov -demands-> [Security guarantees]', 'Ryabkov -demands-> [NATO non-expansion]']);
    expect(new Set(c.map((x) => x.evidence.sentence)).size).toBe(2);
  });

  test('gives "we" in the quote of a titled official to the state they represent', () => {
    const c = claimsOf('demands', 'Russian Deputy Foreign Minister Sergei Ryabkov spoke on Sunday.', "''We demand a halt to NATO expansion,'' Ryabkov said.");
    expect(c.map((x) => x.source.label)).toEqual(['Russia']);
  });

  test('should not make an outlet the source of a reported claim', () => {
    expect(edgesOf('Reuters reported on Monday that Russia demanded security guarantees.')).toEqual(['Russia -demands-> [Security guarantees]']);
  });

  test('records the sentence exactly as written in the article as evidence', () => {
    const [c] = claimsOf('rejects', "''We reject any NATO expansion,'' Ryabkov said.");
    expect(c!.evidence).toEqual({ article: 'inline', sentence: 0, text: "''We reject any NATO expansion,'' Ryabkov said.", date: '2022-01-10' });
  });
});

describe('extractArticle anaphora', () => {
  test('"those are non-starters" rejects the demands named in the previous sentence', () => {
    const { claims } = extract('Russia demanded a halt to NATO expansion and the withdrawal of U.S. troops from Eastern Europe.', 'The United States said those are non-starters.');
    const demanded = claims.filter((c) => c.relation === 'demands').map((c) => c.target.id).sort();
    const rejected = claims.filter((c) => c.relation === 'rejects' && c.source.id === 'united-states').map((c) => c.target.id).sort();
    expect(demanded).toHaveLength(2);
    expect(rejected).toEqual(demanded);
  });
});

describe('extractArticle definite descriptions', () => {
  test('"the alliance" is the alliance named before', () => {
    expect(edgesOf('NATO foreign ministers met on Tuesday.', 'The alliance rejected Russian demands for security guarantees.')).toContain('NATO -rejects-> [Security guarantees]');
  });

  test('"Russian demands" are Russia\'s, not a demand by the subject of the sentence', () => {
    const edges = edgesOf('NATO foreign ministers met on Tuesday.', 'The alliance rejected Russian demands for security guarantees.');
    expect(edges).toContain('Russia -demands-> [Security guarantees]');
    expect(edges).not.toContain('NATO -demands-> [Security guarantees]');
  });

  test('"rejected the demand" points back to the demand named before', () => {
    const { claims } = extract('Russia demanded a halt to NATO expansion.', 'The United States rejected the demand.');
    const demanded = claims.find((c) => c.relation === 'demands')!.target.id;
    expect(claims.find((c) => c.relation === 'rejects')!.target.id).toBe(demanded);
  });
});

describe('extractArticle places and meetings', () => {
  test('a city after "in" is where a meeting took place, not who met', () => {
    expect(edgesOf('NATO leaders met in Brussels on Thursday.').filter((e) => e.includes('-meets->'))).toEqual([]);
  });

  test('"X and Y met" is a meeting between them', () => {
    expect(edgesOf('Russian and American diplomats met in Geneva on Monday.')).toContain('Russia -meets-> United States');
  });
});

describe('extractArticle precision on general news', () => {
  test.for([
    ['a participle after a noun', 'Nigeria is seeing a wave of kidnappings by criminal gangs seeking huge ransoms.'],
    ['a passive participle', 'Somali soldiers, supported by local militias and the U.S. military, are conducting operations.'],
    ['a noun, not a verb', 'Officials said the U.S. government should use sanctions against Hong Kong officials.'],
    ['an offer of nothing', 'The Taliban offered no evidence for the claims.'],
    ['a person with no office quoted in passing', '"He was working to send money back to his mother," Wu said.'],
  ])('gives no position edge for %s', ([, sentence]) => {
    expect(edgesOf(sentence!).filter((e) => !/-(represents|meets|accuses)->/.test(e))).toEqual([]);
  });
});
