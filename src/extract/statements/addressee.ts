// Finds the actor a statement addresses, the target of what it asks: named right after the cue ("urged
// Russia to…", "asked Trump for…", "demanded that Israel…") or as the subject of a "that" clause.
import type { ActorRef } from '../claims.ts';
import type { CueHit } from './cue-reading.ts';
import { skipTimeAdverbials } from './clauses.ts';
import { resolved, type SentenceContext } from './context.ts';
import type { PositionSpan } from './reading.ts';

/** "urged Russia to…", "called on Iran to…", "demanded that Israel…": the addressee, and the position after them. */
export function readAddressee(ctx: SentenceContext, hit: CueHit, span: PositionSpan): void {
  const { tokens } = ctx;
  const { entry } = hit.cue;
  const next = ctx.mentions.find((m) => m.start >= hit.end && m.start - hit.end <= 1 && !m.possessive);
  const thatClause = entry.relation === 'demands' && (tokens[hit.end]?.lower === 'that' || tokens[hit.end - 1]?.lower === 'that');
  // "asked Trump for sanctions relief", "threatened the EU with tariffs": the addressee before "for" or "with".
  const joiner = entry.relation === 'demands' ? 'for' : entry.relation === 'threatens' ? 'with' : '';
  const askedFor = !!joiner && tokens[next?.end ?? -1]?.lower === joiner && next!.start <= hit.end + 1;
  // "urged Russia on Friday to accept…": a time adverbial may stand between the addressee and its infinitive.
  const toAt = next ? skipTimeAdverbials(tokens, next.end) : -1;
  if (next && (tokens[toAt]?.lower === 'to' || thatClause || askedFor)) {
    span.addressee = resolved(ctx, next);
    span.from = askedFor ? next.end + 1 : tokens[toAt]?.lower === 'to' ? toAt : next.end;
  }
}

/** "…that we carry out…": the subject of a demanded act is its target; null when no "that" clause names one. */
export function thatSubject(ctx: SentenceContext, from: number): ActorRef[] | null {
  if (ctx.tokens[from]?.lower !== 'that') return null;
  const subjOfThat = ctx.mentions.find((m) => m.start === from + 1);
  return subjOfThat ? resolved(ctx, subjOfThat) : null;
}
