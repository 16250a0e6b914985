// tokenize: the words and punctuation every matcher works on, with offsets into the sentence.
import { describe, expect, test } from 'vitest';
import { stripPossessive, tokenize } from '../../src/extract/tokens.ts';

describe('tokenize', () => {
  test('keeps abbreviations, hyphenated words, contractions and possessives whole', () => {
    expect(tokenize("Russia's U.S. ally wouldn't drop military-technical demands, allies' aides said.").map((t) => t.text)).toEqual([
      "Russia's", 'U.S.', 'ally', "wouldn't", 'drop', 'military-technical', 'demands', ',', "allies'", 'aides', 'said', '.',
    ]);
  });

  test('gives offsets, case, possessive-free form and punctuation', () => {
    const [first, quote] = tokenize("Moscow's \"no\"");
    expect(first).toMatchObject({ text: "Moscow's", lower: "moscow's", bare: 'moscow', head3: 'mos', start: 0, end: 8, cap: true, punct: false });
    expect(quote).toMatchObject({ text: '"', punct: true, cap: false });
  });

  test('splits text in other scripts the same way as ASCII text', () => {
    const ascii = "Turkey's Erdogan rejected U.S. demands on 12 F-35 jets.";
    const accented = "Turkey's Erdoğan rejected U.S. demands on 12 F-35 jets.";
    const strip = (s: string) => tokenize(s).map(({ text, start, end, cap, punct }) => ({ text: text.replace('ğ', 'g'), start, end, cap, punct }));
    expect(strip(accented)).toEqual(strip(ascii));
    expect(tokenize('Жители Киева сказали').map((t) => [t.text, t.cap])).toEqual([['Жители', true], ['Киева', true], ['сказали', false]]);
  });

  test('splits a name joined to a lower-case word, as "U.S.-led" is split, but not a prefix', () => {
    expect(tokenize('Iranian-backed groups, Non-starter, Ex-president, al-Qaida').map((t) => t.text)).toEqual([
      'Iranian', '-', 'backed', 'groups', ',', 'Non-starter', ',', 'Ex-president', ',', 'al-Qaida',
    ]);
    const [name, hyphen, rest] = tokenize('Iranian-backed');
    expect([name!.start, name!.end, hyphen!.start, rest!.start, rest!.end, name!.cap, hyphen!.punct]).toEqual([0, 7, 7, 8, 14, true, true]);
  });

  test('stripPossessive', () => {
    expect(['Russia\'s', "allies'", 'US', "'s"].map(stripPossessive)).toEqual(['Russia', 'allies', 'US', "'s"]);
  });
});
