// Reads a stance whose object refers back: "rejected the demand", "accepted the proposal", "rejected it",
// "…, but the European side refused." take the positions named before, never the holder's own.
import type { CueHit } from './cue-reading.ts';
import { definiteReference } from './clauses.ts';
import { dedupe, type SentenceContext } from './context.ts';
import type { ConceptHit } from '../positions/positions.ts';
import type { Outcome, PositionSpan } from './reading.ts';
import type { Statement } from './statement.ts';

/** The statement with the positions it refers back to, why there are none, or null when it names its own. */
export function readBackReference(ctx: SentenceContext, hit: CueHit, st: Statement, span: PositionSpan, concepts: ConceptHit[], earlier: Statement[]): Outcome | null {
  const { tokens, input } = ctx;
  const { from, to } = span;
  // "…, but the European side refused.", "rejected it": a stance with no object of its own takes the positions
  // just stated (in this sentence, by another holder, or in the previous one).
  const bare = /^(rejects|accepts)$/.test(st.relation) && hit.cue.entry.voice === 'active' && (from >= to || (to - from === 1 && /^(it|this|that|them)$/.test(tokens[from]!.lower)));
  const backRef = bare ? 'response' : !concepts.length ? definiteReference(tokens, from, to) : null;
  if (!backRef) return null;
  const here = bare ? earlier.filter((o) => o.positions.length && !o.sources.some((a) => st.sources.some((b) => a.id === b.id))).flatMap((o) => o.positions) : [];
  // One rejects or accepts what others stated, not one's own demand ("Trump denied the request" is Kim's request).
  const own = new Set(/^(rejects|accepts)$/.test(st.relation) ? st.sources.flatMap((a) => input.demandsOf(a)).map((p) => p.id) : []);
  const before = (backRef === 'demand' ? input.recentPositions.filter((p) => p.kind === 'demand') : bare ? input.previousPositions : input.recentPositions).filter((p) => !own.has(p.id));
  const wanted = here.length ? here : before;
  if (!wanted.length) return { reason: 'refers back to a position not named before' };
  st.positions = wanted;
  st.rule += ' + reference to the position named before';
  st.sources = dedupe(st.sources);
  return { statement: st };
}
