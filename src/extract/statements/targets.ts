// Finds whom a statement's positions are aimed at: its addressee, else the subject of its condition, else the
// actors each position names ("sanctions on Russia", "tariffs on Chinese vehicles", "maximum pressure on Iran").
import type { ActorRef } from '../claims.ts';
import type { Condition } from './condition.ts';
import { actorsOf, mentionsIn, type SentenceContext } from './context.ts';
import type { Mention } from '../mentions/mentions.ts';
import type { ConceptHit } from '../positions/positions.ts';
import type { Statement } from './statement.ts';
import { listJoint, type Token } from '../tokens.ts';

/** Words that aim a phrase at an actor: "sanctions on X", "pressure against X", "aid to X", "talks with X". */
const AIMING = /^(on|against|to|with|toward|towards|at|targeting)$/;
/** Participles that aim what comes before them at an actor ("legislation targeting Turkey", "measures aimed at Iran"). */
const AIMED = /^(targeting|targetting|at|against)$/;

/** What the targets of a statement are found from. */
export interface Aim {
  addressee: ActorRef[];
  cond: Condition | undefined;
  /** the concepts that are its positions, in order */
  concepts: ConceptHit[];
  /** per concept: the span of a penalty's object ("on steel from Canada") */
  objects: Array<[number, number] | null>;
  /** where a penalty said of the future is triggered (the modal), or -1 */
  triggerEnd: number;
  /** the words a phrase position covers, if any */
  phraseSpan: [number, number] | null;
}

/** Targets: the addressee, else the subject of the condition, else actors named in each position. */
export function assignTargets(ctx: SentenceContext, st: Statement, aim: Aim): void {
  const { tokens, mentions } = ctx;
  const { cond, concepts, objects, phraseSpan } = aim;
  const notSource = (list: ActorRef[]) => list.filter((t) => !st.sources.some((s) => s.id === t.id));
  let targets = aim.addressee;
  if (!targets.length && cond) targets = actorsOf(ctx, mentionsIn(ctx, cond.span[0], cond.span[1]).slice(0, 1));
  st.targets = notSource(targets);
  if (!st.targets.length && concepts.length) {
    st.positionTargets = new Map();
    concepts.forEach((c, n) => {
      // "tariffs on Chinese vehicles", "on steel from Canada": whose goods a penalty's object names is its target.
      const object = objects[n];
      const inObject = object ? mentions.filter((m) => !m.pronoun && m.start >= object[0] && m.end <= object[1]) : [];
      const named = conceptTargetMentions(tokens, mentions, [c], aim.triggerEnd);
      st.positionTargets!.set(st.positions[n]!.id, notSource(actorsOf(ctx, named.length ? named : inObject.slice(0, 2))));
    });
  } else if (!st.targets.length && phraseSpan) {
    // "tariffs on Chinese vehicles", "maximum pressure on Iran": the actor the phrase is aimed at.
    st.targets = notSource(actorsOf(ctx, aimedAt(tokens, mentions, phraseSpan[0], phraseSpan[1])));
  }
}

/**
 * Actors a phrase is aimed at: named after an aiming preposition, or as the adjective of its noun ("Chinese vehicles"),
 * within the phrase's first clause. A possessive names a holder, not a target ("Trump's threat").
 */
function aimedAt(tokens: Token[], mentions: Mention[], from: number, to: number): Mention[] {
  return mentions.filter((m) => {
    // ("an agreement with Turkey's rival Greece": a possessive after the preposition names whose the aim is, not the aim.)
    if (m.pronoun || m.possessive || m.start < from || m.start >= Math.min(to, from + 10)) return false;
    const before = tokens[m.start - 1]?.lower ?? '';
    return AIMING.test(before) || m.modifier;
  }).slice(0, 2);
}

/** Actors named inside a concept's words or right after it ("removal of U.S. troops", "sanctions on Russia"). */
function conceptTargetMentions(tokens: Token[], mentions: Mention[], concepts: ConceptHit[], after: number): Mention[] {
  const out: Mention[] = [];
  for (const c of concepts) {
    for (const m of mentions) {
      if (m.pronoun) continue;
      const inside = m.start >= c.start && m.end <= c.end;
      // "sanctions on Russia"; "a sanctions package against Iran" (a noun completing the concept's name)
      // "a ceasefire with international forces", "consultations with the U.S.": the other party is the target.
      const onAfter = (m.start === c.end + 1 && /^(on|against|to|of|for|with)$/.test(tokens[c.end]?.lower ?? ''))
        // "legislation Wednesday targeting Turkey": a participle of aim within a few words.
        || (m.start > c.end && m.start <= c.end + 4 && AIMED.test(tokens[m.start - 1]?.lower ?? '') && !tokens.slice(c.end, m.start).some((t) => t.punct))
        // "sanctions in place on Russia", "tariffs now in force against X": a few lower-case words before "on".
        || (m.start >= c.end + 2 && m.start <= c.end + 4 && /^(on|against)$/.test(tokens[m.start - 1]?.lower ?? '') && tokens.slice(c.end, m.start - 1).every((t) => /^[a-z]+$/.test(t.text)));
      const afterOf = m.start >= c.end && m.start <= c.end + 3 && after >= 0;
      if (inside || onAfter || afterOf) out.push(m);
      // "sanctions on Mexico, Canada and China": the actors co-ordinated with a target are targets too.
      else if (out.length && coordinatedAfter(tokens, out[out.length - 1]!, m)) out.push(m);
    }
  }
  return out;
}

/** Is `m` joined to `prev` by commas and "and" alone ("Mexico, Canada and China")? */
function coordinatedAfter(tokens: Token[], prev: Mention, m: Mention): boolean {
  return m.start - prev.end <= 2 && listJoint(tokens, prev.end, m.start);
}
