// Labels a position with a phrase of the sentence when no lexicon concept names it: the words a cue governs,
// past its clause's subject and time words, a quoted phrase, a passive infinitive ("Hunts stopped"), or the
// cue's own verb phrase ("Freeze the assets of X"); never an actor's name or an office.
import type { PositionRef } from '../claims.ts';
import type { CueHit } from './cue-reading.ts';
import { ARTICLES, quotedPhraseIn, skipClauseSubject } from './clauses.ts';
import { actorsOf, type SentenceContext } from './context.ts';
import { isTitleNoun } from '../mentions/allegiance.ts';
import { spanEnd } from './object-span.ts';
import { phrasePosition } from '../positions/positions.ts';
import type { PositionSpan } from './reading.ts';
import type { Statement } from './statement.ts';
import { slug } from '../../graph/keys.ts';
import { baseForm } from '../syntax/base-form.ts';

/** Words before a position that are no part of it: "on Monday", "again", "publicly", "this week". */
const LEAD_WORDS = /^(on|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|again|also|publicly|formally|initially|now|last|this|week|month|year)$/;

/** Adds the phrase positions of the span to the statement; returns the words the phrase covers, for its target. */
export function readPhrasePositions(ctx: SentenceContext, hit: CueHit, st: Statement, span: PositionSpan, negate: boolean): [number, number] {
  const { tokens } = ctx;
  const start = labelStart(ctx, span);
  // Words the writer put in quotation marks right after the verb name the position ("take ''military-technical measures''").
  const quotedPhrase = quotedPhraseIn(tokens, start, Math.min(span.to, start + 5));
  const kind = /^(threatens|offers|imposes)$/.test(hit.cue.entry.relation) ? 'response' : 'demand';
  // A quoted label ("exert “maximum pressure” on Iran") may be aimed at an actor after its closing quote.
  const phraseSpan: [number, number] = [start, tokens[span.to]?.text === '"' ? spanEnd(ctx, span.to + 1) : span.to];
  const { passiveOf } = span;
  if (passiveOf) {
    const np = phrasePosition(tokens, passiveOf.np[0], passiveOf.np[1], kind, ctx.tags());
    if (np) { np.label = `${np.label} ${tokens[passiveOf.participle]!.text}`; np.id = slug(np.label); st.positions.push(np); st.rule += ' + passive infinitive'; }
  }
  let p = passiveOf ? null : quotedPhrase ? phrasePosition(tokens, quotedPhrase[0], quotedPhrase[1], kind, ctx.tags()) : phrasePosition(tokens, start, span.to, kind, ctx.tags());
  if (p) p = noActorLabel(ctx, hit, p, start, span.to);
  if (p && namesSomeone(ctx, hit, span, start)) p = null;
  if (p) {
    finishLabel(ctx, p, span, negate);
    st.positions.push(p);
    st.rule += ' + phrase';
  }
  return phraseSpan;
}

/** Where the label starts: past time words and, unless the cue or an infinitive opens it, the clause's subject. */
function labelStart(ctx: SentenceContext, span: PositionSpan): number {
  const { tokens } = ctx;
  let lead = span.from;
  while (lead < span.to && LEAD_WORDS.test(tokens[lead]!.lower)) lead++;
  if (span.subjectPosition) [lead, span.to] = span.subjectPosition;
  // "aims to understand what…": an infinitive has no subject of its own to skip.
  const infinitive = tokens[lead - 1]?.lower === 'to' && ctx.tags()[lead] === 'VERB';
  return span.subjectPosition || span.cueLabel || infinitive ? lead : skipClauseSubject(tokens, ctx.mentions, lead, span.to, ctx.tags());
}

/**
 * A label that is only an actor's name ("imposed on Washington") is no position; after a verb in its base form the
 * verb and its object are one ("will release Prime Minister X" → "Release Prime Minister X").
 * ("Chinese subsidies" is a position: a demonym before a noun names no one.)
 */
function noActorLabel(ctx: SentenceContext, hit: CueHit, p: PositionRef, start: number, to: number): PositionRef | null {
  const { tokens } = ctx;
  const verb = tokens[hit.end - 1]!;
  const base = start === hit.end && ctx.tags()[hit.end - 1] === 'VERB' && /^(will|would|to|must|should|can|could)$/.test(tokens[hit.end - 2]?.lower ?? '');
  if (onlyNames(ctx, p, start, to) && !base) return null;
  // "the sanctions Washington has imposed on Moscow in recent years": an actor after "on" is the target, not the position.
  if (/^(on|against)$/.test(tokens[start - 1]?.lower ?? '') && ctx.mentions.some((m) => m.start === start && !m.modifier)) return null;
  // ("Putin's response": a possessor and its noun are a position.)
  if (!ctx.mentions.some((m) => m.start >= start && m.start < to && !(m.possessive && m.end < to) && !(m.modifier && /^(NOUN|ADJ)$/.test(ctx.tags()[m.end] ?? '')) && p.label.split(' ').length <= m.end - m.start + 1 && p.label.toLowerCase().startsWith(m.text.toLowerCase().replace(/^the /, '')))) return p;
  return base ? { ...p, label: `${verb.text[0]!.toUpperCase()}${verb.text.slice(1)} ${p.label}`, id: slug(`${verb.text} ${p.label}`) } : null;
}

/** "opposed a Chinese and Russian proposal…": a label of names and "and" alone (the holders of a noun cut off). */
function onlyNames(ctx: SentenceContext, p: PositionRef, start: number, to: number): boolean {
  const { tokens } = ctx;
  const named = (k: number) => ctx.mentions.some((m) => m.start <= k && k < m.end) || /^(and|or|,)$/.test(tokens[k]!.lower);
  let from = start;
  while (from < to && ARTICLES.has(tokens[from]!.lower)) from++;
  let k = from;
  while (k < to && named(k)) k++;
  return k > from && k - from >= p.label.split(' ').length;
}

/** Does the phrase name someone rather than a position: an office or body, or the actor supported? */
function namesSomeone(ctx: SentenceContext, hit: CueHit, span: PositionSpan, start: number): boolean {
  const { tokens } = ctx;
  // "voted for the present President of the commission": an office or a body is someone, not a position.
  const headAt = tokens.findIndex((_, k) => k >= start && k < span.to && /^(NOUN|PROPN)$/.test(ctx.tags()[k]!));
  if (!span.cueLabel && headAt >= 0 && isTitleNoun(tokens, headAt, ctx.lexicon) && ctx.tags()[headAt + 1] !== 'PROPN') return true;
  // "support Ukraine in the face of aggression": support for an actor names no position of its own.
  return hit.cue.entry.relation === 'supports' && ctx.mentions.some((m) => m.start === start - 1 || (m.start === start - 2 && ARTICLES.has(tokens[start - 1]!.lower)));
}

/** Negates the label, gives a cue's verb its base form and names a pronoun object. */
function finishLabel(ctx: SentenceContext, p: PositionRef, span: PositionSpan, negate: boolean): void {
  const { cueLabel } = span;
  if (negate) { p.id = `no-${p.id}`; p.label = `No ${p.label.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase())}`; }
  // "froze the assets of X" → "Freeze the assets of X": a label that opens with its cue's verb takes its base form.
  if (cueLabel) {
    const [first, ...rest] = p.label.split(' ');
    p.label = [baseForm(first!), ...rest].join(' ');
    p.id = slug(p.label);
  }
  // "Prevent it from achieving a weapon" reads "Prevent Iran from…" once "it" is resolved.
  const named = cueLabel?.pronoun ? actorsOf(ctx, [cueLabel.pronoun]) : [];
  if (named.length === 1) {
    p.label = p.label.replace(new RegExp(`\\b${cueLabel!.pronoun!.text}\\b`), named[0]!.label);
    p.id = slug(p.label);
  }
}
