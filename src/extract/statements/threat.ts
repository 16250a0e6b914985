// Reads the threats a statement carries: a penalty said of the future ("X will prompt massive consequences"),
// an offer of a penalty ("vowed to retaliate"), a demand's "or face sanctions"; and tells a bare warning from
// a threat.
import type { CueHit } from './cue-reading.ts';
import { MODALS, quotedPhraseIn } from './clauses.ts';
import type { Condition } from './condition.ts';
import { actorsOf, mentionsIn, type SentenceContext } from './context.ts';
import { conceptPosition, type ConceptHit } from '../positions/positions.ts';
import type { PositionSpan } from './reading.ts';
import type { Statement } from './statement.ts';

/**
 * "X will prompt massive consequences": a penalty said of the future is a threat by the speaker, and whoever acts
 * in the words before the modal is its target. Keeps only the penalties in `concepts`; returns where the modal
 * stands, or -1.
 */
export function futurePenalty(ctx: SentenceContext, hit: CueHit, st: Statement, span: PositionSpan, concepts: ConceptHit[]): number {
  const { entry } = hit.cue;
  if (entry.relation !== 'demands' && entry.relation !== 'threatens') return -1;
  // Only a future ("will prompt", "would face") makes a penalty a threat; "must drop their tariff" is a demand.
  const modal = ctx.tokens.slice(span.from, span.to).findIndex((t) => MODALS.has(t.lower) && !/^(must|should|may|might)$/.test(t.lower));
  if (modal < 0) return -1;
  const m = span.from + modal;
  // ("which would violate U.N. sanctions": a penalty broken or lifted is no threat.)
  const penalties = concepts.filter((c) => c.start > m && c.concept.entry.penalty && !c.negated);
  if (!penalties.length) return -1;
  st.relation = 'threatens';
  st.cameo = penalties[0]!.concept.entry.cameo?.threatens ?? '130';
  st.plover = 'THREATEN';
  st.rule += ' + penalty in the future tense';
  concepts.splice(0, concepts.length, ...penalties);
  if (!span.addressee.length) span.addressee = actorsOf(ctx, mentionsIn(ctx, span.from, m).filter((x) => !x.pronoun || x.pronoun !== 'we'));
  return m;
}

/** "vowed to retaliate": an offer of a penalty is a threat (of the penalties alone). */
export function offeredPenalty(st: Statement, concepts: ConceptHit[]): void {
  if (st.relation !== 'offers' || !concepts.some((c) => c.concept.entry.penalty)) return;
  st.relation = 'threatens';
  st.cameo = '130';
  st.plover = 'THREATEN';
  concepts.splice(0, concepts.length, ...concepts.filter((c) => c.concept.entry.penalty));
}

/** "urged Russia to accept a ceasefire or face sanctions": the threat a demand carries, as a statement of its own; the demand keeps what comes before "or". */
export function orFace(ctx: SentenceContext, st: Statement, span: PositionSpan, concepts: ConceptHit[]): Statement | null {
  if (st.relation !== 'demands') return null;
  const { tokens } = ctx;
  const { from } = span;
  const orAt = tokens.slice(from, span.to).findIndex((t, n, all) => t.lower === 'or' && /^(face|risk|suffer)/.test(all[n + 1]?.lower ?? ''));
  const threat = orAt >= 0 ? concepts.filter((c) => c.start > from + orAt && c.concept.entry.penalty) : [];
  if (!threat.length) return null;
  const t: Statement = { relation: 'threatens', sources: st.sources, positions: threat.map((c) => conceptPosition(c, false, tokens)), targets: span.addressee.filter((a) => !st.sources.some((x) => x.id === a.id)), cameo: threat[0]!.concept.entry.cameo?.threatens ?? '130', plover: 'THREATEN', rule: st.rule + ' + "or face"' };
  t.condition = tokens.slice(from, from + orAt).length ? `unless ${ctx.input.text.slice(tokens[from]!.start, tokens[from + orAt - 1]!.end)}` : undefined;
  if (!t.condition) delete t.condition;
  concepts.splice(0, concepts.length, ...concepts.filter((c) => c.start < from + orAt));
  return t;
}

/**
 * "warned that the government's actions would divide the country" is a warning; it threatens only with a penalty
 * or force, or under a condition ("…will have to take measures if the West…").
 */
export function idleWarning(ctx: SentenceContext, hit: CueHit, st: Statement, span: PositionSpan, cond: Condition | undefined, concepts: ConceptHit[]): boolean {
  return st.relation === 'threatens' && /^warn/.test(ctx.tokens[hit.start]!.lower) && !cond && !concepts.some((c) => c.concept.entry.penalty) && !quotedPhraseIn(ctx.tokens, span.from, span.to);
}
