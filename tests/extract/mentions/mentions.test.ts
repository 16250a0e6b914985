// Actor resolution: capitals and demonyms stand for their state, titles make people who represent it,
// surnames and misspellings resolve to the same person, outlets and weekdays are never actors.
import { describe, expect, test } from 'vitest';
import { findMentions } from '../../../src/extract/mentions/mentions.ts';
import { PersonRegistry } from '../../../src/extract/mentions/people.ts';
import { tokenize } from '../../../src/extract/tokens.ts';
import { extract, lexicon } from '../../_helpers-extract.ts';

function mentions(sentence: string) {
  return findMentions(tokenize(sentence), { lexicon: lexicon(), people: new PersonRegistry() });
}
const actorsIn = (sentence: string) => mentions(sentence).filter((m) => m.actor).map((m) => m.actor!.label);

describe('findMentions', () => {
  test.for([
    ['Moscow demanded guarantees.', 'Russia'],
    ['Washington rejected the demand.', 'United States'],
    ['The Kremlin said so.', 'Russia'],
    ['Kyiv asked for weapons.', 'Ukraine'],
    ['The U.S. rejected it.', 'United States'],
  ])('resolves "%s" to %s', ([sentence, label]) => {
    expect(actorsIn(sentence!)).toEqual([label]);
  });

  test.for([
    ['Russian officials demanded guarantees.', 'Russia'],
    ['Americans were not convinced.', 'United States'],
    ['Ukrainians protested on Sunday.', 'Ukraine'],
  ])('resolves the demonym in "%s" to %s', ([sentence, label]) => {
    expect(actorsIn(sentence!)).toEqual([label]);
  });

  test('marks a demonym used as an adjective as a modifier', () => {
    const [m] = mentions('A Russian invasion of Ukraine is feared.');
    expect(m).toMatchObject({ text: 'Russian', modifier: true });
    expect(m!.actor!.id).toBe('russia');
  });

  test('marks a possessive mention and resolves it to the actor', () => {
    const [m] = mentions("Russia's demands were published.");
    expect(m!.actor!.id).toBe('russia');
    expect(m!.possessive).toBe(true);
  });

  test('resolves a title + name to a person who represents the state before the title', () => {
    const [m] = mentions('Russian Deputy Foreign Minister Sergei Ryabkov spoke.');
    expect(m!.actor).toMatchObject({ label: 'Sergei Ryabkov', actorType: 'person' });
    expect(m!.represents!.id).toBe('russia');
  });

  test('resolves an office that names its state to a person who represents it', () => {
    const [m] = mentions('Secretary of State Antony Blinken spoke.');
    expect(m!.actor).toMatchObject({ label: 'Antony Blinken', actorType: 'person' });
    expect(m!.represents!.id).toBe('united-states');
  });

  test.for([
    ['Blinken told Tass on Monday.'],
    ['He spoke to The Associated Press on Sunday.'],
    ["He appeared on ABC's This Week."],
    ['Reuters reported it on Friday.'],
  ])('should find no actor in "%s"', ([sentence]) => {
    expect(actorsIn(sentence!)).toEqual([]);
  });
});

describe('extractArticle actor resolution across sentences', () => {
  const represents = (...paragraphs: string[]) =>
    extract(...paragraphs).claims.filter((c) => c.relation === 'represents').map((c) => [c.source.id, c.source.label, c.target.id]);

  test('resolves a surname to the person met earlier with title and full name', () => {
    const r = represents('Secretary of State Antony Blinken spoke on Sunday.', 'Blinken said NATO expansion was a non-starter.');
    expect(new Set(r.map(([id]) => id))).toEqual(new Set([r[0]![0]]));
    expect(r.every(([, label, target]) => label === 'Antony Blinken' && target === 'united-states')).toBe(true);
  });

  test('resolves the misspelling "Blnken" to Antony Blinken', () => {
    const { claims } = extract('Secretary of State Antony Blinken spoke on Sunday.', 'Blnken later rejected the demand for NATO membership for Ukraine.');
    const rejecter = claims.find((c) => c.relation === 'rejects')!.source;
    expect(rejecter.label).toBe('Antony Blinken');
    expect(claims.filter((c) => c.source.ref === 'actor' && c.source.actorType === 'person').every((c) => c.source.label === 'Antony Blinken')).toBe(true);
  });

  test('resolves a surname met before the full name to the same person', () => {
    const { claims } = extract("''We reject any NATO expansion,'' Ryabkov said.", 'Russian Deputy Foreign Minister Sergei Ryabkov spoke on Sunday.');
    const people = new Set(claims.filter((c) => c.source.ref === 'actor' && c.source.actorType === 'person').map((c) => c.source.id));
    expect(people.size).toBe(1);
  });

  test('finds an organisation the lexicon does not know through named-entity recognition', () => {
    const { claims } = extract('Human Rights Watch demanded humanitarian access to Gaza.');
    expect(claims.find((c) => c.relation === 'demands')?.source).toMatchObject({ label: 'Human Rights Watch', known: false });
  });

  test('finds "Amnesty International" as an unknown organisation through named-entity recognition', () => {
    const { claims } = extract('Amnesty International demanded a ceasefire.');
    expect(claims.find((c) => c.relation === 'demands')?.source).toMatchObject({ label: 'Amnesty International', known: false });
  });
});

describe('names inside longer names', () => {
  test.for([
    ['Officials from Dog Meat Free Indonesia protested.', 'Indonesia'],
    ['The Free Syrian Army attacked.', 'Syria'],
  ])('"%s" names no %s', ([sentence, state]) => {
    expect(actorsIn(sentence!)).not.toContain(state);
  });
  test('a state after a title or at the start of a sentence is still the state', () => {
    expect(actorsIn('Then Indonesia said so.')).toContain('Indonesia');
    expect(actorsIn('Officials said Chinese Foreign Minister Wang Yi met Indonesia.')).toContain('Indonesia');
  });
});
