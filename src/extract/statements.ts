// Reads one sentence's cues, mentions and concepts as statements: who (source) does what (relation)
// to which position, aimed at whom (target), under which condition, negated or hedged or not.
import type { ActorRef, PositionRef } from './claims.ts';
import type { CompiledCue, Lexicon } from './lexicon.ts';
import type { Mention } from './mentions.ts';
import { conceptPosition, findConcepts, phrasePosition, type ConceptHit } from './positions.ts';
import type { Token } from './tokens.ts';

export interface Statement {
  relation: CompiledCue['entry']['relation'];
  sources: ActorRef[];
  /** positions for actor → position relations */
  positions: PositionRef[];
  /** the actor a position is aimed at, or the other actor of accuses/meets */
  targets: ActorRef[];
  /** per position id, when positions of one statement are aimed at different actors */
  positionTargets?: Map<string, ActorRef[]>;
  condition?: string;
  strength?: string;
  cameo: string;
  plover: string;
  rule: string;
}

export interface SentenceInput {
  tokens: Token[];
  mentions: Mention[];
  /** per token: inside a quotation */
  quoted: boolean[];
  /** the speaker of the quoted part, already resolved */
  quoteSpeaker: ActorRef[] | null;
  /** resolves a mention (pronouns included) to actors */
  resolve: (m: Mention) => ActorRef[];
  /** positions stated in the previous sentence, for "those are non-starters" */
  previousPositions: PositionRef[];
  /** positions stated in the last few sentences, for "rejected the demand" */
  recentPositions: PositionRef[];
  /** the original sentence text, to quote conditions exactly */
  text: string;
  /** the same actor, or a person and the state they speak for */
  sameSide: (a: ActorRef, b: ActorRef) => boolean;
  /** is the token at i a verb (compromise's tagger; asked only when cheap rules cannot tell) */
  isVerb: (i: number) => boolean;
  /** names an actor the lexicon does not know, from the capitalised words in [start, end) (NER) */
  recognise: (start: number, end: number) => ActorRef | null;
}

interface CueHit {
  cue: CompiledCue;
  start: number;
  end: number;
}

const PREPOSITIONS = new Set(['of', 'to', 'for', 'on', 'in', 'against', 'with', 'from', 'by', 'about', 'between', 'at', 'over', 'than', 'into', 'toward', 'towards', 'among', 'amid', 'after', 'before', 'despite', 'including', 'like', 'through', 'via', 'under']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "it's", "that's"]);
const ARTICLES = new Set(['a', 'an', 'the', 'any', 'no', 'its', 'their', 'his', 'her', 'our', 'such', 'this', 'that']);
const MODALS = new Set(['will', 'would', 'could', 'shall', 'should', 'may', 'might', 'must', "won't", "wouldn't"]);
const ANAPHORS = new Set(['this', 'that', 'those', 'these', 'it', 'they', 'such']);
const CONDITION_START = new Set(['if', 'unless', 'should', 'provided', 'once']);
const CLAUSE_END = new Set([';', '.', '!', '?', ':']);
const NEGATION = /^(not|never|no|neither|nor|cannot)$|n't$/;
/** Words that may stand right before a subject. */
const SUBJECT_LEAD = /^(and|or|but|that|which|who|while|as|because|if|when|whereas|although|though|since|so|then|now|also|meanwhile|instead|still|yet|thus|today|yesterday|the|a|an|both|all|its|their|his|her|our|senior|top|chief|other|former|acting|new|interim|neighboring|neighbouring|rival|allied|fellow|many|several|some|two|three|four|five|x)$|^\d/;
/** Cue words that are also nouns ("use sanctions against", "the ban"): as verbs they follow a subject, an auxiliary or an adverb. */
const NOUN_VERBS = /^(sanction|sanctions|ban|bans|demand|demands|call|calls|offer|offers|support|supports|back|backs|freeze|halt|halts|release|releases|visit|visits|host|hosts|question|charge|charges|protest|protests|probe|probes|request|requests|pledge|pledges|promise|promises|threat|boycott|boycotts|embargo|veto|vetoes|recall|recalls|close|cut|cuts|blockade|welcome|praise|back)$/;
const VERB_LEAD = /^(will|would|could|should|may|might|must|can|shall|did|does|do|has|have|had|also|then|now|still|again|and|or|but|jointly|not|never|they|he|she|we|it|who|which|that|to|i|you|repeatedly|quickly|immediately|already|formally|publicly|swiftly|later|soon|once|often|always|strongly|firmly|openly)$/;

function isNegation(t: Token): boolean {
  return NEGATION.test(t.lower);
}

/** Token spans of relative clauses set off by commas (", who will lead the U.S. delegation,"). */
function parentheticals(tokens: Token[]): boolean[] {
  const mask = tokens.map(() => false);
  for (let i = 0; i < tokens.length - 1; i++) {
    if (tokens[i]!.text !== ',' || !/^(who|which|whose|whom|where)$/.test(tokens[i + 1]!.lower)) continue;
    let j = i + 1;
    while (j < tokens.length && tokens[j]!.text !== ',' && !CLAUSE_END.has(tokens[j]!.text)) j++;
    for (let k = i; k < j; k++) mask[k] = true;
    i = j;
  }
  return mask;
}

/** Conditions: "if the West stonewalls…", "should it intervene…", "unless…", up to the clause's end. */
function conditionSpans(tokens: Token[], mentions: Mention[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.lower;
    if (!CONDITION_START.has(w)) continue;
    if (w === 'should') {
      // Only the inverted conditional: "should it intervene", "should Russia invade".
      const next = tokens[i + 1];
      const subj = mentions.some((m) => m.start === i + 1) || (next && /^(it|they|he|she|we)$/.test(next.lower));
      const prev = tokens[i - 1];
      if (!subj || (prev && !prev.punct && !/^(sanctions|penalties|costs|consequences|economy)$/.test(prev.lower) && mentions.some((m) => m.end === i))) continue;
    }
    if (w === 'once' && !mentions.some((m) => m.start === i + 1)) continue;
    if (w === 'provided' && tokens[i + 1]?.lower !== 'that') continue;
    if (tokens[i - 1]?.lower === 'even' || tokens[i - 1]?.lower === 'as') continue;
    let j = i + 1;
    while (j < tokens.length && !CLAUSE_END.has(tokens[j]!.text) && tokens[j]!.text !== ',' && tokens[j]!.text !== '"') j++;
    spans.push([i, j]);
    i = j;
  }
  return spans;
}

function inSpans(i: number, spans: Array<[number, number]>): boolean {
  return spans.some(([s, e]) => i >= s && i < e);
}

function findCues(tokens: Token[], lexicon: Lexicon): CueHit[] {
  const hits: CueHit[] = lexicon.cueIndex.matches(tokens).map((m) => ({ cue: m.value, start: m.start, end: m.end }));
  // Longest first; at the same span, a verb reading beats a nominal one.
  hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || (a.cue.entry.voice === 'nominal' ? 1 : 0) - (b.cue.entry.voice === 'nominal' ? 1 : 0));
  const kept: CueHit[] = [];
  // A verb and a noun reading of the same words ("its demand", "they demand") are both kept: the
  // checks below let through only the reading that fits.
  for (const h of hits) {
    if (!kept.some((k) => h.start < k.end && k.start < h.end && !(k.start === h.start && k.end === h.end && k.cue.entry.voice !== h.cue.entry.voice))) kept.push(h);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Why a cue gave no statement, for `kg explain`. */
export interface SkippedCue {
  cue: string;
  words: string;
  reason: string;
}

export function extractStatements(input: SentenceInput, lexicon: Lexicon, skipped: SkippedCue[] = []): Statement[] {
  const { tokens, mentions, quoted } = input;
  const paren = parentheticals(tokens);
  const conditions = conditionSpans(tokens, mentions);
  const cues = findCues(tokens, lexicon).filter((c) => !inSpans(c.start, conditions));
  const hedged = lexicon.hedgeIndex.matches(tokens);
  const out: Statement[] = [];
  const skip = (hit: CueHit, reason: string) =>
    skipped.push({ cue: hit.cue.entry.id, words: tokens.slice(hit.start, hit.end).map((t) => t.text).join(' '), reason });

  /** The sentence's opening name when the lexicon does not know it ("The International Labor Office (ILO) reiterated its demand…"). */
  const openingSubject = (): ActorRef[] => {
    let s0 = 0;
    while (s0 < tokens.length && /^(the|a|an)$/.test(tokens[s0]!.lower)) s0++;
    let e = s0;
    while (e < tokens.length && tokens[e]!.cap && !tokens[e]!.punct && e - s0 < 5) e++;
    if (e === s0 || mentions.some((m) => m.start < e && m.end > s0)) return [];
    const actor = input.recognise(s0, e);
    return actor ? [actor] : [];
  };
  const resolved = (m: Mention) => {
    const r = input.resolve(m);
    if (r.length || !m.pronoun || m.pronoun === 'we' || m.pronoun === 'i' || quoted[m.start] || m.start === 0) return r;
    return m.pronoun === 'it' || m.pronoun === 'they' ? openingSubject() : r;
  };
  const subjectCandidate = (m: Mention, cueAt: number) => {
    if (m.modifier || paren[m.start]) return false;
    const before = tokens[m.start - 1];
    const partitive = before?.lower === 'of' && /^(group|groups|delegation|team|number|members|coalition|dozens|hundreds|thousands|some|most|many|all)$/.test(tokens[m.start - 2]?.lower ?? '');
    if (before && PREPOSITIONS.has(before.lower) && !partitive) return false;
    // "…that involve Beijing": a name right after a verb is its object, not a subject.
    if (before && !partitive && !before.punct && !before.cap && !m.pronoun && !SUBJECT_LEAD.test(before.lower) && !/ly$/.test(before.lower) && !lexicon.speech.has(before.lower) && input.isVerb(m.start - 1)) return false;
    if (m.possessive && m.end !== cueAt) return false;
    if (quoted[m.start] !== quoted[cueAt] && m.pronoun !== 'we') return false;
    return true;
  };

  /** The subject of the clause a cue stands in, with any co-ordinated subjects ("X and Y met"). */
  const subjectOf = (cueAt: number): { mentions: Mention[]; at: number } | null => {
    let best: Mention | null = null;
    for (const m of mentions) {
      if (m.end > cueAt) break;
      const between = tokens.slice(m.end, cueAt);
      if (between.some((t) => CLAUSE_END.has(t.text))) continue;
      // A speech verb or a participial phrase (", going through…") between them ends the subject's reach.
      if (between.some((t, k) => lexicon.speech.has(t.lower) && !(k === 0 && m.pronoun))) continue;
      if (between.some((t, k) => t.text === ',' && /ing$/.test(between[k + 1]?.lower ?? ''))) continue;
      if (subjectCandidate(m, cueAt)) best = m;
    }
    if (!best) return null;
    const group = [best];
    let head = best;
    for (let k = mentions.indexOf(best) - 1; k >= 0; k--) {
      const m = mentions[k]!;
      const between = tokens.slice(m.end, head.start).map((t) => t.lower);
      if (between.length && between.every((w) => w === 'and' || w === ',') && !paren[m.start]) {
        group.unshift(m);
        head = m;
      } else break;
    }
    return { mentions: group, at: group[0]!.start };
  };

  const actorsOf = (ms: Mention[]) => dedupe(ms.flatMap(resolved));

  /** No known actor before the cue: a run of capitalised words right before it ("Amnesty International accused"). */
  const unknownSubject = (cueAt: number): ActorRef[] => {
    let e = cueAt;
    while (e > 0 && /^(has|have|had|on|also|today|yesterday|again|recently|reportedly|formally|publicly|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(tokens[e - 1]!.lower)) e--;
    let s = e;
    while (s > 0 && tokens[s - 1]!.cap && !tokens[s - 1]!.punct && e - s < 4) s--;
    if (s === e || mentions.some((m) => m.start < e && m.end > s)) return [];
    // "watchdog Amnesty International accused": a common noun in apposition may precede the name.
    if (s > 0 && !/^(,|"|the|and)$/.test(tokens[s - 1]!.lower) && (tokens[s - 1]!.cap || tokens[s - 1]!.punct || PREPOSITIONS.has(tokens[s - 1]!.lower))) return [];
    const actor = input.recognise(s, e);
    return actor ? [actor] : [];
  };

  /** Who said the sentence: the quote's speaker, or the subject of a speech verb before `at`. */
  const speakerBefore = (at: number): ActorRef[] => {
    if (quoted[at] && input.quoteSpeaker) return input.quoteSpeaker;
    for (let i = at - 1; i >= 0; i--) {
      if (!lexicon.speech.has(tokens[i]!.lower)) continue;
      const subj = subjectOf(i);
      if (subj) return actorsOf(subj.mentions);
    }
    // "…, Ryabkov said." after the statement.
    for (let i = at; i < tokens.length; i++) {
      if (!lexicon.speech.has(tokens[i]!.lower)) continue;
      const subj = mentions.find((m) => m.end === i || (m.start > i && m.start - i <= 3));
      if (subj && !subj.modifier) return resolved(subj);
    }
    if (input.quoteSpeaker) return input.quoteSpeaker;
    return [];
  };

  /** Where the words a cue governs end: the clause's end, a condition, or a trailing attribution. */
  const spanEnd = (from: number): number => {
    let j = from;
    while (j < tokens.length) {
      const t = tokens[j]!;
      if (CLAUSE_END.has(t.text)) break;
      if (inSpans(j, conditions)) break;
      if (t.text === '"' && quoted[from] && j > from) break;
      if (t.text === ',' && lexicon.speech.has(tokens[j + 1]?.lower ?? '')) break;
      if (t.text === ',' && mentions.some((m) => m.start === j + 1) && lexicon.speech.has(tokens[mentions.find((m) => m.start === j + 1)!.end]?.lower ?? '')) break;
      j++;
    }
    return Math.min(j, from + 40);
  };

  const conditionAfter = (from: number): { text: string; span: [number, number] } | undefined => {
    const span = conditions.find(([s]) => s >= from);
    if (!span) return undefined;
    if (tokens.slice(from, span[0]).some((t) => CLAUSE_END.has(t.text))) return undefined;
    const text = input.text.slice(tokens[span[0]]!.start, tokens[span[1] - 1]!.end);
    return { text: text.replace(/[\s,'"]+$/, ''), span };
  };

  const mentionsIn = (s: number, e: number) => mentions.filter((m) => m.start >= s && m.end <= e);

  /** The words governed by demands and threats already read: cues inside them belong to their position. */
  const governed: Array<[number, number]> = [];
  for (const hit of cues) {
    const { entry } = hit.cue;
    if (hit.start > 0 && tokens[hit.start]!.cap && !/^["(:\-]$/.test(tokens[hit.start - 1]!.text)) { skip(hit, 'a name, not a verb (capitalised)'); continue; }
    if (governed.some(([a, b]) => hit.start >= a && hit.start < b) && entry.relation !== 'meets') { skip(hit, 'part of the position of an earlier cue'); continue; }
    const prev = tokens[hit.start - 1];
    const prev2 = tokens[hit.start - 2];
    // Negation and non-commitment: "did not rule out", "has not said whether it will accept".
    const window = tokens.slice(Math.max(0, hit.start - 3), hit.start);
    let relation = entry.relation;
    if (window.some(isNegation) && entry.voice !== 'predicate') {
      // "will not accept" is a rejection; any other negated cue says nothing.
      if (entry.relation !== 'accepts' || !/^(accept|agree|approv|sign|ratif)/.test(tokens[hit.start]!.lower) || hedged.some((h) => h.end <= hit.start)) { skip(hit, 'negated'); continue; }
      relation = 'rejects';
    }
    if (entry.voice === 'predicate' && prev && isNegation(prev)) { skip(hit, 'negated'); continue; }
    if (hedged.some((h) => h.end <= hit.start && hit.start - h.end <= 8)) { skip(hit, 'non-committal (hedged)'); continue; }
    if (entry.voice === 'active') {
      // "a threatened victim", "is banned": participles and passives are not the actor's act.
      const adjectival = /^(open|willing|ready|prepared|committed)$/.test(tokens[hit.start]!.lower);
      if (NOUN_VERBS.test(tokens[hit.start]!.lower)) {
        const afterSubject = mentions.some((m) => m.end === hit.start && !m.modifier && !m.possessive) || (!!prev && VERB_LEAD.test(prev.lower)) || (!!prev && /ly$/.test(prev.lower));
        const beforeVerb = /^(is|are|was|were|will|would|has|have|had|could|should|may|might|can|must)$/.test(tokens[hit.end]?.lower ?? '');
        if (prev && !prev.punct && (!afterSubject || beforeVerb)) { skip(hit, 'a noun, not a verb'); continue; }
      }
      // "forces supported by militias": a passive participle; its agent follows "by".
      if (/ed$/.test(tokens[hit.start]!.lower) && tokens[hit.end]?.lower === 'by' && (!prev || prev.punct || !VERB_LEAD.test(prev.lower))) { skip(hit, 'a passive participle'); continue; }
      // "offered no evidence": nothing is offered; "behind closed doors": an adjective after a preposition.
      if (/^(no|nothing|none)$/.test(tokens[hit.end]?.lower ?? '')) { skip(hit, 'its object is "no …"'); continue; }
      if (prev && PREPOSITIONS.has(prev.lower) && !/^(to|for|by)$/.test(prev.lower)) { skip(hit, 'an adjective after a preposition'); continue; }
      // "Y must agree to…": an obligation someone states, not Y's act (the "must" cue reads it).
      if (prev && /^(must|should|ought)$/.test(prev.lower)) { skip(hit, 'an obligation, not an act'); continue; }
      const progressive = /ing$/.test(tokens[hit.start]!.lower);
      // "gangs seeking ransoms": an -ing form after a noun describes the noun, not the subject's act.
      const speechActNoun = prev && /^(declaration|statement|statements|resolution|letter|communique|petition|motion|bill|decree|note|report)$/.test(prev.lower);
      if (progressive && prev && !speechActNoun && entry.relation !== 'meets' && /^[a-z]/.test(prev.text) && !BE.has(prev.lower) && !/^(also|still|now|and|repeatedly|increasingly|openly)$/.test(prev.lower) && !/ly$/.test(prev.lower)) { skip(hit, 'an -ing form describing a noun'); continue; }
      // "a resolution … calling for a probe": an -ing form without an auxiliary is not the subject's act.
      if (progressive && entry.relation !== 'meets' && !(prev && (BE.has(prev.lower) || speechActNoun || /^(been|be|am|'re|'s)$/.test(prev.lower)))) { skip(hit, 'an -ing form without an auxiliary'); continue; }
      // "Britain's proposed deal", "a wake-up call for": an adjective or a noun, not a verb.
      if (prev && mentions.some((m) => m.end === hit.start && m.possessive)) { skip(hit, 'an adjective after a possessive'); continue; }
      if (prev && !prev.cap && /^(wake-up|new|renewed|repeated|growing|latest|fresh|similar|urgent|public|international|earlier)$/.test(prev.lower)) { skip(hit, 'a noun, not a verb'); continue; }
      if (prev && (ARTICLES.has(prev.lower) || (BE.has(prev.lower) && !adjectival && !progressive)) && entry.relation !== 'meets') { skip(hit, 'a participle or noun (after an article or "to be")'); continue; }
      // "allow that…", "accept that…" report a view; only "agreed that…" is an agreement.
      if (entry.relation === 'accepts' && tokens[hit.end]?.lower === 'that' && !tokens[hit.start]!.lower.startsWith('agree')) { skip(hit, 'reports a view ("… that")'); continue; }
      // "support for dictators", "backing for": a noun, not the act of a subject.
      if (tokens[hit.end]?.lower === 'for' && entry.relation === 'supports' && !mentions.some((m) => m.end === hit.start)) { skip(hit, 'a noun ("support for")'); continue; }
      if (prev && BE.has(prev2?.lower ?? '') && /ly$/.test(prev.lower)) { skip(hit, 'a participle'); continue; }
      // "designed to blame", "to discuss": an infinitive belongs to the verb that governs it.
      if (prev?.lower === 'to' && !hit.cue.patterns.some((p) => p.head === 'to')) { skip(hit, 'an infinitive governed by another verb'); continue; }
      // "wants to VERB" / "seeks to VERB": an intention, not a demand on anyone.
      if (entry.relation === 'demands' && tokens[hit.end]?.lower === 'to' && !/^(see|talks)$/.test(tokens[hit.end + 1]?.lower ?? '')) { skip(hit, 'an intention ("wants to …"), not a demand'); continue; }
    }
    if (entry.voice === 'nominal') {
      // "demands of X" names its source; a bare "demands" needs a possessor ("Russia's demands", "Russian demands").
      const linked = /^(of|by|from)$/.test(tokens[hit.end - 1]!.lower) && mentions.some((m) => m.start === hit.end || (m.start === hit.end + 1 && tokens[hit.end]!.lower === 'the'));
      const possessed = mentions.some((m) => m.end === hit.start && (m.possessive || m.modifier));
      if (!linked && !possessed) { skip(hit, 'a noun without a named holder'); continue; }
    }

    const end = spanEnd(hit.end);
    const cond = conditionAfter(hit.end);
    const st: Statement = { relation, sources: [], positions: [], targets: [], cameo: entry.cameo, plover: entry.plover, rule: `cue "${entry.id}" (${tokens.slice(hit.start, hit.end).map((t) => t.text).join(' ')})` };
    if (relation === 'rejects' && entry.relation !== 'rejects') {
      st.cameo = '120';
      st.plover = 'REJECT';
      st.rule += ' + negation';
    }
    // "said they would boycott…", "will withdraw … unless…": a sanction announced for later, or any act
    // made conditional with "unless", is a threat.
    const future = tokens.slice(Math.max(0, hit.start - 2), hit.start).some((t) => /^(will|would|'ll|shall)$/.test(t.lower));
    const unless = cond && /^unless\b/i.test(cond.text);
    if ((entry.relation === 'imposes' && (future || unless)) || (unless && /^(accepts|offers)$/.test(relation))) {
      st.relation = 'threatens';
      st.cameo = entry.relation === 'imposes' ? '1312' : '130';
      st.plover = 'THREATEN';
      st.rule += future ? ' + future tense' : ' + "unless"';
    }
    if (entry.strength) st.strength = entry.strength;
    if (cond) st.condition = cond.text;

    if (entry.relation === 'accuses' || entry.relation === 'meets') {
      const subj = subjectOf(hit.start);
      const sources = subj ? actorsOf(subj.mentions) : unknownSubject(hit.start);
      // "met in Brussels": a place after "in" or "at" is where, not whom.
      const objects = actorsOf(mentionsIn(hit.end, end).filter((m) => (!m.modifier || entry.relation === 'meets') && !/^(in|at|near|from|outside|inside)$/.test(tokens[m.start - 1]?.lower ?? '')));
      if (entry.relation === 'meets' && sources.length > 1) {
        st.sources = [sources[0]!];
        st.targets = sources.slice(1);
      } else {
        st.sources = sources;
        st.targets = objects.slice(0, 1);
      }
      st.targets = st.targets.filter((t) => !st.sources.some((s) => s.id === t.id));
      if (!st.sources.length || !st.targets.length) { skip(hit, 'no source or no other actor'); continue; }
      out.push(st);
      continue;
    }

    let posFrom = hit.end;
    let posTo = end;
    let addressee: ActorRef[] = [];
    if (entry.voice === 'active') {
      const subj = subjectOf(hit.start);
      st.sources = subj ? actorsOf(subj.mentions) : quoted[hit.start] ? speakerBefore(hit.start) : unknownSubject(hit.start);
      // "urged Russia to…", "called on Iran to…", "demanded that Israel…": the addressee is the target.
      const next = mentions.find((m) => m.start >= hit.end && m.start - hit.end <= 1 && !m.possessive);
      const thatClause = entry.relation === 'demands' && (tokens[hit.end]?.lower === 'that' || tokens[hit.end - 1]?.lower === 'that');
      if (next && (tokens[next.end]?.lower === 'to' || thatClause)) {
        addressee = resolved(next);
        posFrom = next.end;
      }
      // "wants the talks to produce X": the wanted thing is what the infinitive governs
      // (unless a position is named before the "to": "a de-escalation for there to be progress").
      const early = findConcepts(tokens, lexicon, posFrom, posTo);
      // Verbs that name an addressee ("urged owners of food stalls … to substitute") look further for the "to".
      const reach = /^(urg|ask|press|call|appeal|encourag|tell|told|implor)/.test(tokens[hit.start]!.lower) ? 14 : 5;
      for (let k = posFrom; k < Math.min(posTo, posFrom + reach); k++) {
        if (early.some((c) => c.start < k && !c.concept.entry.frame)) break;
        const verb = tokens[k + 1];
        if (tokens[k]!.lower === 'to' && verb && !verb.punct && !verb.cap && !ARTICLES.has(verb.lower) && !/^(halt|end|stop|return|access)$/.test(tokens[k - 1]?.lower ?? '')) { posFrom = k + 1; break; }
      }
    } else if (entry.voice === 'passive') {
      const subj = subjectOf(hit.start);
      if (!subj || subj.mentions.some((m) => !!m.pronoun)) { skip(hit, 'no named subject'); continue; }
      addressee = actorsOf(subj.mentions);
      st.sources = speakerBefore(subj.at);
      // "Moscow will have to take measures", said by Putin: an obligation one's own side states is no demand.
      if (st.sources.some((s) => addressee.some((a) => input.sameSide(s, a)))) { skip(hit, 'an obligation the speaker\'s own side states'); continue; }
    } else if (entry.voice === 'nominal') {
      // "Demands of the United States … that we…", "Russia's demands for…"
      const after = mentions.filter((m) => m.start >= hit.end && m.start - hit.end <= 1);
      const possessor = mentions.find((m) => m.end === hit.start && (m.possessive || m.modifier));
      let srcMentions: Mention[] = [];
      if (after.length) {
        srcMentions = [after[0]!];
        for (let k = mentions.indexOf(after[0]!) + 1; k < mentions.length; k++) {
          const m = mentions[k]!;
          const between = tokens.slice(srcMentions[srcMentions.length - 1]!.end, m.start).map((t) => t.lower);
          if (between.every((w) => /^(and|,|other|its|their)$/.test(w))) srcMentions.push(m);
          else break;
        }
        posFrom = srcMentions[srcMentions.length - 1]!.end;
        while (posFrom < tokens.length && !/^(that|for|to)$/.test(tokens[posFrom]!.lower) && posFrom - srcMentions[srcMentions.length - 1]!.end < 3) posFrom++;
      } else if (possessor) srcMentions = [possessor];
      st.sources = actorsOf(srcMentions);
      // "…that we carry out…": the subject of the demanded act is the target.
      if (tokens[posFrom]?.lower === 'that') {
        const subjOfThat = mentions.find((m) => m.start === posFrom + 1);
        if (subjOfThat) addressee = resolved(subjOfThat);
      }
      posTo = spanEnd(posFrom);
    } else if (entry.voice === 'predicate') {
      // "X is a red line for Moscow" / "those are non-starters": the subject is the position.
      let clauseStart = hit.start - 1;
      while (clauseStart >= 0 && !CLAUSE_END.has(tokens[clauseStart]!.text) && tokens[clauseStart]!.lower !== 'that' && !lexicon.speech.has(tokens[clauseStart]!.lower) && !(tokens[clauseStart]!.text === '"')) clauseStart--;
      posFrom = clauseStart + 1;
      posTo = hit.start;
      while (posTo > posFrom + 1 && (BE.has(tokens[posTo - 1]!.lower) || /^(a|an|the|also|still|simply|clearly|all)$/.test(tokens[posTo - 1]!.lower))) posTo--;
      const forMention = tokens[hit.end]?.lower === 'for' ? mentions.find((m) => m.start === hit.end + 1) : undefined;
      st.sources = forMention ? resolved(forMention) : speakerBefore(posFrom);
      const subjectWords = tokens.slice(posFrom, posTo).map((t) => t.lower);
      if (subjectWords.length <= 2 && subjectWords.some((w) => ANAPHORS.has(w))) {
        st.positions = input.previousPositions.filter((p) => p.kind === 'demand' || entry.relation === 'rejects');
        st.rule += ' + anaphora to the previous sentence';
        if (!st.sources.length || !st.positions.length) { skip(hit, 'no holder or nothing to refer back to'); continue; }
        st.sources = dedupe(st.sources);
        out.push(st);
        continue;
      }
    }
    if (!st.sources.length) { skip(hit, 'no source (no actor before the cue, no speaker)'); continue; }

    // Positions: concepts in the governed words, else a label from the phrase.
    const thatClause = [hit.end - 1, hit.end, posFrom - 1, posFrom].some((x) => tokens[x]?.lower === 'that');
    if (/^(demands|threatens)$/.test(entry.relation) && (thatClause || addressee.length)) governed.push([hit.end, posTo]);
    const concepts = findConcepts(tokens, lexicon, posFrom, posTo);
    // "rejected the demand", "accepted the proposal": the position named just before.
    const backRef = !concepts.length ? definiteReference(tokens, posFrom, posTo) : null;
    if (backRef) {
      const wanted = backRef === 'demand' ? input.recentPositions.filter((p) => p.kind === 'demand') : input.recentPositions;
      if (wanted.length) {
        st.positions = wanted;
        st.rule += ' + reference to the position named before';
        st.sources = dedupe(st.sources);
        out.push(st);
      }
      continue;
    }
    let penaltyTriggerEnd = -1;
    if (entry.relation === 'demands' || entry.relation === 'threatens') {
      // "X will prompt massive consequences": a penalty said of the future is a threat by the speaker,
      // and whoever acts in the words before the modal is its target.
      const modal = tokens.slice(posFrom, posTo).findIndex((t) => MODALS.has(t.lower));
      if (modal >= 0) {
        const m = posFrom + modal;
        const penalties = concepts.filter((c) => c.start > m && c.concept.entry.penalty);
        if (penalties.length) {
          st.relation = 'threatens';
          st.cameo = penalties[0]!.concept.entry.cameo?.threatens ?? '130';
          st.plover = 'THREATEN';
          st.rule += ' + penalty in the future tense';
          concepts.splice(0, concepts.length, ...penalties);
          penaltyTriggerEnd = m;
          if (!addressee.length) addressee = actorsOf(mentionsIn(posFrom, m).filter((x) => !x.pronoun || x.pronoun !== 'we'));
        }
      }
    }
    // "vowed to retaliate": an offer of a penalty is a threat.
    if (st.relation === 'offers' && concepts.some((c) => c.concept.entry.penalty)) {
      st.relation = 'threatens';
      st.cameo = '130';
      st.plover = 'THREATEN';
      concepts.splice(0, concepts.length, ...concepts.filter((c) => c.concept.entry.penalty));
    }
    // "urged Russia to accept a ceasefire or face sanctions": the demand carries a threat.
    if (st.relation === 'demands') {
      const orAt = tokens.slice(posFrom, posTo).findIndex((t, n, all) => t.lower === 'or' && /^(face|risk|suffer)/.test(all[n + 1]?.lower ?? ''));
      const threat = orAt >= 0 ? concepts.filter((c) => c.start > posFrom + orAt && c.concept.entry.penalty) : [];
      if (threat.length) {
        const t: Statement = { relation: 'threatens', sources: st.sources, positions: threat.map((c) => conceptPosition(c, false)), targets: addressee.filter((a) => !st.sources.some((x) => x.id === a.id)), cameo: threat[0]!.concept.entry.cameo?.threatens ?? '130', plover: 'THREATEN', rule: st.rule + ' + "or face"' };
        t.condition = tokens.slice(posFrom, posFrom + orAt).length ? `unless ${input.text.slice(tokens[posFrom]!.start, tokens[posFrom + orAt - 1]!.end)}` : undefined;
        if (!t.condition) delete t.condition;
        out.push(t);
        concepts.splice(0, concepts.length, ...concepts.filter((c) => c.start < posFrom + orAt));
      }
    }
    const negate = entry.negates;
    if (concepts.length) {
      for (const c of concepts) st.positions.push(conceptPosition(c, negate));
      const code = concepts[0]!.concept.entry.cameo?.[entry.relation];
      if (code && st.relation === entry.relation) st.cameo = code;
    } else if (entry.relation !== 'threatens' || entry.voice !== 'passive') {
      let lead = posFrom;
      while (lead < posTo && /^(on|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|again|also|publicly|formally|initially|now|last|this|week|month|year)$/.test(tokens[lead]!.lower)) lead++;
      const start = skipClauseSubject(tokens, mentions, lead, posTo);
      const quotedPhrase = quotedPhraseIn(tokens, start, posTo);
      const kind = /^(threatens|offers|imposes)$/.test(entry.relation) ? 'response' : 'demand';
      let p = quotedPhrase ? phrasePosition(tokens, quotedPhrase[0], quotedPhrase[1], kind) : phrasePosition(tokens, start, posTo, kind);
      // A label that is only an actor's name ("imposed on Washington") is no position.
      if (p && mentions.some((m) => p!.label.toLowerCase().startsWith(m.text.toLowerCase().replace(/^the /, '')) && m.start >= start && m.start < posTo)) p = null;
      if (p) {
        if (negate) { p.id = `no-${p.id}`; p.label = `No ${p.label.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase())}`; }
        st.positions.push(p);
        st.rule += ' + phrase';
      }
    }
    if (!st.positions.length) { skip(hit, 'no position found'); continue; }

    // Targets: the addressee, else the subject of the condition, else actors named in each position.
    const notSource = (list: ActorRef[]) => list.filter((t) => !st.sources.some((s) => s.id === t.id));
    let targets = addressee;
    if (!targets.length && cond) targets = actorsOf(mentionsIn(cond.span[0], cond.span[1]).slice(0, 1));
    st.targets = notSource(targets);
    if (!st.targets.length && concepts.length) {
      st.positionTargets = new Map();
      concepts.forEach((c, n) => st.positionTargets!.set(st.positions[n]!.id, notSource(actorsOf(conceptTargetMentions(tokens, mentions, [c], penaltyTriggerEnd)))));
    }
    st.sources = dedupe(st.sources);
    out.push(st);
  }
  return out;
}

/** Actors named inside a concept's words or right after it ("removal of U.S. troops", "sanctions on Russia"). */
function conceptTargetMentions(tokens: Token[], mentions: Mention[], concepts: ConceptHit[], after: number): Mention[] {
  const out: Mention[] = [];
  for (const c of concepts) {
    for (const m of mentions) {
      if (m.pronoun) continue;
      const inside = m.start >= c.start && m.end <= c.end;
      const onAfter = m.start === c.end + 1 && /^(on|against|to|of|for)$/.test(tokens[c.end]?.lower ?? '');
      const afterOf = m.start >= c.end && m.start <= c.end + 3 && after >= 0;
      if (inside || onAfter || afterOf) out.push(m);
    }
  }
  return out;
}

const POSITION_NOUNS: Record<string, 'demand' | 'response'> = {
  demand: 'demand', demands: 'demand', request: 'demand', requests: 'demand', call: 'demand', calls: 'demand',
  condition: 'demand', conditions: 'demand', terms: 'demand', ultimatum: 'demand',
  proposal: 'response', proposals: 'response', offer: 'response', offers: 'response', plan: 'response', idea: 'response', deal: 'response',
};

/** "the demand", "these proposals", "Moscow's conditions": a definite noun that points back to a position. */
function definiteReference(tokens: Token[], from: number, to: number): 'demand' | 'response' | null {
  let i = from;
  if (!/^(the|this|that|these|those|its|their|his|her|such)$/.test(tokens[i]?.lower ?? '')) return null;
  i++;
  const kind = POSITION_NOUNS[tokens[i]?.lower ?? ''];
  if (!kind) return null;
  const next = tokens[i + 1];
  if (i + 1 < to && next && !next.punct && !/^(by|from|of|outright|entirely|immediately|again)$/.test(next.lower) && !/ly$/.test(next.lower)) return null;
  return kind;
}

/** "Moscow will have to take X": the position is X, not the clause's subject and verbs. */
function skipClauseSubject(tokens: Token[], mentions: Mention[], from: number, to: number): number {
  let i = from;
  if (tokens[i]?.lower === 'that') i++;
  const subj = mentions.find((m) => m.start === i || (m.start === i + 1 && ARTICLES.has(tokens[i]!.lower)));
  if (!subj && !/^(it|they|he|she|we)$/.test(tokens[i]?.lower ?? '')) {
    // "their countries should cooperate": a short noun phrase before a modal is the clause's subject.
    const modal = tokens.slice(i, Math.min(to, i + 5)).findIndex((t) => MODALS.has(t.lower));
    if (modal <= 0 || tokens.slice(i, i + modal).some((t) => t.punct)) return from;
    i += modal;
  } else i = subj ? subj.end : i + 1;
  let skipped = false;
  while (i < to && (MODALS.has(tokens[i]!.lower) || /^(have|has|had|to|be|not|also|still|going|is|are|now|then|soon)$/.test(tokens[i]!.lower))) { i++; skipped = true; }
  if (skipped && i < to) i++;
  return i < to ? i : from;
}

/** A phrase in quotation marks inside the span: news writers quote the key words. */
function quotedPhraseIn(tokens: Token[], from: number, to: number): [number, number] | null {
  for (let i = from; i < to; i++) {
    if (tokens[i]!.text !== '"') continue;
    for (let j = i + 1; j < to && j - i <= 6; j++) if (tokens[j]!.text === '"') return j - i > 1 ? [i + 1, j] : null;
    return null;
  }
  return null;
}

function dedupe(refs: ActorRef[]): ActorRef[] {
  const seen = new Set<string>();
  return refs.filter((r) => (seen.has(r.id) ? false : (seen.add(r.id), true)));
}
