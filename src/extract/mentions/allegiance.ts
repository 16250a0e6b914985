// People whose office and allegiance the text states around their name, in the forms news writing uses:
//   possessive or adjective before a title:  "Turkey's presidential spokesman Ibrahim Kalin", "British Deputy U.N. Ambassador James Kariuki"
//   the same with the name set off:          "China's U.N. ambassador, Fu Cong,", "Trump's special envoy, Steve Witkoff"
//   apposition after the name:               "Doug Ford, Ontario's provincial leader", "Chris Swonger, head of the Distilled Spirits Council"
//   a copula:                                 "Mahad Wasuge is the executive director of Somali Public Agenda"
// Titles are composed from the lexicon's title words, so "presidential foreign policy adviser" needs no entry of its own.
// A person marked as no longer in office ("former", "retired") represents no one.
import type { ActorRef } from '../claims.ts';
import { organisationRef, personRef } from './actor-ref.ts';
import type { Lexicon } from '../lexicon.ts';
import { nameAt, nameTokensAt, roleAt, titleFaction, type Mention } from './mentions.ts';
import type { PersonRegistry } from './people.ts';
import type { Tag } from '../syntax/tags.ts';
import { stripPossessive, type Token } from '../tokens.ts';

export interface Allegiance {
  name: string;
  title: string;
  actor: ActorRef;
  rule: string;
}

const ARTICLE = /^(a|an|the)$/;
/** Words joining a title to the body it belongs to: "head of", "ambassador at", "spokesman for". */
const OF_BODY = /^(of|at|in|with)$/;
const SPOKES = /^spokes/;
const COPULA = /^(is|was|,)$/;

/** End of an office title that starts at token i ("presidential foreign policy adviser"), or -1: the longest reading. */
export function titleEnd(tokens: Token[], i: number, lexicon: Lexicon, depth = 0): number {
  const t = tokens[i];
  if (!t || t.punct || depth > 8) return -1;
  let best = -1;
  const to = roleAt(tokens, i, lexicon)?.end ?? lexicon.titleHeads.matchesAt(tokens, i)[0]?.end ?? -1;
  // A possessive ends the title's reading ("the minister's aide" is not the minister).
  if (to > i && tokens[to - 1]!.lower === tokens[to - 1]!.bare) best = Math.max(to, titleEnd(tokens, to, lexicon, depth + 1));
  // "army chief of staff": a word that may open a title or modify the next one is tried both ways.
  if (lexicon.titleModifiers.has(t.lower)) best = Math.max(best, titleEnd(tokens, i + 1, lexicon, depth + 1));
  return best;
}

/** Is token i the head of an office title ("president", "spokesman", "minister")? */
export function isTitleNoun(tokens: Token[], i: number, lexicon: Lexicon): boolean {
  return lexicon.titleHeads.matchesAt(tokens, i).some((m) => m.end === i + 1);
}

/** Is token i a noun of office or of a body ("spokesman", "leader", "administration", "officials")? */
export function isOfficeNoun(tokens: Token[], i: number, lexicon: Lexicon): boolean {
  const t = tokens[i];
  if (!t) return false;
  return lexicon.groups.has(t.lower) || lexicon.titleHeads.matchesAt(tokens, i).some((m) => m.end === i + 1);
}

/** Capitalised words at token i that may be a person's name: no lexicon actor, title word or non-actor. */
function personNameEnd(tokens: Token[], i: number, lexicon: Lexicon): number {
  const t = tokens[i];
  if (!t || !t.cap || t.punct || lexicon.titleModifiers.has(t.lower) || lexicon.titleHeads.matchesAt(tokens, i).length) return -1;
  const hit = nameAt(tokens, i, lexicon);
  if (hit && hit.hit.actor.type !== 'person') return -1;
  const end = nameTokensAt(tokens, i, lexicon);
  // One word alone is a name only if it looks like one ("Kalin"), not an initialism ("UN").
  if (end - i === 1 && !/^[A-Z][a-z'’-]+$/.test(stripPossessive(tokens[i]!.text))) return -1;
  return end > i ? end : -1;
}

/**
 * The tagger's word on a candidate name, asked last because tagging is the costly step: a name is a proper noun, not
 * an adjective before a noun ("North Korea's official English name"). The tagger misreads
 * some surnames ("Ford" as a verb): a name of several words needs its first one tagged PROPN.
 */
function taggedAsName(i: number, end: number, tags: () => Tag[]): boolean {
  const t = tags();
  return t[i] === 'PROPN' && t[end] !== 'NOUN' && t[end] !== 'PROPN';
}

function nameText(tokens: Token[], s: number, e: number): string {
  return tokens.slice(s, e).map((t) => stripPossessive(t.text)).join(' ');
}

/** The state or body an actor mention stands for: itself, or for a person the state they speak for. */
function bodyOf(m: Mention, people: PersonRegistry, lexicon: Lexicon): ActorRef | null {
  const a = m.actor;
  if (!a) return null;
  if (a.actorType !== 'person') return a;
  if (m.represents) return m.represents;
  // A person of the lexicon speaks for whom the mention says (their office on the article's date), or no one.
  if (lexicon.actors.has(a.id)) return null;
  return people.lookup(a.label)?.represents ?? null;
}

function notCurrent(tokens: Token[], from: number, to: number, lexicon: Lexicon): boolean {
  for (let k = Math.max(0, from - 2); k < to; k++) if (lexicon.notCurrent.has(tokens[k]!.lower) || /^ex-/.test(tokens[k]!.lower)) return true;
  return false;
}

/** A body named at token i: a mention, or capitalised words ending in a possessive the lexicon does not know ("Ontario's"). */
function bodyAt(tokens: Token[], i: number, mentions: Mention[], people: PersonRegistry, lexicon: Lexicon): { actor: ActorRef; end: number; text: string } | null {
  const m = mentions.find((x) => x.start === i && !x.pronoun && x.actor);
  if (m) {
    const actor = bodyOf(m, people, lexicon);
    // The body's own name ends where its lexicon name ends: "North Korea's army chief" holds a title after it.
    const end = m.actor!.actorType === 'person' ? m.end : (nameAt(tokens, i, lexicon)?.end ?? m.end);
    return actor ? { actor, end: Math.min(end, m.end), text: m.text } : null;
  }
  let e = i;
  while (e < tokens.length && e - i < 3 && tokens[e]!.cap && !tokens[e]!.punct && tokens[e]!.lower === tokens[e]!.bare) e++;
  const last = tokens[e];
  if (!last || !last.cap || last.lower === last.bare || mentions.some((x) => x.start <= e && x.end > i)) return null;
  const name = nameText(tokens, i, e + 1);
  if (lexicon.nonActors.has(name.toLowerCase()) || lexicon.titleHeads.matchesAt(tokens, i).length || lexicon.titleModifiers.has(tokens[i]!.lower)) return null;
  return { actor: organisationRef(name), end: e + 1, text: name };
}

/** Where "to <Actor>" after a title ends ("ambassador to the U.N.", "envoy to Somalia"): the posting, not the employer; else `end`. */
function postingEnd(tokens: Token[], end: number, mentions: Mention[]): number {
  if (tokens[end]?.lower !== 'to') return end;
  const k = tokens[end + 1]?.lower === 'the' ? end + 2 : end + 1;
  return mentions.find((m) => m.start === k && !m.pronoun && !m.possessive)?.end ?? end;
}

/** "<Actor>'s <title>[ to <Actor>][,] <Name>": the name after a possessive or adjective and a title. */
function titleAfterActor(tokens: Token[], mentions: Mention[], lexicon: Lexicon, people: PersonRegistry, tags: () => Tag[]): Allegiance[] {
  const out: Allegiance[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const body = bodyAt(tokens, i, mentions, people, lexicon);
    if (!body) continue;
    const t = body.end;
    const end = titleEnd(tokens, t, lexicon);
    if (end < 0 || notCurrent(tokens, i, end, lexicon)) continue;
    const posted = postingEnd(tokens, end, mentions);
    const at = tokens[posted]?.text === ',' ? posted + 1 : posted;
    const nameEnd = personNameEnd(tokens, at, lexicon);
    if (nameEnd < 0) continue;
    // "said Russia's envoy, and…": the comma must close the apposition too.
    if (at > posted && !/^[,.;:]$|^(said|says|told)$/.test(tokens[nameEnd]?.lower ?? '.')) continue;
    if (!taggedAsName(at, nameEnd, tags)) continue;
    const title = tokens.slice(t, end).map((x) => x.text).join(' ');
    out.push({ name: nameText(tokens, at, nameEnd), title, actor: body.actor, rule: `"${body.text}" + title "${title}" + name` });
    i = nameEnd - 1;
  }
  return out;
}

/** The body after "of"/"at" must head its phrase: "director of the U.S.-Korea policy program" names no U.S. office. */
function headsPhrase(tokens: Token[], end: number): boolean {
  const next = tokens[end];
  return !next || (next.punct && next.text !== '-') || /^(and|or|but|who|which|that|said|says|told|in|on|at|to|for|since|until|from)$/.test(next.lower);
}

/** The body a title belongs to, after it: "head of the Distilled Spirits Council", "representative for North Korea at the State Department". */
function bodyAfterTitle(tokens: Token[], end: number, mentions: Mention[], people: PersonRegistry, lexicon: Lexicon): ActorRef | null {
  let j = end;
  const joiner = tokens[j]?.lower ?? '';
  // "envoy for North Korea" names the portfolio, not the employer; "spokesman for X" names the employer.
  if (joiner === 'for' && !SPOKES.test(tokens[end - 1]!.lower)) {
    const portfolio = mentions.find((m) => m.start >= j + 1 && m.start <= j + 2);
    if (!portfolio || !/^(at|of|in)$/.test(tokens[portfolio.end]?.lower ?? '')) return null;
    j = portfolio.end;
  } else if (!OF_BODY.test(joiner) && joiner !== 'for') return null;
  const k = ARTICLE.test(tokens[j + 1]?.lower ?? '') ? j + 2 : j + 1;
  const kinded = nameAfterKind(tokens, k, lexicon);
  if (kinded >= 0) return organisationRef(nameText(tokens, kinded, organisationNameEnd(tokens, kinded, lexicon)));
  const m = mentions.find((x) => x.start === k && !x.pronoun && x.actor);
  if (m) return headsPhrase(tokens, m.end) ? bodyOf(m, people, lexicon) : null;
  const org = organisationNameEnd(tokens, k, lexicon);
  return org > k ? organisationRef(nameText(tokens, k, org)) : null;
}

/** Descriptive words before a kind of organisation ("Mogadishu-based", "independent", "Washington-based research"). */
const DESCRIPTOR_WORDS = 4;

/**
 * "the Mogadishu-based group Somali Public Agenda": where the name of an organisation starts after its kind and the
 * words describing it (at token i), or -1. The name must be one the lexicon does not know, of two words at least.
 */
function nameAfterKind(tokens: Token[], i: number, lexicon: Lexicon): number {
  for (let n = i + 1; n <= i + DESCRIPTOR_WORDS + 1 && n < tokens.length; n++) {
    const t = tokens[n]!;
    if (t.cap && !t.punct && (tokens[n + 1]?.text !== '-')) {
      // ("the group “Chagossian Voices”": the name may stand in quotation marks.)
      const w = tokens[n - 1]!.text === '"' ? n - 1 : n;
      const kind = [tokens[w - 1]!.lower, `${tokens[w - 2]?.lower} ${tokens[w - 1]!.lower}`].some((k) => lexicon.orgKinds.has(k));
      const end = organisationNameEnd(tokens, n, lexicon);
      // (A known actor's own name is read as a mention: "the group Hamas".)
      return kind && end > n && (nameAt(tokens, n, lexicon)?.end ?? n) < end ? n : -1;
    }
    // Only descriptions stand between: lower-case words and hyphenated compounds ("Mogadishu-based").
    if (t.punct && t.text !== '-' && !(t.text === '"' && lexicon.orgKinds.has(tokens[n - 1]!.lower))) return -1;
  }
  return -1;
}

/** Capitalised words naming an organisation the lexicon does not know ("Distilled Spirits Council of the United States"): two words at least. */
function organisationNameEnd(tokens: Token[], i: number, lexicon: Lexicon): number {
  let e = i;
  while (e < tokens.length && e - i < 10) {
    const t = tokens[e]!;
    if (t.cap && !t.punct) { e++; continue; }
    // "Council of the United States", "Alliance on China": connectors inside a name are followed by capitals.
    const skip = /^(of|on|for|and)$/.test(t.lower) ? (tokens[e + 1]?.lower === 'the' ? 2 : 1) : t.text === '-' ? 1 : 0;
    if (skip && e > i && tokens[e + skip]?.cap) { e += skip; continue; }
    break;
  }
  if (e - i < 2 || lexicon.nonActors.has(tokens.slice(i, e).map((t) => t.lower).join(' '))) return -1;
  return e;
}

/** "<Name> of the <Organisation>": a member named by the body alone. */
function memberOf(tokens: Token[], lexicon: Lexicon, tags: () => Tag[]): Allegiance[] {
  const out: Allegiance[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0 && tokens[i - 1]!.cap && !tokens[i - 1]!.punct) continue;
    const nameEnd = personNameEnd(tokens, i, lexicon);
    if (nameEnd < 0 || nameEnd - i < 2 || tokens[nameEnd]?.lower !== 'of' || tokens[nameEnd + 1]?.lower !== 'the') continue;
    const org = organisationNameEnd(tokens, nameEnd + 2, lexicon);
    if (org < 0 || nameAt(tokens, nameEnd + 2, lexicon) || !taggedAsName(i, nameEnd, tags) || tags()[i - 1] === 'PROPN') continue;
    out.push({ name: nameText(tokens, i, nameEnd), title: 'member', actor: organisationRef(nameText(tokens, nameEnd + 2, org)), rule: 'name + "of the" + organisation' });
    i = nameEnd;
  }
  return out;
}

/** A relative clause's copula after a name and its comma: "who is", "who served as", "who has been"; its length or 0. */
const RELATIVE_COPULAS = [['who', 'is'], ['who', 'was'], ['who', 'serves', 'as'], ['who', 'served', 'as'], ['who', 'has', 'served', 'as'], ['who', 'has', 'been']];
function relativeCopulaLength(tokens: Token[], at: number): number {
  if (tokens[at - 1]?.text !== ',') return 0;
  const hit = RELATIVE_COPULAS.find((words) => words.every((w, k) => tokens[at + k]?.lower === w));
  return hit?.length ?? 0;
}

/** "<Name>, [the] [<Actor>'s] <title> [of|at <Actor>]", "<Name>, who served as <title>…" and "<Name> is the <title> of <Actor>". */
function titleAfterName(tokens: Token[], mentions: Mention[], lexicon: Lexicon, people: PersonRegistry, tags: () => Tag[]): Allegiance[] {
  const out: Allegiance[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // A name starts after a word that is not capitalised, or after a sentence's first word ("But Matthew Palmer, …").
    if (i > 1 && tokens[i - 1]!.cap && !tokens[i - 1]!.punct) continue;
    const nameEnd = personNameEnd(tokens, i, lexicon);
    if (nameEnd < 0 || !COPULA.test(tokens[nameEnd]?.lower ?? '')) continue;
    let j = nameEnd + 1 + relativeCopulaLength(tokens, nameEnd + 1);
    if (ARTICLE.test(tokens[j]?.lower ?? '')) j++;
    // "a senior Hamas official": words of rank may stand before the body.
    const ranked = rankedBodyAt(tokens, j, mentions, people, lexicon);
    const before = ranked?.body;
    if (ranked) j = ranked.body.end;
    const end = titleEnd(tokens, j, lexicon);
    if (end < 0 || notCurrent(tokens, nameEnd, end, lexicon)) continue;
    // "North Korea's official English name": the apposition must end with its title.
    const next = tokens[end];
    if (next && !next.punct && !/^(of|at|in|with|for|to|who|said|says|told)$/.test(next.lower)) continue;
    const after = bodyAfterTitle(tokens, end, mentions, people, lexicon);
    // (Only an organisation the lexicon does not know: "the U.S. ambassador at the United Nations" is the U.S.'s.)
    const body = after && !after.known && subjectArea(tokens, before, end, lexicon) ? after : before?.actor ?? after ?? bodyInTitle(mentions, j, end);
    if (!body || !taggedAsName(i, nameEnd, tags) || tags()[i - 1] === 'PROPN') continue;
    const title = tokens.slice(j, end).map((x) => x.text).join(' ');
    out.push({ name: nameText(tokens, i, nameEnd), title, actor: body, rule: `name + apposition "${title}"` });
    i = nameEnd - 1;
  }
  return out;
}

/**
 * "Ken Weinstein, the Japan chair at Hudson Institute": a state's bare name before a title, with an organisation after
 * "at", names the title's subject, not its employer. (A possessive or a demonym names the employer: "Russia's
 * ambassador at …", "the Russian ambassador at …".)
 */
function subjectArea(tokens: Token[], before: { actor: ActorRef; end: number; text: string } | undefined, end: number, lexicon: Lexicon): boolean {
  const last = tokens[(before?.end ?? 0) - 1];
  if (!before || before.actor.actorType !== 'state' || !last || last.lower !== last.bare || !/^(at|with)$/.test(tokens[end]?.lower ?? '')) return false;
  return !lexicon.actors.get(before.actor.id)?.demonyms.some((d) => d.toLowerCase() === last.lower);
}

/** The body at token j, maybe after words of rank ("senior", "top"); null when there is none. */
function rankedBodyAt(tokens: Token[], j: number, mentions: Mention[], people: PersonRegistry, lexicon: Lexicon): { body: NonNullable<ReturnType<typeof bodyAt>> } | null {
  for (let k = j; k < j + 3; k++) {
    const body = bodyAt(tokens, k, mentions, people, lexicon);
    if (body) return { body };
    if (!lexicon.titleModifiers.has(tokens[k]?.lower ?? '') || isTitleNoun(tokens, k, lexicon)) return null;
  }
  return null;
}

/** "Dmitry Peskov, the Kremlin spokesman": a body's name inside the title ("the Kremlin spokesman" is one mention of Russia). */
function bodyInTitle(mentions: Mention[], from: number, to: number): ActorRef | null {
  const m = mentions.find((x) => x.start <= from && x.end >= to && x.actor && x.actor.actorType !== 'person' && !x.pronoun);
  return m?.actor ?? null;
}

/** The words that make a person one of a body's members: "a member of", "part of". */
const MEMBERSHIP = /^(member|members|part)$/;

/** "<Name>, a member of the Nordic Council", "<Name> is part of the group Chagossian Voices": the person speaks for the body. */
function memberAfterName(tokens: Token[], mentions: Mention[], lexicon: Lexicon, people: PersonRegistry, tags: () => Tag[]): Allegiance[] {
  const out: Allegiance[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (i > 1 && tokens[i - 1]!.cap && !tokens[i - 1]!.punct) continue;
    const nameEnd = personNameEnd(tokens, i, lexicon);
    if (nameEnd < 0 || !/^(,|is|was|are|were)$/.test(tokens[nameEnd]?.lower ?? '')) continue;
    let j = nameEnd + 1;
    if (/^(a|an|one)$/.test(tokens[j]?.lower ?? '')) j++;
    if (!MEMBERSHIP.test(tokens[j]?.lower ?? '') || tokens[j + 1]?.lower !== 'of' || notCurrent(tokens, nameEnd, j, lexicon)) continue;
    const body = bodyAfterTitle(tokens, j + 1, mentions, people, lexicon);
    if (!body || !taggedAsName(i, nameEnd, tags)) continue;
    out.push({ name: nameText(tokens, i, nameEnd), title: 'member', actor: body, rule: `name + "${tokens[j]!.lower} of" + body` });
    i = nameEnd - 1;
  }
  return out;
}

/** "They are part of the group X", "He is a member of the Y Council" opening a sentence: the body the pronoun's person belongs to, or null. */
export function pronounMembership(tokens: Token[], mentions: Mention[], lexicon: Lexicon, people: PersonRegistry): { pronoun: string; body: ActorRef } | null {
  const pronoun = tokens[0]?.lower ?? '';
  if (!/^(he|she|they)$/.test(pronoun) || !/^(is|was|are|were)$/.test(tokens[1]?.lower ?? '')) return null;
  const j = /^(a|an|one)$/.test(tokens[2]?.lower ?? '') ? 3 : 2;
  if (!MEMBERSHIP.test(tokens[j]?.lower ?? '') || tokens[j + 1]?.lower !== 'of') return null;
  const body = bodyAfterTitle(tokens, j + 1, mentions, people, lexicon);
  return body && body.actorType !== 'person' ? { pronoun, body } : null;
}

/** The people a sentence opens with, co-ordinated ("Frankie Bontemps and Maxwell Evenor are…"): their names. */
export function openingPeople(tokens: Token[], lexicon: Lexicon, tags: () => Tag[]): string[] {
  const names: string[] = [];
  for (let i = 0; ; ) {
    const end = personNameEnd(tokens, i, lexicon);
    if (end - i < 2 || !taggedAsName(i, end, tags)) return names;
    names.push(nameText(tokens, i, end));
    if (!/^(and|,)$/.test(tokens[end]?.lower ?? '')) return names;
    i = end + 1;
  }
}

/** Nouns of a team sent to talks, and the verbs that list its members ("the Ukrainian delegation includes A, B and C"). */
const DELEGATION = /^(delegation|team)$/;
const LISTS_MEMBERS = [['includes'], ['included'], ['including'], ['comprises'], ['comprised'], ['consists', 'of'], ['is', 'made', 'up', 'of'], ['was', 'made', 'up', 'of'], ['is', 'led', 'by'], ['was', 'led', 'by'], ['led', 'by'], ['headed', 'by']];

/** The state whose delegation is named at token i ("the Ukrainian delegation", "Ukraine's delegation", "the delegation of Ukraine"), with where its list of members starts. */
function delegationAt(tokens: Token[], i: number, mentions: Mention[]): { actor: ActorRef; from: number } | null {
  if (!DELEGATION.test(tokens[i]!.lower)) return null;
  const after = /^(of|from)$/.test(tokens[i + 1]?.lower ?? '') ? mentions.find((m) => m.start === i + 2) : undefined;
  // ("the Ukrainian delegation" is one mention of the state, the group noun inside it.)
  const owner = after ?? mentions.find((m) => (m.end === i && (m.modifier || m.possessive)) || (m.start < i && m.end === i + 1));
  // ("Kenya's delegation, led by X": a comma may set the participle off.)
  const at = (after ? after.end : i + 1) + (tokens[after ? after.end : i + 1]?.text === ',' ? 1 : 0);
  const verb = LISTS_MEMBERS.find((words) => words.every((w, k) => tokens[at + k]?.lower === w));
  if (!owner?.actor || owner.actor.actorType !== 'state' || !verb) return null;
  return { actor: owner.actor, from: at + verb.length };
}

/** "The Ukrainian delegation includes Defense Minister A; and military commander B": each member named speaks for the state. */
function delegationMembers(tokens: Token[], mentions: Mention[], lexicon: Lexicon, tags: () => Tag[]): Allegiance[] {
  const out: Allegiance[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const team = delegationAt(tokens, i, mentions);
    if (!team) continue;
    // The list runs to the sentence's end, the next clause's verb or the conjunction that opens it ("while", "but").
    for (let n = team.from; n < tokens.length && !/^(VERB|AUX|SCONJ)$/.test(tags()[n] ?? '') && !/^(but|while|whereas)$/.test(tokens[n]!.lower); n++) {
      const prev = tokens[n - 1]!;
      if (prev.cap && !prev.punct && !isTitleNoun(tokens, n - 1, lexicon)) continue;
      const end = personNameEnd(tokens, n, lexicon);
      if (end - n < 2 || !taggedAsName(n, end, tags)) continue;
      out.push({ name: nameText(tokens, n, end), title: 'delegate', actor: team.actor, rule: `member of the ${team.actor.label} ${tokens[i]!.lower}` });
      n = end - 1;
    }
  }
  return out;
}

/** "X, Kenya's opposition leader": a title that holds a faction's word is an office of that faction ("Kenyan opposition"). */
function factionHeld(a: Allegiance, lexicon: Lexicon): Allegiance {
  const faction = titleFaction(a.actor, a.title, lexicon);
  return faction ? { ...a, actor: faction, rule: `${a.rule}, a faction's office` } : a;
}

/** Finds the sentence's people with their allegiance and registers them for the rest of the article. */
export function learnAllegiances(tokens: Token[], mentions: Mention[], lexicon: Lexicon, people: PersonRegistry, tags: () => Tag[]): Allegiance[] {
  const stated = [...titleAfterActor(tokens, mentions, lexicon, people, tags), ...titleAfterName(tokens, mentions, lexicon, people, tags), ...memberOf(tokens, lexicon, tags), ...memberAfterName(tokens, mentions, lexicon, people, tags)];
  // A delegate whose office names a state already is placed by it ("Zelenskyy's chief of staff A").
  const found = [...stated, ...delegationMembers(tokens, mentions, lexicon, tags).filter((d) => !stated.some((a) => a.name === d.name) && !people.lookup(d.name)?.represents)];
  for (const a of found.map((x) => factionHeld(x, lexicon))) {
    if (a.actor.actorType === 'person') continue;
    const known = people.lookup(a.name);
    if (known?.ref.known) continue;
    people.add(known?.ref ?? personRef(a.name, a.title), a.name, a.title, a.actor);
    // A state named before the title outranks a body inside it: "British Deputy U.N. Ambassador" speaks for Britain.
    if (a.actor.actorType === 'state') people.assign(a.name, a.actor);
  }
  return found;
}
