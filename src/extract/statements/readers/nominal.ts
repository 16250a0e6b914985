// Reads a noun of stance with its holder ("Russia's demands for…", "demands of the United States that…",
// "threats of Washington sanctions", "U.S. tariffs on steel"): the holder is the source, what the noun
// governs the position.
import type { CueHit } from '../cue-reading.ts';
import { futureBefore, TIME_WORDS } from '../clauses.ts';
import { actorsOf, holderBefore, type SentenceContext } from '../context.ts';
import { thatSubject } from '../addressee.ts';
import type { Mention } from '../../mentions/mentions.ts';
import { listJoint } from '../../tokens.ts';
import { objectStart, spanEnd } from '../object-span.ts';
import { positionSpan, type Draft, type PositionSpan, type Reading } from '../reading.ts';
import { clauseSubjectBefore, subjectOf, unknownSubject } from '../subject.ts';
import { penaltyVerbBefore } from '../penalty-object.ts';
import type { Statement } from '../statement.ts';

export function readNominal(hit: CueHit, ctx: SentenceContext, { st, end }: Draft): Reading {
  const { tokens, mentions, lexicon } = ctx;
  const { entry } = hit.cue;
  const span = positionSpan(objectStart(ctx, hit), end);
  // "Demands of the United States … that we…", "Russia's demands for…"
  // "threats of Washington sanctions": a name that modifies the next noun is the holder, and the noun phrase the position.
  const compound = mentions.find((m) => m.start === hit.end && !m.pronoun && ctx.tags()[m.end] === 'NOUN');
  // "demands of the United States", "calls by Iran": a holder after the noun is joined by of, by or from.
  const joined = (m: Mention) => [tokens[hit.end - 1]!, ...tokens.slice(hit.end, m.start)].some((t) => /^(of|by|from)$/.test(t.lower));
  const after = compound ? [] : mentions.filter((m) => m.start >= hit.end && m.start - hit.end <= 1 && joined(m));
  const possessor = compound ?? holderBefore(ctx, hit.start);
  let srcMentions: Mention[] = [];
  if (after.length) {
    srcMentions = holdersAfter(ctx, after[0]!);
    span.from = objectAfterHolders(ctx, srcMentions[srcMentions.length - 1]!.end);
  } else if (possessor) {
    srcMentions = holdersBefore(ctx, possessor);
    // ("triggered by previous U.S. sanctions": a penalty with its holder is an act even with no object; "U.S.
    // sanctions relief" is another noun.)
    const penaltyAlone = entry.namesPosition && !/^(NOUN|PROPN)$/.test(ctx.tags()[hit.end] ?? '') && !verbObject(ctx, possessor.start);
    if (!hasObject(hit, ctx) && !penaltyAlone) return { reason: 'a noun with no object' };
  } else if (entry.namesPosition) {
    return readImposedPenalty(hit, ctx, st, span);
  }
  st.sources = actorsOf(ctx, srcMentions);
  // "U.S. tariffs on steel": the noun with its object is the position; "would violate U.N. sanctions", "lift U.S.
  // tariffs": a penalty someone breaks or removes is no act of its holder here.
  if (entry.namesPosition && [1, 2].some((n) => lexicon.governors.has(tokens[(possessor?.start ?? hit.start) - n]?.lower ?? ''))) return { reason: 'a penalty broken or removed' };
  if (entry.namesPosition) span.from = hit.start;
  // "…that we carry out…": the subject of the demanded act is the target.
  const addressee = thatSubject(ctx, span.from);
  if (addressee) span.addressee = addressee;
  span.to = spanEnd(ctx, span.from);
  // "The proposed deal also has the backing of India": what is backed is the clause's subject.
  if (entry.subjectIsPosition) return subjectAsPosition(hit, ctx, span, after.length > 0);
  return { span };
}

/** The holders named after the noun, co-ordinated ("demands of Russia and its allies"). */
function holdersAfter(ctx: SentenceContext, first: Mention): Mention[] {
  const { tokens, mentions } = ctx;
  const holders = [first];
  for (let k = mentions.indexOf(first) + 1; k < mentions.length; k++) {
    const m = mentions[k]!;
    const between = tokens.slice(holders[holders.length - 1]!.end, m.start).map((t) => t.lower);
    if (between.every((w) => /^(and|,|other|its|their)$/.test(w))) holders.push(m);
    else break;
  }
  return holders;
}

/** Where the position starts after the holders: at "that", "for" or "to" within a few words. */
function objectAfterHolders(ctx: SentenceContext, holdersEnd: number): number {
  let from = holdersEnd;
  while (from < ctx.tokens.length && !/^(that|for|to)$/.test(ctx.tokens[from]!.lower) && from - holdersEnd < 3) from++;
  return from;
}

/** "Beijing's demands as a case in point": a noun of stance names its position after for, to, that, on or of. */
function hasObject(hit: CueHit, ctx: SentenceContext): boolean {
  const { tokens } = ctx;
  let next = hit.end;
  while (TIME_WORDS.has(tokens[next]?.lower ?? '') || tokens[next]?.lower === 'also') next++;
  return /^(for|to|that|on|of|over|against|targeting)$/.test(tokens[next]?.lower ?? '') || /^(for|to|of|on)$/.test(tokens[hit.end - 1]!.lower);
}

/** The clause's subject is the position, backed by the holder named after the noun. */
function subjectAsPosition(hit: CueHit, ctx: SentenceContext, span: PositionSpan, holderAfter: boolean): Reading {
  const subject = clauseSubjectBefore(ctx, hit.start);
  if (!subject || !holderAfter) return { reason: 'no subject phrase or no holder after the noun' };
  span.subjectPosition = subject;
  return { span };
}

/** "ramped up sanctions on North Korea", "will increase the tariffs on cars": the subject of the verb of imposing holds the penalty. */
function readImposedPenalty(hit: CueHit, ctx: SentenceContext, st: Statement, span: PositionSpan): Reading {
  const { tokens, lexicon } = ctx;
  const verb = penaltyVerbBefore(tokens, hit.start, ctx.tags, lexicon.penaltyVerbs);
  if (verb < 0) return { reason: 'a noun without a named holder' };
  const subject = subjectOf(ctx, verb);
  st.sources = subject ? actorsOf(ctx, subject.mentions) : unknownSubject(ctx, verb);
  const twoWords = lexicon.penaltyVerbs.has(`${tokens[verb]!.lower} ${tokens[verb + 1]?.lower}`);
  st.rule += ` + object of "${tokens.slice(verb, verb + (twoWords ? 2 : 1)).map((t) => t.text).join(' ')}"`;
  if (futureBefore(tokens, verb)) Object.assign(st, { relation: 'threatens', cameo: '130', plover: 'THREATEN' });
  span.from = hit.start;
  span.to = spanEnd(ctx, span.from);
  return { span };
}

/** Is the noun phrase starting at `at` (past its determiners and adjectives) a verb's object ("reimposing U.N. sanctions")? */
function verbObject(ctx: SentenceContext, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && /^(DET|ADJ|NUM)$/.test(ctx.tags()[k] ?? '')) k--;
  // ("He said Trump's tariffs…": after a verb of saying the phrase opens a clause; it is no object.)
  return k >= 0 && ctx.tags()[k] === 'VERB' && !ctx.lexicon.speech.has(ctx.tokens[k]!.lower);
}

/** The holder with the holders co-ordinated before it ("a Chinese and Russian proposal", "U.S. and EU sanctions"). */
function holdersBefore(ctx: SentenceContext, last: Mention): Mention[] {
  const { tokens, mentions } = ctx;
  const holders = [last];
  for (let k = mentions.indexOf(last) - 1; k >= 0; k--) {
    const m = mentions[k]!;
    if (m.pronoun || !listJoint(tokens, m.end, holders[0]!.start)) break;
    holders.unshift(m);
  }
  // ("his trip to Taiwan, U.S. support for…": commas alone list topics, not holders.)
  const joined = tokens.slice(holders[0]!.end, last.start).some((t) => t.lower === 'and');
  return joined ? holders : [last];
}
