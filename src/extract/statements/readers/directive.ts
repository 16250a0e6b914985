// Reads what a demand tells its addressee to do ("pressed Iran to (quickly) return", "wants the talks to
// produce X"), and a passive infinitive's subject as the position ("want the hunts to be stopped").
import type { CueHit } from '../cue-reading.ts';
import { ARTICLES } from '../clauses.ts';
import type { SentenceContext } from '../context.ts';
import { findConcepts } from '../../positions/positions.ts';
import type { PositionSpan, Reading } from '../reading.ts';

/** Verbs that name an addressee ("urged owners of food stalls … to substitute") look further for the "to". */
const ADDRESSING = /^(urg|ask|press|call|appeal|encourag|tell|told|implor|lobb|push)/;

export function readDirective(hit: CueHit, ctx: SentenceContext, span: PositionSpan, nounCue: boolean): Reading {
  const { tokens, mentions } = ctx;
  const { entry } = hit.cue;
  const before = span.from;
  if (entry.relation === 'demands' && !nounCue && !entry.labelFromCue) span.from = infinitiveAfter(hit, ctx, span);
  // "pressed Iran to (quickly) return": some cues demand only what their addressee is told to do.
  const tags = ctx.tags();
  const told = span.from !== before && tokens[span.from - 1]?.lower === 'to' && (tags[span.from] === 'VERB' || (tags[span.from] === 'ADV' && tags[span.from + 1] === 'VERB'));
  if (entry.needsInfinitive && !told) return { reason: 'nobody is told to do anything' };
  // "want the hunts to be stopped", "called for the charge to be dropped": a passive infinitive's subject is what it
  // is about; the position is that phrase with its participle ("Hunts stopped").
  if (span.from !== before && tokens[span.from]?.lower === 'be' && tags[span.from + 1] === 'VERB' && !mentions.some((m) => m.start >= before && m.end <= span.from - 1)) {
    span.passiveOf = { np: [before, span.from - 1], participle: span.from + 1 };
  }
  return { span };
}

/**
 * "wants the talks to produce X": the wanted thing is what the infinitive governs (unless a position is named
 * before the "to": "a de-escalation for there to be progress"). Returns where the position starts.
 */
function infinitiveAfter(hit: CueHit, ctx: SentenceContext, span: PositionSpan): number {
  const { tokens } = ctx;
  const from = span.from;
  const early = findConcepts(tokens, ctx.lexicon, from, span.to);
  const reach = ADDRESSING.test(tokens[hit.start]!.lower) ? 14 : 5;
  for (let k = from; k < Math.min(span.to, from + reach); k++) {
    if (early.some((c) => c.start < k && !c.concept.entry.frame)) break;
    const verb = tokens[k + 1];
    if (tokens[k]!.lower === 'to' && verb && !verb.punct && !verb.cap && !ARTICLES.has(verb.lower) && !/^(halt|end|stop|return|access)$/.test(tokens[k - 1]?.lower ?? '')) return k + 1;
  }
  return from;
}
