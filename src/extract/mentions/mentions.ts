// Finds actor mentions in a sentence: lexicon names and demonyms, office titles with the people who hold
// them, collective nouns ("U.S. officials"), names the lexicon does not know, and pronouns to resolve later.
import type { ActorRef } from '../claims.ts';
import { personRef, refFromEntry } from './actor-ref.ts';
import { representsOn } from './offices.ts';
import { isVerbWord } from './ner.ts';
import type { Lexicon, NameHit } from '../lexicon.ts';
import type { PhraseTrie } from '../phrase-trie.ts';
import type { RoleEntry } from '../lexicon-schema.ts';
import type { PersonRegistry } from './people.ts';
import { stripPossessive, type Token } from '../tokens.ts';

export type Pronoun = 'he' | 'she' | 'they' | 'it' | 'we' | 'i';

export interface Mention {
  /** token span [start, end) */
  start: number;
  end: number;
  text: string;
  /** the actor meant; null for pronouns until resolved */
  actor: ActorRef | null;
  /** for people: the state or body they speak for, when the text or lexicon says */
  represents?: ActorRef;
  pronoun?: Pronoun;
  /** a demonym used as an adjective ("Russian invasion"): may be a target, never a speaker */
  modifier: boolean;
  /** the mention ends in a possessive ("Russia's") */
  possessive: boolean;
  /** "the alliance", "the bloc": the last actor of these kinds named before */
  anaphor?: ActorRef['actorType'][];
  /** "the council", "the commission": the last actor whose name holds this noun */
  described?: string;
  /** the person named inside a mention of their office ("Prime Minister X's administration" stands for the state) */
  holder?: ActorRef;
  /** an office standing for its state or body ("the Russian foreign minister"): "he" or "she" may refer to it */
  office?: boolean;
  /** "the statement", "the communique": whoever the last sentence's statement was by */
  issued?: boolean;
  /** a faction named alone ("the opposition"): it is placed in the article's state once that is known */
  faction?: string;
  /** how it was recognised, for `kg explain` */
  rule: string;
}

// Maps, not object literals: looking up every word of a corpus in an object costs a string-table probe each.
const PRONOUNS = new Map<string, Pronoun>([['he', 'he'], ['him', 'he'], ['she', 'she'], ['they', 'they'], ['them', 'they'], ['it', 'it'], ['we', 'we'], ['i', 'i']]);
/** Definite descriptions that point back to the last actor of a kind ("the alliance" after NATO). */
const DESCRIPTIONS = new Map<string, ActorRef['actorType'][]>([
  ['alliance', ['alliance']],
  ['bloc', ['bloc']],
  ['organization', ['organisation']],
  ['organisation', ['organisation']],
]);

/** Documents that speak for whoever issued them ("The statement said…"). */
const ISSUED = new Set(['statement', 'communique', 'communiqué', 'declaration']);

/** Possessive pronouns, for holders of nominal cues ("reiterated its demand"). */
const POSSESSIVE_PRONOUNS = new Map<string, Pronoun>([['its', 'it'], ['their', 'they'], ['his', 'he'], ['her', 'she'], ['our', 'we']]);
const NAME_STOP = new Set(['the', 'a', 'an', 'and', 'or', 'of', 'in', 'on', 'at', 'for', 'to', 'but', 'with', 'by', 'as', 'from', 'that', 'this', 'these', 'those', 'it', 'he', 'she', 'they', 'we', 'i', 'his', 'her', 'their', 'our', 'its', 'if', 'when', 'while', 'after', 'before', 'still', 'yet', 'thus', 'instead', 'despite', 'though', 'although', 'meanwhile', 'however', 'since', 'so', 'mr', 'mrs', 'ms', 'dr']);

export interface MentionContext {
  lexicon: Lexicon;
  /** the article's date (YYYY-MM-DD): it picks the office a person of the lexicon held */
  date?: string;
  people: PersonRegistry;
  /** names that could not be placed: a later pass, knowing more people, may place them */
  unresolved?: string[];
}

function isPossessive(t: Token | undefined): boolean {
  return !!t && /'s?$/.test(t.lower) && t.lower !== "'";
}

/** Longest lexicon name or demonym starting at token i. */
export function nameAt(tokens: Token[], i: number, lexicon: Lexicon): { hit: NameHit; end: number } | null {
  for (const { value: hit, end } of lexicon.nameTrie.matchesAt(tokens, i)) {
    const n = end - i;
    const parts = tokens.slice(i, end);
    if (hit.caseSensitive) {
      const exact = parts.map((t, j) => (j === n - 1 ? stripPossessive(t.text) : t.text)).join(' ');
      if (!hit.actor.caseSensitive.some((c) => c === exact)) continue;
    } else if (!parts[0]!.cap && parts[0]!.lower !== 'the' && !/^(al|el|von|van|de|bin|ibn)-?/.test(parts[0]!.lower)) {
      // Actor names are proper nouns: "america" inside a URL or "turkey" the bird are not actors.
      continue;
    }
    return { hit, end: i + n };
  }
  return null;
}

/** End of the longest non-actor phrase of two or more words starting at token i, or -1. */
export function nonActorAt(tokens: Token[], i: number, lexicon: Lexicon): number {
  const longest = lexicon.nonActorTrie.matchesAt(tokens, i)[0];
  return longest && longest.end - i >= 2 ? longest.end : -1;
}

function insideLongerName(tokens: Token[], i: number, lexicon: Lexicon): boolean {
  const prev = tokens[i - 1];
  if (i < 2 || !prev || !prev.cap || prev.punct || prev.lower !== prev.bare || NAME_STOP.has(prev.lower)) return false;
  if (lexicon.titleModifiers.has(prev.lower) || lexicon.titleHeads.matchesAt(tokens, i - 1).length || lexicon.groups.has(prev.lower)) return false;
  if (lexicon.nonActors.has(prev.lower) || lexicon.roles.has(prev.lower)) return false;
  // The word before must itself be no actor's name ("U.S. Ukraine", "Russia Ukraine") and not start a title.
  for (let k = Math.max(0, i - 4); k < i; k++) if (nameAt(tokens, k, lexicon)?.end === i || roleAt(tokens, k, lexicon)) return false;
  return true;
}

/** Longest office title starting at token i ("Deputy Secretary of State"). */
export function roleAt(tokens: Token[], i: number, lexicon: Lexicon): { role: RoleEntry; end: number } | null {
  // Titles carry no possessive: "Russia's foreign minister's" ends a name, not a title.
  const hit = lexicon.roleTrie.matchesAt(tokens, i).find((m) => tokens[m.end - 1]!.lower === tokens[m.end - 1]!.bare);
  return hit ? { role: hit.value, end: hit.end } : null;
}

/** Capitalised words after i that form a person's name (stops at names of states, outlets, verbs). */
export function nameTokensAt(tokens: Token[], i: number, lexicon: Lexicon, max = 4): number {
  let j = i;
  while (j < tokens.length && j - i < max) {
    const t = tokens[j]!;
    if (!t.cap || t.punct || NAME_STOP.has(t.lower)) break;
    if (lexicon.nonActors.has(t.bare)) break;
    const hit = nameAt(tokens, j, lexicon);
    if (hit && hit.hit.actor.type !== 'person') break;
    j++;
    if (isPossessive(t)) break;
  }
  // A middle initial ("Vladimir V. Putin") is tokenised as "V" + "."; accept "X ." inside a name.
  return j;
}

function nounAt(tokens: Token[], i: number, nouns: PhraseTrie<true>): number {
  const longest = nouns.matchesAt(tokens, i)[0];
  return longest ? longest.end : -1;
}


function groupAt(tokens: Token[], i: number, lexicon: Lexicon): number {
  return nounAt(tokens, i, lexicon.groupTrie);
}

/** Skips adjectives of rank between a name and a group or title ("U.S. senior officials", "Russian chief negotiator"). */
function skipRank(tokens: Token[], i: number): number {
  let j = i;
  while (j < tokens.length && /^(senior|top|chief|high-level|other|former|acting|deputy|two|three|several|many|some|new|interim|local|regional|state|federal|national|military|civilian|elected|exiled|radical|fundamentalist|armed|main)$/.test(tokens[j]!.lower)) j++;
  return j;
}

export function findMentions(tokens: Token[], ctx: MentionContext): Mention[] {
  const { lexicon, people } = ctx;
  const out: Mention[] = [];
  const text = (s: number, e: number) => tokens.slice(s, e).map((t) => t.text).join(' ');
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (t.punct) { i++; continue; }

    // 1. A title, possibly followed by a name: "Deputy Foreign Minister Sergei Ryabkov".
    const role = t.cap ? roleAt(tokens, i, lexicon) : null;
    if (role) {
      const nameEnd = nameTokensAt(tokens, role.end, lexicon);
      if (nameEnd > role.end) {
        // "former Prime Minister X": the title no longer makes its holder speak for the state.
        const former = ctx.lexicon.notCurrent.has(tokens[i - 1]?.lower ?? '');
        const m = personMention(tokens, role.end, nameEnd, ctx, former ? `${tokens[i - 1]!.lower} ${role.role.title}` : role.role.title, former ? undefined : role.role.represents);
        m.start = i;
        m.text = text(i, nameEnd);
        m.rule = `title "${role.role.title}" + name`;
        // "Prime Minister X's administration": the body of a person who speaks for a state is that state.
        const group = m.represents && m.possessive ? groupAt(tokens, nameEnd, lexicon) : -1;
        if (group > 0) {
          out.push({ start: i, end: group, text: text(i, group), actor: m.represents!, holder: m.actor!, modifier: false, possessive: isPossessive(tokens[group - 1]), rule: 'title + name + group noun' });
          i = group;
          continue;
        }
        out.push(m);
        i = nameEnd;
        continue;
      }
    }

    // 2. A lexicon name or demonym, maybe heading a title, a group noun, or a person; a longer
    // non-actor phrase wins ("the West Bank" is no mention of the West, "South China Sea" none of China).
    const non = nonActorAt(tokens, i, lexicon);
    if (non > i) { i = non; continue; }
    const name = nameAt(tokens, i, lexicon);
    // "Dog Meat Free Indonesia", "Free Syrian Army": a state's name after a capitalised word that is no title, name
    // or sentence opener ends a longer proper name, and stands for no state.
    if (name && name.hit.actor.type === 'state' && insideLongerName(tokens, i, lexicon)) { i = name.end; continue; }
    if (name) {
      const entry = name.hit.actor;
      const ref = refFromEntry(entry);
      const possessive = isPossessive(tokens[name.end - 1]);
      let j = skipRank(tokens, name.end);
      const titled = roleAt(tokens, j, lexicon);
      if (titled && entry.type !== 'person') {
        const nameEnd = nameTokensAt(tokens, titled.end, lexicon);
        if (nameEnd > titled.end) {
          // "retired Turkish admiral X", "former Egyptian President Y": no longer speaks for the state.
          const former = ctx.lexicon.notCurrent.has(tokens[i - 1]?.lower ?? '') || (tokens[i - 1]?.text !== undefined && ctx.lexicon.notCurrent.has(tokens[i - 2]?.lower ?? '') && /^(the|a)$/.test(tokens[i - 1]!.lower));
          const faction = titled.role.represents ? null : titleFaction(ref, titled.role.title, ctx.lexicon);
          const m = personMention(tokens, titled.end, nameEnd, ctx, former ? `${tokens[i - 1]!.lower} ${titled.role.title}` : titled.role.title, former ? undefined : faction ?? titled.role.represents ?? entry.id);
          m.start = i;
          m.text = text(i, nameEnd);
          m.rule = `${name.hit.form} "${text(i, name.end)}" + title + name`;
          out.push(m);
          i = nameEnd;
          continue;
        }
        // "Moscow's chief negotiator", "the Russian foreign minister": the office stands for its state.
        // ("Iran's U.N. ambassador": a state's post at a body is the state's.)
        const owner = entry.type !== 'state' ? ownerBefore(out, i) : undefined;
        if (owner) out.pop();
        out.push(owner
          ? { ...owner, end: titled.end, text: text(owner.start, titled.end), possessive: false, office: true, rule: `"${owner.text}" + ${name.hit.form} + title: the owner's post` }
          : { start: i, end: titled.end, text: text(i, titled.end), actor: ref, modifier: false, possessive: false, office: true, rule: `${name.hit.form} + title` });
        i = titled.end;
        continue;
      }
      // "Rwandan rebels", "the Syrian opposition": a group named after a country that is not its state.
      // ("German automakers": a sector of its society, the same way.)
      const faction = entry.type === 'state' ? Math.max(nounAt(tokens, j, lexicon.factionTrie), nounAt(tokens, j, lexicon.sectorTrie)) : -1;
      if (faction > 0) {
        const noun = tokens.slice(j, faction).map((t) => t.bare).join(' ');
        const actor = factionRef(entry.id, stripPossessive(tokens.slice(i, name.end).map((t) => t.text).join(' ')), noun);
        out.push({ start: i, end: faction, text: text(i, faction), actor, modifier: false, possessive: isPossessive(tokens[faction - 1]), rule: `${name.hit.form} + faction noun` });
        i = faction;
        continue;
      }
      const group = groupAt(tokens, j, lexicon);
      if (group > 0) {
        // "U.S. officials", "the Russian side", "Biden administration": the body stands for its state.
        const held = entry.type === 'person' ? representsOn(entry, ctx.date) : undefined;
        const actor = held ? refFromEntry(lexicon.actors.get(held)!) : ref;
        // "Iran's U.N. mission", "his U.N. ambassador": a state's post at a body is the state's, not the body's.
        const owner = entry.type !== 'state' && entry.type !== 'person' ? ownerBefore(out, i) : undefined;
        if (owner) out.pop();
        const mention: Mention = owner
          ? { ...owner, end: group, text: text(owner.start, group), possessive: isPossessive(tokens[group - 1]), rule: `"${owner.text}" + ${name.hit.form} + group noun: the owner's post` }
          : { start: i, end: group, text: text(i, group), actor, modifier: false, possessive: isPossessive(tokens[group - 1]), rule: `${name.hit.form} + group noun` };
        out.push(mention);
        i = group;
        continue;
      }
      const mention: Mention = { start: i, end: name.end, text: text(i, name.end), actor: ref, modifier: false, possessive, rule: `lexicon ${name.hit.form} "${text(i, name.end)}"` };
      const office = entry.type === 'person' ? representsOn(entry, ctx.date) : undefined;
      if (office) {
        mention.represents = refFromEntry(lexicon.actors.get(office)!);
        people.addKnown(ref, mention.represents, entry.familyName);
      }
      if (name.hit.form === 'demonym') {
        const word = tokens[i]!.lower;
        const plural = /s$/.test(word) && !entry.demonyms.some((d) => d.toLowerCase() === word && !/s$/.test(d));
        const nounFollows = tokens[name.end] && !tokens[name.end]!.punct && /^[a-z]/.test(tokens[name.end]!.text);
        // "Russians", "the Palestinians" are people; "Russian" before a noun is an adjective.
        mention.modifier = !plural && (!!nounFollows || !tokens[name.end] || tokens[name.end]!.punct || tokens[name.end]!.cap);
      }
      out.push(mention);
      i = name.end;
      continue;
    }

    // 3. A person named before (or misspelt): "Ryabkov", "Blnken".
    if (t.cap && !lexicon.nonActors.has(t.bare) && !NAME_STOP.has(t.lower)) {
      const end = nameTokensAt(tokens, i, lexicon);
      if (end > i) {
        const name = tokens.slice(i, end).map((x) => stripPossessive(x.text)).join(' ');
        const known = people.lookup(name);
        if (!known) ctx.unresolved?.push(name);
        if (known) {
          const m: Mention = { start: i, end, text: text(i, end), actor: known.ref, modifier: false, possessive: isPossessive(tokens[end - 1]), rule: known.rule };
          if (known.represents) m.represents = known.represents;
          const group = groupAt(tokens, end, lexicon);
          if (group > 0 && known.represents) {
            out.push({ ...m, end: group, text: text(i, group), actor: known.represents, represents: undefined, holder: known.ref, rule: 'person + group noun' } as Mention);
            i = group;
            continue;
          }
          out.push(m);
          i = end;
          continue;
        }
      }
    }

    // 4. "the opposition", "Opposition parties": a faction of the state the article is about, placed later.
    const alone = factionAlone(tokens, i, lexicon);
    if (alone > i) {
      const start = t.lower === 'the' ? i + 1 : i;
      const noun = tokens.slice(start, alone).map((x) => x.bare).join(' ');
      // "Opposition groups in Zimbabwe": the state named right after is theirs.
      const stateAt = tokens[alone + 1]?.lower === 'the' ? alone + 2 : alone + 1;
      const state = tokens[alone]?.lower === 'in' ? nameAt(tokens, stateAt, lexicon) ?? nameAt(tokens, alone + 1, lexicon) : null;
      // ("negotiated with the insurgents in Qatar's capital": a place, not whose they are.)
      if (state && state.hit.actor.type === 'state' && !isPossessive(tokens[state.end - 1])) {
        const actor = factionRef(state.hit.actor.id, state.hit.actor.demonyms[0] ?? state.hit.actor.label, noun);
        out.push({ start: i, end: alone, text: text(i, alone), actor: { ...actor, aliases: [noun] }, modifier: false, possessive: false, rule: `faction noun "${noun}" + "in" + state` });
        i = state.end;
        continue;
      }
      const actor: ActorRef = { ref: 'actor', id: noun.replace(/\s+/g, '-'), label: noun, actorType: 'group', aliases: [], known: false };
      out.push({ start: i, end: alone, text: text(i, alone), actor, faction: noun, modifier: false, possessive: isPossessive(tokens[alone - 1]), rule: `faction noun "${noun}" of the article's state` });
      i = alone;
      continue;
    }

    // 5. "the alliance", "the bloc": resolved later to the last alliance or bloc named.
    // "The statement threatened sanctions": a document that opens its sentence speaks for whoever issued it just before.
    if (i === 0 && t.lower === 'the' && ISSUED.has(tokens[1]?.bare ?? '') && !/^(was|is|were|has|had|will|would)$/.test(tokens[2]?.lower ?? '')) {
      out.push({ start: 0, end: 2, text: text(0, 2), actor: null, issued: true, modifier: false, possessive: isPossessive(tokens[1]), rule: `"${text(0, 2)}": the issuer named before` });
      i = 2;
      continue;
    }
    const groupEnd = t.lower === 'the' ? groupDescriptionEnd(tokens, i + 1, lexicon) : -1;
    if (groupEnd > 0) {
      const kinds: ActorRef['actorType'][] = groupEnd === i + 2 ? ['group', 'organisation'] : ['group'];
      out.push({ start: i, end: groupEnd, text: text(i, groupEnd), actor: null, anaphor: kinds, modifier: false, possessive: isPossessive(tokens[groupEnd - 1]), rule: `"${text(i, groupEnd)}": the last ${kinds.join('/')} named` });
      i = groupEnd;
      continue;
    }
    const body = t.lower === 'the' ? tokens[i + 1] : undefined;
    const bodyNoun = body && lexicon.bodyNouns.has(body.bare) && !nameAt(tokens, i, lexicon) && !(tokens[i + 2] && (tokens[i + 2]!.cap || /^(of|on|for)$/.test(tokens[i + 2]!.lower)));
    const described = bodyNoun ? DESCRIPTIONS.get(body.bare) ?? ['organisation'] : t.lower === 'the' ? DESCRIPTIONS.get(tokens[i + 1]?.bare ?? '') : undefined;
    if (described && !(tokens[i + 2] && !tokens[i + 2]!.punct && /^[a-z]/.test(tokens[i + 2]!.text) && !/^(and|or|but|has|have|had|is|are|was|were|will|would|must|should|can|could|may|might|shall|said|says|to|on|in|of|for|with|that|which|who|also|has)$/.test(tokens[i + 2]!.lower) && !/(ed|s)$/.test(tokens[i + 2]!.lower))) {
      const m: Mention = { start: i, end: i + 2, text: text(i, i + 2), actor: null, anaphor: described, modifier: false, possessive: tokens[i + 1]!.bare !== tokens[i + 1]!.lower, rule: `"${text(i, i + 2)}": the last ${described.join('/')} named` };
      if (bodyNoun) m.described = body.bare;
      out.push(m);
      i += 2;
      continue;
    }

    // 6. Pronouns, resolved later from the speaker or the previous sentences.
    const pronoun = PRONOUNS.get(t.lower) ?? POSSESSIVE_PRONOUNS.get(t.lower);
    if (pronoun) {
      out.push({ start: i, end: i + 1, text: t.text, actor: null, pronoun, modifier: false, possessive: POSSESSIVE_PRONOUNS.has(t.lower), rule: `pronoun "${t.text}"` });
    }
    i++;
  }
  // "the Turkish and Greek sides", "Hungarian and Romanian officials": co-ordinated demonyms share the noun.
  for (let k = out.length - 2; k >= 0; k--) {
    const a = out[k]!;
    const b = out[k + 1]!;
    if (a.modifier && !b.modifier && /group noun|faction/.test(b.rule) && tokens[a.end]?.lower === 'and' && b.start === a.end + 1) a.modifier = false;
  }
  return out;
}

/**
 * End of "group" or "insurgent group" at token i (after "the"), or -1: "the group" is the last group or organisation
 * named, "the insurgent group", "the militant group" (a faction's word before it) the last armed group. A capital
 * ("the Group of Seven") makes it a name.
 */
function groupDescriptionEnd(tokens: Token[], i: number, lexicon: Lexicon): number {
  const first = tokens[i];
  if (!first || first.cap) return -1;
  const isFactionWord = lexicon.factions.has(first.bare) || lexicon.factions.has(`${first.bare}s`);
  const end = first.lower === 'group' ? i + 1 : isFactionWord && tokens[i + 1]?.lower === 'group' ? i + 2 : -1;
  // "the group of countries" names its members next.
  return end > 0 && tokens[end]?.lower !== 'of' ? end : -1;
}

/** The possessive mention ("Iran's", "his") right before token i, which owns what follows. */
function ownerBefore(out: Mention[], i: number): Mention | undefined {
  const last = out[out.length - 1];
  return last && last.end === i && last.possessive && (last.pronoun || last.actor?.actorType === 'state') ? last : undefined;
}

/** A faction of a state: "Somali opposition", "German automakers" (the label keeps the words of the text). */
export function factionRef(stateId: string, stateWords: string, noun: string): ActorRef {
  return { ref: 'actor', id: `${stateId}-${noun.replace(/\s+/g, '-')}`, label: `${stateWords} ${noun}`, actorType: 'group', aliases: [], known: false };
}

/**
 * "Kenyan opposition leader X", "Sudanese rebel commander Y": a title holding a faction's word is an office of that
 * faction of the state, not of the state; the faction for `title`, or null.
 */
export function titleFaction(state: ActorRef, title: string, lexicon: Lexicon): ActorRef | null {
  if (state.actorType !== 'state') return null;
  const word = title.toLowerCase().split(/\s+/).find((w) => lexicon.factions.has(w) || lexicon.factions.has(`${w}s`));
  if (!word) return null;
  const demonym = lexicon.actors.get(state.id)?.demonyms[0] ?? state.label;
  return factionRef(state.id, demonym, lexicon.factions.has(`${word}s`) ? `${word}s` : word);
}

/**
 * End of a faction named without its country at token i ("the opposition", "Opposition lawmakers", "rebels"), or -1.
 * A capitalised word before it names the group itself ("Houthi rebels"); "opposition" alone needs "the" and no
 * object ("opposition to the plan" is disagreement, not a group).
 */
function factionAlone(tokens: Token[], i: number, lexicon: Lexicon): number {
  const the = tokens[i]!.lower === 'the';
  const start = the ? i + 1 : i;
  const end = nounAt(tokens, start, lexicon.factionTrie);
  if (end < 0) return -1;
  const before = tokens[i - 1];
  if (!the && i > 0 && before && before.cap && !before.punct) return -1;
  const last = tokens[end - 1]!;
  const plural = /s$/.test(last.bare) || end - start > 1;
  const followed = tokens[end]?.lower ?? '';
  // A singular one needs "the" and a verb or a stop after it ("the opposition said"; not "opposition to the plan").
  if (!plural && (!the || !(isPossessive(last) || !tokens[end] || tokens[end]!.punct || isVerbWord(followed)))) return -1;
  return end;
}

function personMention(tokens: Token[], start: number, end: number, ctx: MentionContext, title: string, representsId?: string | ActorRef): Mention {
  const full = tokens.slice(start, end).map((t) => stripPossessive(t.text)).join(' ');
  // A leader the lexicon knows ("President Joe Biden") keeps the lexicon's identity and allegiance.
  for (let k = start; k < end; k++) {
    const hit = nameAt(tokens, k, ctx.lexicon);
    if (hit && hit.hit.actor.type === 'person') {
      const ref = refFromEntry(hit.hit.actor);
      const office = representsOn(hit.hit.actor, ctx.date);
      const rep = office ? ctx.lexicon.actors.get(office) : undefined;
      const m: Mention = { start, end, text: full, actor: ref, modifier: false, possessive: isPossessive(tokens[end - 1]), rule: `title "${title}" + lexicon person` };
      if (rep) { m.represents = refFromEntry(rep); ctx.people.addKnown(ref, m.represents, hit.hit.actor.familyName); }
      return m;
    }
  }
  const entry = ctx.people.lookup(full);
  let actor = entry?.ref ?? personRef(full, title);
  let represents = entry?.represents;
  if (!represents && typeof representsId === 'object') represents = representsId;
  else if (!represents && typeof representsId === 'string') {
    const rep = ctx.lexicon.actors.get(representsId);
    if (rep) represents = refFromEntry(rep);
  }
  actor = ctx.people.add(actor, full, title, represents);
  represents = ctx.people.lookup(full)?.represents ?? represents;
  const m: Mention = { start, end, text: full, actor, modifier: false, possessive: isPossessive(tokens[end - 1]), rule: `title "${title}" + name` };
  if (represents) m.represents = represents;
  return m;
}
