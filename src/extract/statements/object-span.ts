// Finds the words a cue governs, its object phrase: where they start (past a phrase of place or occasion) and
// where they end (the clause's end, a condition, an attribution, another act or another holder's cue).
import type { CueHit } from './cue-reading.ts';
import { CLAUSE_END, inSpans } from './clauses.ts';
import type { SentenceContext } from './context.ts';

/** Where the words a cue governs end: the clause's end, a condition, or a trailing attribution. */
export function spanEnd(ctx: SentenceContext, from: number): number {
  let j = from;
  while (j < ctx.tokens.length && !endsSpan(ctx, from, j)) j++;
  return Math.min(j, from + 40);
}

/** Does the span that starts at `from` end before the word at `j`? */
function endsSpan(ctx: SentenceContext, from: number, j: number): boolean {
  const { tokens, lexicon } = ctx;
  const t = tokens[j]!;
  if (CLAUSE_END.has(t.text)) return true;
  if (inSpans(j, ctx.conditions)) return true;
  if (t.text === '"' && ctx.quoted[from] && j > from) return true;
  if (t.text === ',' && lexicon.speech.has(tokens[j + 1]?.lower ?? '')) return true;
  if (anotherAct(ctx, from, j)) return true;
  // "…before granting any relaxation of sanctions", "amid growing concerns": a time or circumstance clause is not part of what is asked.
  if (j > from && /^(before|until|after|while|whereas|amid|despite|through|via)$/.test(t.lower)) return true;
  // "ramped up sanctions in an effort to make X give up…", "in order to": a purpose is not part of what is done.
  if (j > from && t.lower === 'in' && /^(an?|order)$/.test(tokens[j + 1]?.lower ?? '') && /^(effort|bid|attempt|order|to)$/.test(tokens[j + 2]?.lower ?? '') && tokens.slice(j + 2, j + 4).some((w) => w.lower === 'to')) return true;
  // "agreed to a ceasefire as a step toward peace": a role phrase is not part of what is agreed.
  if (j > from && t.lower === 'as' && /^(a|an|part)$/.test(tokens[j + 1]?.lower ?? '')) return true;
  // "consultations with the U.S. over its duties": a topic, not what is asked ("hand over" is a particle).
  if (j > from && t.lower === 'over' && ctx.tags()[j - 1] !== 'VERB') return true;
  // ", which would violate sanctions": a relative clause after a comma says something about what was asked.
  if (t.text === ',' && j > from && /^(which|who|whom|whose)$/.test(tokens[j + 1]?.lower ?? '')) return true;
  return newClause(ctx, from, j);
}

/** Does another act start at `j`: a co-ordinated verb phrase or a participle clause? */
function anotherAct(ctx: SentenceContext, from: number, j: number): boolean {
  const { tokens } = ctx;
  const t = tokens[j]!;
  // "imposed tariffs on X, then exempted the duties…": a coordinated verb phrase is another act.
  // "denied the request and asked instead for X": "and" after an object and before a verb in the past too.
  if (j > from && (t.text === ',' || t.lower === 'and') && finiteVerbAfter(ctx, j + 1)) {
    const afterObject = t.text === ',' || /^(then|later)$/.test(tokens[j + 1]?.lower ?? '') || /^(NOUN|PROPN)$/.test(ctx.tags()[j - 1] ?? '');
    if (afterObject) return true;
  }
  // "abides by its export controls and rejects…": "and" before another cue's verb opens another act.
  if (j > from && t.lower === 'and' && ctx.cueStarts.has(j + 1) && ctx.tags()[j + 1] === 'VERB') return true;
  // "opposes X's expansion and, to that end, gives…": "and" with an aside after an object opens another act.
  if (j > from && t.lower === 'and' && tokens[j + 1]?.text === ',' && /^(NOUN|PROPN)$/.test(ctx.tags()[j - 1] ?? '')) return true;
  // ", refusing to meet…": a participle clause after a comma is another act.
  return t.text === ',' && j > from && /ing$/.test(tokens[j + 1]?.lower ?? '') && !/^(including|regarding|concerning|following)$/.test(tokens[j + 1]!.lower);
}

/** Does a new clause with its own subject, or another holder's cue, start at `j`? */
function newClause(ctx: SentenceContext, from: number, j: number): boolean {
  const { tokens, mentions, lexicon } = ctx;
  const t = tokens[j]!;
  // ", but Trump said…", ", while …": a new clause with its own subject.
  if (t.text === ',' && /^(but|while|whereas|although|though)$/.test(tokens[j + 1]?.lower ?? '')) return true;
  if (t.text === ',' && /^(as|and)$/.test(tokens[j + 1]?.lower ?? '') && mentions.some((m) => m.start >= j + 2 && m.start <= j + 3)) return true;
  if (t.text === ',' && mentions.some((m) => m.start === j + 1) && lexicon.speech.has(tokens[mentions.find((m) => m.start === j + 1)!.end]?.lower ?? '')) return true;
  // "Washington's call for X and Pyongyang's demand for Y": another holder's cue starts another position.
  return ctx.cueStarts.has(j) && mentions.some((m) => m.end === j && m.start > from && !m.pronoun && (m.possessive || m.modifier) && /^(and|but|while|,)$/.test(tokens[m.start - 1]?.lower ?? ''));
}

/** A verb in the past at `at`, past connectives and adverbs ("then exempted", "and later delayed"). */
function finiteVerbAfter(ctx: SentenceContext, at: number): boolean {
  const { tokens } = ctx;
  // The words decide first ("-ed" ahead, within two words); the tagger is asked only then.
  if (!tokens.slice(at, at + 3).some((t) => /ed$/.test(t.lower))) return false;
  const tags = ctx.tags();
  let k = at;
  while (k < tokens.length && (tags[k] === 'ADV' || /^(then|and)$/.test(tokens[k]!.lower))) k++;
  return tags[k] === 'VERB' && /ed$/.test(tokens[k]!.lower);
}

/** Where a cue's object starts: "agreed at a virtual summit to address…": a phrase of place or occasion before the infinitive is not its object. */
export function objectStart(ctx: SentenceContext, hit: CueHit): number {
  const { tokens } = ctx;
  if (/^(at|in|during|on)$/.test(tokens[hit.end]?.lower ?? '')) {
    const to = tokens.findIndex((t, k) => k > hit.end && k <= hit.end + 6 && t.lower === 'to');
    const tags = ctx.tags();
    if (to > 0 && !tokens.slice(hit.end, to).some((t) => t.punct) && (tags[to + 1] === 'VERB' || (tags[to + 1] === 'ADV' && tags[to + 2] === 'VERB'))) return to + 1;
  }
  return hit.end;
}
