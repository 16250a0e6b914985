// recogniseActor: names the lexicon does not know, classified by compromise from the words around them.
import { describe, expect, test } from 'vitest';
import { recogniseActor, SentenceParse } from '../../../src/extract/mentions/ner.ts';
import { lexicon } from '../../_helpers-extract.ts';

function recognise(sentence: string, phrase: string) {
  const at = sentence.indexOf(phrase);
  return recogniseActor(new SentenceParse(sentence), at, at + phrase.length, lexicon());
}

describe('recogniseActor', () => {
  test('classifies a person and an organisation named in a long sentence', () => {
    const long = 'In a statement released late on Tuesday after weeks of closed-door talks in the capital, Amnesty International accused the security forces of abuses, and Sergei Lavrenko said the talks had failed.';
    expect(recognise(long, 'Amnesty International')).toMatchObject({ actorType: 'organisation', label: 'Amnesty International' });
    expect(recognise(long, 'Sergei Lavrenko')).toMatchObject({ actorType: 'person', label: 'Sergei Lavrenko' });
  });

  test('rejects pronouns, lone unknown acronyms and what the lexicon lists as no actor', () => {
    const s = 'The CNBC report said They would meet.';
    expect(recognise(s, 'CNBC')).toBeNull();
    expect(recognise(s, 'They')).toBeNull();
  });

  test('parses each phrase of a sentence once', () => {
    const parse = new SentenceParse('Amnesty International accused the army.');
    const first = parse.namedAround(0, 21);
    expect(parse.namedAround(0, 21)).toBe(first);
  });
});
