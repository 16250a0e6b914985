// Starts a cue's statement with the relation its verb group gives: a negated cue rejects, a possible penalty
// its holder mentions is a veiled threat, a sanction announced for later or made conditional with "unless"
// is a threat.
import { futureBefore } from './clauses.ts';
import type { CueHit } from './cue-reading.ts';
import type { Condition } from './condition.ts';
import type { SentenceContext } from './context.ts';
import type { Statement } from './statement.ts';

export function statementDraft(ctx: SentenceContext, hit: CueHit, relation: Statement['relation'], cond: Condition | undefined): Statement | { reason: string } {
  const { tokens, lexicon } = ctx;
  const { entry } = hit.cue;
  const st: Statement = { relation, sources: [], positions: [], targets: [], cameo: entry.cameo, plover: entry.plover, rule: `cue "${entry.id}" (${tokens.slice(hit.start, hit.end).map((t) => t.text).join(' ')})` };
  if (relation === 'rejects' && entry.relation !== 'rejects') {
    st.cameo = '120';
    st.plover = 'REJECT';
    st.rule += ' + negation';
  }
  if (relation === 'threatens' && entry.relation === 'imposes') {
    // Only its holder's words make a possible penalty a threat ("Beijing has hinted that it could retaliate"); the
    // writer's "the administration could impose restrictions" is a possibility.
    if (!ctx.quoted[hit.start] && !tokens.slice(0, hit.start).some((t) => lexicon.speech.has(t.lower))) return { reason: 'a possibility the writer reports' };
    st.cameo = '130';
    st.plover = 'THREATEN';
    st.rule += ' + "could": a veiled threat';
  }
  // "said they would boycott…", "will withdraw … unless…": a sanction announced for later, or any act
  // made conditional with "unless", is a threat.
  const future = futureBefore(tokens, hit.start);
  const unless = cond && /^unless\b/i.test(cond.text);
  if ((entry.relation === 'imposes' && (future || unless)) || (unless && /^(accepts|offers)$/.test(relation))) {
    st.relation = 'threatens';
    st.cameo = entry.relation === 'imposes' ? '1312' : '130';
    st.plover = 'THREATEN';
    st.rule += future ? ' + future tense' : ' + "unless"';
  }
  if (entry.strength) st.strength = entry.strength;
  return st;
}
