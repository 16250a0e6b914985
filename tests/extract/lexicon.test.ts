// loadLexicon: the shipped lexicon loads, and each kind of broken file or entry is refused with a
// LexiconError (code LEXICON_INVALID) whose message names the file and the entry to fix.
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { LexiconError } from '../../src/errors.ts';
import { DEFAULT_LEXICON_DIR, loadLexicon } from '../../src/extract/lexicon.ts';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kg-lexicon-'));
  cpSync(DEFAULT_LEXICON_DIR, dir, { recursive: true });
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

type Json = Record<string, any>;
function edit(file: string, change: (data: Json) => void): void {
  const path = join(dir, file);
  const data = JSON.parse(readFileSync(path, 'utf8')) as Json;
  change(data);
  writeFileSync(path, JSON.stringify(data, null, 1));
}

/** The LexiconError loadLexicon throws on the temp copy. */
function lexiconError(): LexiconError {
  try {
    loadLexicon(dir);
  } catch (err) {
    expect(err).toBeInstanceOf(LexiconError);
    expect(err).toMatchObject({ code: 'LEXICON_INVALID' });
    return err as LexiconError;
  }
  throw new Error('expected loadLexicon to throw');
}

describe('loadLexicon', () => {
  test('loads the shipped lexicon with actors, roles, cues and concepts', () => {
    const lex = loadLexicon();
    expect(lex.actors.get('russia')?.label).toBe('Russia');
    expect(lex.names.get('moscow')?.actor.id).toBe('russia');
    expect(lex.cues.length).toBeGreaterThan(0);
    expect(lex.concepts.length).toBeGreaterThan(0);
    expect(lex.nonActors.has('tass')).toBe(true);
  });

  test('loads an unchanged copy from another folder', () => {
    expect(loadLexicon(dir).dir).toBe(dir);
  });

  test('should throw naming the entry when an actor id is not lower-case', () => {
    edit('actors.json', (d) => { d.actors.find((a: Json) => a.id === 'russia').id = 'Russia_Federation'; });
    const err = lexiconError();
    expect(err.file).toBe(join(dir, 'actors.json'));
    expect(err.message).toContain('actors.json');
    expect(err.message).toContain('Russia_Federation');
  });

  test('should throw naming the entry when an actor represents an unknown id', () => {
    let id = '';
    edit('actors.json', (d) => {
      const person = d.actors.find((a: Json) => a.represents);
      person.represents = 'atlantis';
      id = person.id;
    });
    const err = lexiconError();
    expect(err.file).toBe(join(dir, 'actors.json'));
    expect(err.message).toContain(`"${id}"`);
    expect(err.message).toContain('atlantis');
  });

  test('should throw naming the role when a role represents an unknown id', () => {
    edit('roles.json', (d) => { d.roles.push({ title: 'Grand Vizier', represents: 'atlantis' }); });
    const err = lexiconError();
    expect(err.file).toBe(join(dir, 'roles.json'));
    expect(err.message).toContain('Grand Vizier');
  });

  test('should throw naming both actors when two actors share a name', () => {
    edit('actors.json', (d) => { d.actors.find((a: Json) => a.id === 'ukraine').names.push('Moscow'); });
    const err = lexiconError();
    expect(err.file).toBe(join(dir, 'actors.json'));
    expect(err.message).toContain('ukraine');
    expect(err.message).toContain('Moscow');
    expect(err.message).toContain('russia');
  });

  test('should throw naming the id when an actor id is used twice', () => {
    edit('actors.json', (d) => { d.actors.push({ id: 'russia', label: 'Second Russia', type: 'state' }); });
    const err = lexiconError();
    expect(err.message).toContain('actors.json');
    expect(err.message).toContain('"russia"');
  });

  test('should throw naming the id when a position concept id is used twice', () => {
    let id = '';
    edit('positions.json', (d) => { d.concepts.push({ ...d.concepts[0] }); id = d.concepts[0].id; });
    const err = lexiconError();
    expect(err.file).toBe(join(dir, 'positions.json'));
    expect(err.message).toContain(`"${id}"`);
  });

  test('should throw naming the cue when a cue has an unknown relation', () => {
    let id = '';
    edit('relations.json', (d) => { d.cues[0].relation = 'negotiates'; id = d.cues[0].id; });
    const err = lexiconError();
    expect(err.file).toBe(join(dir, 'relations.json'));
    expect(err.message).toContain(`"${id}"`);
    expect(err.message).toContain('relation');
  });

  test('should throw naming the field when an entry has an unknown field', () => {
    edit('actors.json', (d) => { d.actors.find((a: Json) => a.id === 'russia').capital = 'Moscow'; });
    const err = lexiconError();
    expect(err.message).toContain('russia');
    expect(err.message).toContain('capital');
  });

  test('should throw naming the file when it is not valid JSON', () => {
    writeFileSync(join(dir, 'positions.json'), '{"concepts": [ {"id": "x",, } ]');
    const err = lexiconError();
    expect(err.file).toBe(join(dir, 'positions.json'));
    expect(err.message).toContain('positions.json');
  });

  test.for([['actors.json'], ['roles.json'], ['non-actors.json'], ['relations.json'], ['positions.json']])(
    'should throw naming %s when it is missing',
    ([file]) => {
      unlinkSync(join(dir, file!));
      const err = lexiconError();
      expect(err.file).toBe(join(dir, file!));
      expect(err.message).toContain(file!);
    },
  );
});
