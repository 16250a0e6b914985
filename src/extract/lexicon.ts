// Loads the lexicon files of graph-data/lexicon/, validates them against their schemas (an error names
// the file, the entry and the field) and compiles names and phrases into token matchers.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { LexiconError } from '../errors.ts';
import { DEFAULT_LEXICON_DIR } from './lexicon-dir.ts';
import {
  actorsFile, nonActorsFile, positionsFile, relationsFile, rolesFile,
  type ActorEntry, type ConceptEntry, type CueEntry, type RoleEntry,
} from './lexicon-schema.ts';
import { compilePattern, PatternIndex, type Pattern } from './pattern.ts';
import { PhraseTrie } from './phrase-trie.ts';
import { tokenize } from './tokens.ts';

export { DEFAULT_LEXICON_DIR };

export const LEXICON_FILES = {
  actors: 'actors.json',
  roles: 'roles.json',
  nonActors: 'non-actors.json',
  relations: 'relations.json',
  positions: 'positions.json',
} as const;

/** What a name or demonym in the text stands for. */
export interface NameHit {
  actor: ActorEntry;
  form: 'name' | 'demonym';
  caseSensitive: boolean;
}

export interface CompiledCue {
  entry: CueEntry;
  patterns: Pattern[];
}

export interface CompiledConcept {
  entry: ConceptEntry;
  patterns: Pattern[];
}

export interface Lexicon {
  dir: string;
  actors: Map<string, ActorEntry>;
  /** lower-case token sequence joined by spaces → hit; looked up longest first */
  names: Map<string, NameHit>;
  maxNameTokens: number;
  /** lower-case token sequence of a title → role entry */
  roles: Map<string, RoleEntry>;
  maxRoleTokens: number;
  groups: Set<string>;
  factions: Set<string>;
  /** parts of composed titles, lower case: heads as token sequences ("chief of staff") */
  titleHeads: PhraseTrie<true>;
  titleModifiers: Set<string>;
  notCurrent: Set<string>;
  homeOffices: string[];
  bodyNouns: Set<string>;
  /** kinds of organisation a name may follow ("the group Somali Public Agenda") */
  orgKinds: Set<string>;
  /** the same nouns as tries, singular and plural ("side", "sides") */
  groupTrie: PhraseTrie<true>;
  factionTrie: PhraseTrie<true>;
  sectorTrie: PhraseTrie<true>;
  /** lower-case forms that are never actors (outlets, weekdays, venues) */
  nonActors: Set<string>;
  venues: Set<string>;
  cues: CompiledCue[];
  concepts: CompiledConcept[];
  negations: Pattern[];
  hedges: Pattern[];
  speech: Set<string>;
  /** cue patterns by first word */
  cueIndex: PatternIndex<CompiledCue>;
  /** concept patterns by first word */
  conceptIndex: PatternIndex<CompiledConcept>;
  hedgeIndex: PatternIndex<null>;
  negationIndex: PatternIndex<null>;
  carriers: Set<string>;
  infinitiveTakers: Set<string>;
  governors: Set<string>;
  callingVerbs: Set<string>;
  penaltyVerbs: Set<string>;
  /** the same names, titles and non-actor phrases as tries over tokens, for the scan of every sentence */
  nameTrie: PhraseTrie<NameHit>;
  roleTrie: PhraseTrie<RoleEntry>;
  nonActorTrie: PhraseTrie<true>;
}

function readJson<T>(dir: string, file: string, schema: z.ZodType<T>): T {
  const path = join(dir, file);
  if (!existsSync(path)) throw new LexiconError(path, 'file is missing; every lexicon folder needs ' + Object.values(LEXICON_FILES).join(', '));
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new LexiconError(path, `not valid JSON: ${(err as Error).message}`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length ? issue.path.join('.') : '(top level)';
    throw new LexiconError(path, `entry ${where}: ${issue.message}${describeEntry(raw, issue.path)}`);
  }
  return parsed.data;
}

/** Names the entry an error is in ("(entry id "russia")"), so a user finds it in a long file. */
function describeEntry(raw: unknown, path: PropertyKey[]): string {
  let node: unknown = raw;
  for (let i = 0; i < Math.min(path.length, 2); i++) node = (node as Record<PropertyKey, unknown>)?.[path[i]!];
  const name = (node as { id?: unknown; title?: unknown; label?: unknown })?.id ?? (node as { title?: unknown })?.title;
  return typeof name === 'string' ? ` (in entry "${name}")` : '';
}

function key(text: string): string {
  return tokenize(text).map((t) => t.lower).join(' ');
}

function compileAll(file: string, id: string, phrases: string[]): Pattern[] {
  return phrases.map((p) => {
    try {
      return compilePattern(p);
    } catch (err) {
      throw new LexiconError(file, `entry "${id}": ${(err as Error).message}`);
    }
  });
}

/** Nouns with their plural: "side" matches "sides" too. */
function nounTrie(keys: string[]): PhraseTrie<true> {
  const trie = new PhraseTrie<true>();
  for (const k of keys) {
    trie.add(k.split(' '), true);
    if (!k.endsWith('s')) trie.add(`${k}s`.split(' '), true);
  }
  return trie;
}

function trieOf<T>(map: Map<string, T>): PhraseTrie<T> {
  const trie = new PhraseTrie<T>();
  for (const [k, v] of map) trie.add(k.split(' '), v);
  return trie;
}

export function loadLexicon(dir: string = DEFAULT_LEXICON_DIR): Lexicon {
  const actorsData = readJson(dir, LEXICON_FILES.actors, actorsFile);
  const rolesData = readJson(dir, LEXICON_FILES.roles, rolesFile);
  const nonData = readJson(dir, LEXICON_FILES.nonActors, nonActorsFile);
  const relData = readJson(dir, LEXICON_FILES.relations, relationsFile);
  const posData = readJson(dir, LEXICON_FILES.positions, positionsFile);
  const actorsPath = join(dir, LEXICON_FILES.actors);

  const actors = new Map<string, ActorEntry>();
  const names = new Map<string, NameHit>();
  let maxNameTokens = 1;
  for (const a of actorsData.actors) {
    if (actors.has(a.id)) throw new LexiconError(actorsPath, `entry "${a.id}": id is used twice`);
    actors.set(a.id, a);
  }
  const addName = (a: ActorEntry, text: string, form: NameHit['form'], caseSensitive: boolean): void => {
    const k = key(text);
    const prev = names.get(k);
    if (prev && prev.actor.id !== a.id && !caseSensitive && !prev.caseSensitive) {
      throw new LexiconError(actorsPath, `entry "${a.id}": the name "${text}" is already a name of "${prev.actor.id}"; a name must lead to one actor`);
    }
    if (!prev || caseSensitive === false) names.set(k, { actor: a, form, caseSensitive });
    maxNameTokens = Math.max(maxNameTokens, k.split(' ').length);
  };
  for (const a of actors.values()) {
    if (a.represents && !actors.has(a.represents)) {
      throw new LexiconError(actorsPath, `entry "${a.id}": represents "${a.represents}", which is not an actor id in this file`);
    }
    for (const o of a.offices) {
      if (!actors.has(o.represents)) throw new LexiconError(actorsPath, `entry "${a.id}": an office represents "${o.represents}", which is not an actor id in this file`);
    }
    addName(a, a.label, 'name', false);
    for (const n of a.names) addName(a, n, 'name', false);
    for (const n of a.caseSensitive) addName(a, n, 'name', true);
    for (const d of a.demonyms) addName(a, d, 'demonym', false);
  }

  const rolesPath = join(dir, LEXICON_FILES.roles);
  const roles = new Map<string, RoleEntry>();
  let maxRoleTokens = 1;
  for (const r of rolesData.roles) {
    if (r.represents && !actors.has(r.represents)) {
      throw new LexiconError(rolesPath, `entry "${r.title}": represents "${r.represents}", which is not an actor id in actors.json`);
    }
    const k = key(r.title);
    roles.set(k, r);
    maxRoleTokens = Math.max(maxRoleTokens, k.split(' ').length);
  }

  const relPath = join(dir, LEXICON_FILES.relations);
  const cues = relData.cues.map((entry) => ({ entry, patterns: compileAll(relPath, entry.id, entry.patterns) }));
  const posPath = join(dir, LEXICON_FILES.positions);
  const seen = new Set<string>();
  const concepts = posData.concepts.map((entry) => {
    if (seen.has(entry.id)) throw new LexiconError(posPath, `entry "${entry.id}": id is used twice`);
    seen.add(entry.id);
    return { entry, patterns: compileAll(posPath, entry.id, entry.patterns) };
  });

  const nonActors = new Set([...nonData.outlets, ...nonData.words, ...nonData.venues].map(key));
  return {
    dir,
    actors,
    names,
    maxNameTokens,
    roles,
    maxRoleTokens,
    groups: new Set(rolesData.groups.map(key)),
    factions: new Set(rolesData.factions.map(key)),
    groupTrie: nounTrie(rolesData.groups.map(key)),
    factionTrie: nounTrie(rolesData.factions.map(key)),
    sectorTrie: nounTrie(rolesData.sectors.map(key)),
    titleHeads: trieOf(new Map(rolesData.titleWords.heads.map((h) => [key(h), true as const]))),
    titleModifiers: new Set(rolesData.titleWords.modifiers.map(key)),
    notCurrent: new Set(rolesData.notCurrent.map(key)),
    homeOffices: rolesData.homeOffices.map(key),
    bodyNouns: new Set(rolesData.bodyNouns.map(key)),
    orgKinds: new Set(rolesData.orgKinds.map(key)),
    nonActors,
    venues: new Set(nonData.venues.map(key)),
    cues,
    concepts,
    negations: compileAll(relPath, 'negations', relData.negations),
    hedges: compileAll(relPath, 'hedges', relData.hedges),
    speech: new Set(relData.speech.map((s) => s.toLowerCase())),
    carriers: new Set(relData.carriers.map((s) => s.toLowerCase())),
    infinitiveTakers: new Set(relData.infinitiveTakers.map((s) => s.toLowerCase())),
    callingVerbs: new Set(relData.callingVerbs.map((s) => s.toLowerCase())),
    penaltyVerbs: new Set(relData.penaltyVerbs.map((s) => s.toLowerCase())),
    governors: new Set(relData.governors.map((s) => s.toLowerCase())),
    cueIndex: new PatternIndex(cues.flatMap((c) => c.patterns.map((pattern) => ({ pattern, value: c })))),
    conceptIndex: new PatternIndex(concepts.flatMap((c) => c.patterns.map((pattern) => ({ pattern, value: c })))),
    hedgeIndex: new PatternIndex(relData.hedges.map((h) => ({ pattern: compilePattern(h), value: null }))),
    negationIndex: new PatternIndex(relData.negations.map((h) => ({ pattern: compilePattern(h), value: null }))),
    nameTrie: trieOf(names),
    roleTrie: trieOf(roles),
    nonActorTrie: trieOf(new Map([...nonActors].map((k) => [k, true as const]))),
  };
}
