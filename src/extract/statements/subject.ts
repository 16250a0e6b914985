// Finds who acts in a cue's clause: the subject mention before the verb (with co-ordinated subjects), the main
// clause's subject for a participle or an opening gerund clause, or an unknown capitalised name.
import type { ActorRef } from '../claims.ts';
import { ARTICLES, CLAUSE_END, PART_NOUNS, PARTICIPLE_PREPOSITIONS, PREPOSITIONS, SENTENCE_OPENERS, SUBJECT_LEAD, SUBORDINATORS } from './clauses.ts';
import { isOfficeNoun } from '../mentions/allegiance.ts';
import type { Mention } from '../mentions/mentions.ts';
import { scareQuoted, type SentenceContext } from './context.ts';

/** Words that are prepositions before a noun and conjunctions before a clause ("after the talks", "after Erdogan spoke"). */
const TIME_CONJUNCTIONS = /^(after|before|since|until|once)$/;

export interface Subject {
  mentions: Mention[];
  /** where the (first) subject starts */
  at: number;
}

/** Could the mention `m` be the subject of the verb at `cueAt`, or is it an object, a modifier, an aside? */
function subjectCandidate(ctx: SentenceContext, m: Mention, cueAt: number): boolean {
  const { tokens, mentions, lexicon, quoted } = ctx;
  // (An aside's own subject acts in it: ", where Ukraine said it is ready to accept…".)
  const sameAside = ctx.paren[m.start] && ctx.paren.slice(m.start, cueAt + 1).every(Boolean);
  if (m.modifier || (ctx.paren[m.start] && !sameAside) || inApposition(ctx, m, cueAt)) return false;
  const before = tokens[m.start - 1];
  const partitive = before?.lower === 'of' && PART_NOUNS.has(tokens[m.start - 2]?.lower ?? '');
  // "A spokesman for President X", "the leader of the Y party": the office speaks for the one named after it.
  // ("The U.N. special envoy for Syria": an office whose principal is named before it is the principal's.)
  const principalBefore = mentions.some((x) => x.start < m.start - 2 && x.end <= m.start - 1 && x.end >= m.start - 4 && tokens.slice(x.end, m.start - 2).every((t) => !t.cap && !t.punct));
  const officeOf = /^(for|of)$/.test(before?.lower ?? '') && isOfficeNoun(tokens, m.start - 2, lexicon) && !principalBefore;
  // "after Erdogan spoke with…": a conjunction of time opens a clause whose subject this is.
  const clauseOpener = !!before && TIME_CONJUNCTIONS.test(before.lower) && /^(VERB|AUX)$/.test(ctx.tags()[m.end] ?? '');
  if (before && PREPOSITIONS.has(before.lower) && !partitive && !officeOf && !clauseOpener) return false;
  // "head of the Distilled Spirits Council of the United States": a name after a preposition and its article too.
  // ("the leader of the opposition", "a group of the rebels": an office or a part before "of the" still heads it.)
  if (before && /^(the|a|an)$/.test(before.lower) && PREPOSITIONS.has(tokens[m.start - 2]?.lower ?? '')) {
    const head = tokens[m.start - 3]?.lower ?? '';
    const ofPart = /^(for|of|from|at)$/.test(tokens[m.start - 2]!.lower) && (isOfficeNoun(tokens, m.start - 3, lexicon) || PART_NOUNS.has(head));
    // ("after the Taliban seized Kabul": the clause's subject after a conjunction of time and its article.)
    const clauseSubject = TIME_CONJUNCTIONS.test(tokens[m.start - 2]!.lower) && /^(VERB|AUX)$/.test(ctx.tags()[m.end] ?? '');
    if (!ofPart && !clauseSubject) return false;
  }
  // "…that involve Beijing": a name right after a verb is its object, not a subject.
  if (before && !partitive && !before.punct && !before.cap && !m.pronoun && !SUBJECT_LEAD.test(before.lower) && !/ly$/.test(before.lower) && !lexicon.speech.has(before.lower) && ctx.input.isVerb(m.start - 1)) return false;
  // "have blamed the Taliban … and called on…": a name after a verb and its article is that verb's object.
  const verbBefore = tokens[m.start - 2];
  if (before && /^(the|a|an)$/.test(before.lower) && verbBefore && !verbBefore.punct && !verbBefore.cap && !SUBJECT_LEAD.test(verbBefore.lower) && !lexicon.speech.has(verbBefore.lower) && /ed$/.test(verbBefore.lower) && ctx.input.isVerb(m.start - 2)) return false;
  if (m.possessive && m.end !== cueAt) return false;
  // (A few words in quotation marks inside the writer's sentence are no quotation: 'is "deeply disappointed" by'.)
  if (quoted[m.start] !== quoted[cueAt] && m.pronoun !== 'we' && !scareQuoted(ctx, cueAt)) return false;
  return true;
}

/**
 * "Chris Swonger, head of the Distilled Spirits Council of the United States, called…": a name inside an
 * apposition (set off by commas after another name, opening with a common noun) describes that name.
 */
function inApposition(ctx: SentenceContext, m: Mention, cueAt: number): boolean {
  const { tokens, mentions } = ctx;
  let open = m.start - 1;
  while (open > 0 && tokens[open]!.text !== ',' && !CLAUSE_END.has(tokens[open]!.text)) open--;
  if (open <= 0 || tokens[open]!.text !== ',' || !mentions.some((x) => x.end === open && !x.pronoun)) return false;
  const opener = tokens[open + 1]!;
  if (opener.cap && !ARTICLES.has(opener.lower)) return false;
  return tokens.slice(m.end, cueAt).some((t) => t.text === ',');
}

/** The last mention before `cueAt` that can be its subject, within the clause. */
function nearestSubject(ctx: SentenceContext, cueAt: number): Mention | null {
  const { tokens, lexicon } = ctx;
  let best: Mention | null = null;
  for (const m of ctx.mentions) {
    if (m.end > cueAt) break;
    const between = tokens.slice(m.end, cueAt);
    if (between.some((t) => CLAUSE_END.has(t.text))) continue;
    // A speech verb or a participial phrase (", going through…") between them ends the subject's reach.
    // ("States" of "the United States" is a name, no verb of saying.)
    if (between.some((t, k) => lexicon.speech.has(t.lower) && !(k === 0 && m.pronoun) && !ctx.mentions.some((x) => x.start <= m.end + k && m.end + k < x.end))) continue;
    // (", including those in the upper house," is an aside: "including" is a preposition.)
    if (between.some((t, k) => t.text === ',' && /ing$/.test(between[k + 1]?.lower ?? '') && !PARTICIPLE_PREPOSITIONS.has(between[k + 1]!.lower))) continue;
    // "…led by el-Sisi in 2013, when both countries withdrew": a subordinate clause with its own subject.
    const sub = between.findIndex((t) => SUBORDINATORS.has(t.lower));
    if (sub >= 0 && sub < between.length - 1 && !between.slice(sub).some((t) => t.text === ',') && /^(DET|NOUN|PROPN|PRON|NUM|ADJ)$/.test(ctx.tags()[m.end + sub + 1] ?? '')) continue;
    if (subjectCandidate(ctx, m, cueAt)) best = m;
  }
  return best;
}

/** The subject of the clause a cue stands in, with any co-ordinated subjects ("X and Y met"). */
export function subjectOf(ctx: SentenceContext, cueAt: number): Subject | null {
  const best = nearestSubject(ctx, cueAt);
  if (!best) {
    const host = participleHost(ctx, cueAt);
    return host > 0 ? subjectOf(ctx, host) : openingClauseSubject(ctx, cueAt);
  }
  const group = [best];
  let head = best;
  let joined = false;
  for (let k = ctx.mentions.indexOf(best) - 1; k >= 0; k--) {
    const m = ctx.mentions[k]!;
    const between = ctx.tokens.slice(m.end, head.start).map((t) => t.lower);
    if (between.length && coordinator(ctx, m.end, head.start) && !ctx.paren[m.start]) {
      group.unshift(m);
      head = m;
      joined ||= between.includes('and');
    } else break;
  }
  // "Beyond Ukraine, G7 ministers…": commas alone make no list; "X, Y and Z" does.
  if (!joined) return { mentions: [best], at: best.start };
  return { mentions: group, at: group[0]!.start };
}

/** Do the words between two mentions co-ordinate them: "and", commas, then "the" and adjectives of the next ("X and the Y", "X and outgoing Y")? */
function coordinator(ctx: SentenceContext, from: number, to: number): boolean {
  const words = ctx.tokens.slice(from, to).map((t) => t.lower);
  const joiners = Math.max(words.lastIndexOf('and'), words.lastIndexOf(',')) + 1;
  if (joiners === 0 || !words.slice(0, joiners).every((w) => w === 'and' || w === ',')) return false;
  const lead = words[joiners] === 'the' ? joiners + 1 : joiners;
  return lead === words.length || ctx.tags().slice(from + lead, to).every((t) => t === 'ADJ');
}

/**
 * "The Kremlin said …, signaling its reluctance to endorse…": a participle clause after a comma has its main clause's
 * subject. Returns the main clause's first verb, or -1 when the cue is in no such clause or the clause names an
 * actor of its own ("…, prompting Beijing to retaliate").
 */
function participleHost(ctx: SentenceContext, cueAt: number): number {
  const { tokens, mentions, quoted } = ctx;
  // The words decide first (a comma before an -ing word); the tagger is asked only then.
  if (!tokens.some((t, k) => k < cueAt && t.text === ',' && /ing$/.test(tokens[k + 1]?.lower ?? ''))) return -1;
  const tags = ctx.tags();
  let p = cueAt - 1;
  while (p > 0 && !CLAUSE_END.has(tokens[p]!.text) && !(tokens[p]!.text === ',' && tags[p + 1] === 'VERB' && /ing$/.test(tokens[p + 1]!.lower) && !PARTICIPLE_PREPOSITIONS.has(tokens[p + 1]!.lower))) p--;
  if (p <= 0 || tokens[p]!.text !== ',' || quoted[p] !== quoted[cueAt]) return -1;
  if (mentions.some((m) => m.start > p && m.end <= cueAt && !m.possessive)) return -1;
  let s = p;
  while (s > 0 && !CLAUSE_END.has(tokens[s - 1]!.text)) s--;
  for (let j = s; j < p; j++) {
    if ((tags[j] === 'VERB' || tags[j] === 'AUX') && mentions.some((m) => m.start >= s && m.end <= j)) return j;
  }
  return -1;
}

/**
 * "In announcing the sanctions …, Secretary of State X said": a gerund clause that opens the sentence has the main
 * clause's subject, named right after its comma.
 */
function openingClauseSubject(ctx: SentenceContext, cueAt: number): Subject | null {
  const { tokens } = ctx;
  if (!PREPOSITIONS.has(tokens[0]?.lower ?? '') || !/ing$/.test(tokens[1]?.lower ?? '') || cueAt > tokens.findIndex((t) => t.text === ',')) return null;
  const comma = tokens.findIndex((t) => t.text === ',');
  const subject = ctx.mentions.find((m) => m.start > comma && m.start <= comma + 6 && !m.modifier && !m.possessive && !PREPOSITIONS.has(tokens[m.start - 1]!.lower));
  return subject ? { mentions: [subject], at: subject.start } : null;
}

/** No known actor before the cue: a run of capitalised words right before it ("Amnesty International accused"). */
export function unknownSubject(ctx: SentenceContext, cueAt: number): ActorRef[] {
  const { tokens, paren } = ctx;
  let e = cueAt;
  // "Berisha, who served as prime minister, rejected…": the relative clause stands between name and verb.
  if (tokens[e - 1]?.text === ',' && paren[e - 2]) { e -= 1; while (e > 0 && paren[e - 1]) e--; }
  while (e > 0 && /^(has|have|had|on|also|today|yesterday|again|recently|reportedly|formally|publicly|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(tokens[e - 1]!.lower)) e--;
  let s = e;
  while (s > 0 && tokens[s - 1]!.cap && !tokens[s - 1]!.punct && e - s < 4) s--;
  // "Although Bali banned…": a capitalised conjunction opens the sentence, not the name.
  while (s < e && SENTENCE_OPENERS.has(tokens[s]!.lower)) s++;
  if (s === e || ctx.mentions.some((m) => m.start < e && m.end > s)) return [];
  // "watchdog Amnesty International accused": a common noun in apposition may precede the name.
  if (s > 0 && !/^(,|"|the|and)$/.test(tokens[s - 1]!.lower) && (tokens[s - 1]!.cap || tokens[s - 1]!.punct || PREPOSITIONS.has(tokens[s - 1]!.lower))) return [];
  const actor = ctx.input.recognise(s, e);
  return actor ? [actor] : [];
}

/** The noun phrase that opens the clause of `at`, up to its verb group ("The proposed deal" in "The proposed deal also has…"). */
export function clauseSubjectBefore(ctx: SentenceContext, at: number): [number, number] | null {
  const { tokens, lexicon } = ctx;
  let clause = at;
  while (clause > 0 && !CLAUSE_END.has(tokens[clause - 1]!.text) && !/^[",]$/.test(tokens[clause - 1]!.text) && tokens[clause - 1]!.lower !== 'that' && !lexicon.speech.has(tokens[clause - 1]!.lower)) clause--;
  const tags = ctx.tags();
  let verb = clause;
  // "The proposed deal": a participle after a determiner is an adjective, not the verb group.
  while (verb < at && !(tags[verb] === 'AUX' || (tags[verb] === 'VERB' && !/^(DET|ADJ)$/.test(tags[verb - 1] ?? '')))) verb++;
  if (verb === clause || verb >= at || !tags.slice(clause, verb).some((t) => t === 'NOUN')) return null;
  return [clause, verb];
}
