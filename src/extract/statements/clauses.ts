// Word classes and clause structure of a tokenised sentence, without a parser: which words are
// prepositions or modals, where relative clauses and conditions run, where a position's words begin.
import type { Mention } from '../mentions/mentions.ts';
import type { Tag } from '../syntax/tags.ts';
import type { Token } from '../tokens.ts';

export const PREPOSITIONS = new Set(['of', 'to', 'for', 'on', 'in', 'against', 'with', 'from', 'by', 'about', 'between', 'at', 'over', 'than', 'into', 'toward', 'towards', 'among', 'amid', 'after', 'before', 'despite', 'including', 'like', 'through', 'via', 'under', 'beyond', 'behind', 'besides', 'unlike', 'within', 'without', 'across', 'around', 'throughout', 'near', 'outside', 'inside', 'per', 'except']);
export const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "it's", "that's"]);
export const ARTICLES = new Set(['a', 'an', 'the', 'any', 'no', 'its', 'their', 'his', 'her', 'our', 'such', 'this', 'that']);
/** Auxiliaries a cue may open with ("will not work", "doesn't work"): the cue holds its own verb group. */
export const AUXILIARIES = new Set(['will', "won't", 'does', "doesn't", 'do', "don't"]);
export const MODALS = new Set(['will', 'would', 'could', 'shall', 'should', 'may', 'might', 'must', "won't", "wouldn't"]);
export const ANAPHORS = new Set(['this', 'that', 'those', 'these', 'it', 'they', 'such']);
export const CONDITION_START = new Set(['if', 'unless', 'should', 'provided', 'once']);
export const CLAUSE_END = new Set([';', '.', '!', '?', ':']);
/** Negation inside a word ("won't", "cannot"); negating words and phrases are the lexicon's `negations`. */
export const NEGATION = /n't$|^cannot$/;
/** Words that may stand right before a subject. */
export const SUBJECT_LEAD = /^(and|or|but|that|which|who|while|as|because|if|when|whereas|although|though|since|so|then|now|also|meanwhile|instead|still|yet|thus|today|yesterday|the|a|an|both|all|its|their|his|her|our|senior|top|chief|other|former|acting|new|interim|neighboring|neighbouring|rival|allied|fellow|many|several|some|two|three|four|five|x)$|^\d/;
/** Cue words that are also nouns ("use sanctions against", "the ban"): as verbs they follow a subject, an auxiliary or an adverb. */
export const NOUN_VERBS = /^(sanction|sanctions|ban|bans|demand|demands|call|calls|offer|offers|support|supports|back|backs|freeze|halt|halts|release|releases|visit|visits|host|hosts|question|charge|charges|protest|protests|probe|probes|request|requests|pledge|pledges|promise|promises|threat|boycott|boycotts|embargo|veto|vetoes|recall|recalls|close|cut|cuts|blockade|welcome|praise|levy|levies)$/;
export const VERB_LEAD = /^(will|would|could|should|may|might|must|can|shall|did|does|do|has|have|had|also|then|now|still|again|and|or|but|jointly|not|never|they|he|she|we|it|who|which|that|to|i|you|repeatedly|quickly|immediately|already|formally|publicly|swiftly|later|soon|once|often|always|strongly|firmly|openly)$/;

/** Days and time adverbs that may stand between a verb and its complement ("urged Russia on Friday to…"). */
export const TIME_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tomorrow', 'tonight', 'again', 'now', 'recently', 'repeatedly', 'once', 'twice', 'earlier', 'later']);
/** Nouns of time that "on", "last", "this", "next" or "earlier" turn into an adverbial ("last week", "on Friday"). */
const TIME_UNITS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|weekend|month|year|day|night|morning|afternoon|evening|january|february|march|april|may|june|july|august|september|october|november|december)$/;

/** The index after the time adverbials that start at `i` ("on Friday", "last week", "again"), or `i` when none. */
export function skipTimeAdverbials(tokens: Token[], i: number): number {
  let k = i;
  for (;;) {
    const w = tokens[k]?.lower ?? '';
    if (TIME_WORDS.has(w)) k++;
    else if (/^(on|last|this|next|earlier|late|early)$/.test(w) && TIME_UNITS.test(tokens[k + 1]?.lower ?? '')) k += 2;
    else return k;
  }
}

/** Conjunctions that open a subordinate clause, with a subject of its own. */
export const SUBORDINATORS = new Set(['when', 'where', 'whereas', 'because', 'although', 'though', 'while', 'since', 'until', 'unless', 'once']);

/** Conjunctions that open a clause of their own: a predicate's subject starts after them. */
export const CLAUSE_JOINERS = new Set(['so', 'but', 'because', 'while', 'whereas', 'although', 'though', 'since']);

/** Words between a predicate and what it judges: "as", articles, quote marks, adverbs of degree ("is simply a mistake"). */
export const PREDICATE_LEAD = /^(as|a|an|the|"|so|very|deeply|truly|simply|clearly|also|still|just|really|all|nothing|but|not|is|are|was|were|be|been|being|it's|that's|one|of|most|more|and)$/;

/** -ing words that work as prepositions, not participle clauses ("including", "according"). */
/** Nouns that "should never have been" a thing without it being wrong: "a surprise", "a secret", "an issue". */
export const NOT_WRONGS = new Set(['surprise', 'shock', 'secret', 'mystery', 'coincidence', 'accident', 'problem', 'issue', 'question', 'case', 'concern']);
/** Verbs of wanting: negated ("does not want to meet"), they reject what is wanted. */
export const WANTING = new Set(['want', 'wants', 'wanted', 'wish']);
/** Verbs that name no position after "not want to": discussing ("talk about it" declines to discuss) and the pro-verb "do" ("do this"). */
export const NO_STANCE_VERBS = new Set(['talk', 'discuss', 'comment', 'speculate', 'elaborate', 'say', 'go', 'get', 'answer', 'reveal', 'disclose', 'name', 'do']);
export const PARTICIPLE_PREPOSITIONS = new Set(['including', 'regarding', 'concerning', 'following', 'according', 'during', 'notwithstanding', 'pending', 'excluding', 'considering']);

/** Conjunctions and connectives that may open a sentence in capitals ("Although Mali …"): never part of a name. */
export const SENTENCE_OPENERS = new Set([...SUBORDINATORS, ...CLAUSE_JOINERS, 'and', 'but', 'if', 'as', 'after', 'before', 'however', 'meanwhile', 'yet']);

/** Nouns of saying: an -ing verb after one is its holder's act ("issued warnings demanding that…"). */
export const SPEECH_ACT_NOUNS = new Set(['declaration', 'statement', 'statements', 'resolution', 'letter', 'communique', 'petition', 'motion', 'bill', 'decree', 'note', 'notes', 'report', 'warning', 'warnings', 'message', 'messages', 'appeal', 'appeals', 'ultimatum', 'notice']);
/** Reactions a plan or a person "met with" ("met with opposition from China"): no meeting. */
export const REACTION_NOUNS = new Set(['opposition', 'criticism', 'criticisms', 'resistance', 'skepticism', 'scepticism', 'protest', 'protests', 'anger', 'outrage', 'approval', 'disapproval', 'praise', 'silence', 'derision', 'condemnation', 'dismay', 'alarm', 'concern', 'concerns', 'suspicion', 'hostility', 'backlash', 'applause', 'rejection', 'enthusiasm', 'success', 'failure', 'violence', 'force', 'indifference', 'ridicule', 'scorn', 'objections', 'refusal', 'denial', 'delays', 'setbacks']);
/** Words that make a meeting one not (yet) held ("future negotiations with China"). */
export const UNREALISED = new Set(['future', 'possible', 'potential', 'any', 'further', 'planned', 'proposed', 'eventual']);

export function isNegation(t: Token): boolean {
  return NEGATION.test(t.lower);
}

/** Token spans of relative clauses and "including" asides set off by commas (", who will lead the U.S. delegation,", ", including those in the upper house,"). */
export function parentheticals(tokens: Token[]): boolean[] {
  const mask = tokens.map(() => false);
  for (let i = 0; i < tokens.length - 1; i++) {
    if (tokens[i]!.text !== ',' || !/^(who|which|whose|whom|where|including)$/.test(tokens[i + 1]!.lower)) continue;
    let j = i + 1;
    while (j < tokens.length && tokens[j]!.text !== ',' && !CLAUSE_END.has(tokens[j]!.text)) j++;
    for (let k = i; k < j; k++) mask[k] = true;
    i = j;
  }
  return mask;
}

/** Conditions: "if the West stonewalls…", "should it intervene…", "unless…", up to the clause's end. */
export function conditionSpans(tokens: Token[], mentions: Mention[]): Array<[number, number]> {
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

export function inSpans(i: number, spans: Array<[number, number]>): boolean {
  return spans.some(([s, e]) => i >= s && i < e);
}

export const POSITION_NOUNS: Record<string, 'demand' | 'response'> = {
  demand: 'demand', demands: 'demand', request: 'demand', requests: 'demand', call: 'demand', calls: 'demand',
  condition: 'demand', conditions: 'demand', terms: 'demand', ultimatum: 'demand',
  proposal: 'response', proposals: 'response', offer: 'response', offers: 'response', plan: 'response', idea: 'response', deal: 'response',
};

/** "the demand", "these proposals", "Moscow's conditions": a definite noun that points back to a position. */
export function definiteReference(tokens: Token[], from: number, to: number): 'demand' | 'response' | null {
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
export function skipClauseSubject(tokens: Token[], mentions: Mention[], from: number, to: number, tags?: Tag[]): number {
  let i = from;
  if (tokens[i]?.lower === 'that') i++;
  const subj = mentions.find((m) => m.start === i || (m.start === i + 1 && ARTICLES.has(tokens[i]!.lower)));
  // A name followed by no verb is the object, not a clause's subject ("release Prime Minister X and…").
  if (subj && tags && !/^(VERB|AUX|ADV|PART)$/.test(tags[subj.end] ?? 'X')) return from;
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
export function quotedPhraseIn(tokens: Token[], from: number, to: number): [number, number] | null {
  for (let i = from; i < to; i++) {
    if (tokens[i]!.text !== '"') continue;
    for (let j = i + 1; j < to && j - i <= 6; j++) {
      if (tokens[j]!.text !== '"') continue;
      // A quoted single adverb ("deliberately") is emphasis, not the name of a position.
      if (j - i === 2 && /ly$/.test(tokens[i + 1]!.lower)) return null;
      return j - i > 1 ? [i + 1, j] : null;
    }
    return null;
  }
  return null;
}

/** Adjectives and adverbs a noun's holder may stand before ("their unwavering support", "its long-standing demand"). */
const HOLDER_GAP = 3;
/** Where the adjectives and adverbs right before `at` begin (`at` itself when there are none). */
function modifiersStart(tokens: Token[], at: number, tags: () => Tag[]): number {
  let k = at;
  while (k > 0 && at - k < HOLDER_GAP && !tokens[k - 1]!.punct && !tokens[k - 1]!.cap && /^(ADJ|ADV)$/.test(tags()[k - 1] ?? '')) k--;
  return k;
}

/** The name holding the noun at `at`: right before it, or a possessive or demonym before its adjectives ("their unwavering support"). */
export function holderOfNoun(mentions: Mention[], tokens: Token[], at: number, tags: () => Tag[]): Mention | undefined {
  const direct = mentions.find((m) => m.end === at && (m.possessive || m.modifier || !m.pronoun));
  if (direct || at === 0 || tokens[at - 1]!.punct || tokens[at - 1]!.cap) return direct;
  const start = modifiersStart(tokens, at, tags);
  return start < at ? mentions.find((m) => m.end === start && (m.possessive || m.modifier)) : undefined;
}

/** Words before "to" that put the infinitive's act in the future: "ready to impose", "plans to impose", "is set to". */
const FUTURE_TO = new Set(['ready', 'willing', 'prepared', 'poised', 'set', 'plans', 'plan', 'planning', 'planned', 'going']);
const FUTURE_MODALS = new Set(['will', 'would', "'ll", 'shall', "won't", "wouldn't"]);

/**
 * Does the verb at `at` speak of the future: "will impose", "which will, essentially, permanently shut down" (adverbs
 * and commas may stand between), "plans to impose", "is ready to impose"?
 */
export function futureBefore(tokens: Token[], at: number): boolean {
  if (tokens[at - 1]?.lower === 'to' && FUTURE_TO.has(tokens[at - 2]?.lower ?? '')) return true;
  let v = at;
  while (v > 0 && (/ly$/.test(tokens[v - 1]!.lower) || tokens[v - 1]!.text === ',')) v--;
  return tokens.slice(Math.max(0, v - 2), v).some((t) => FUTURE_MODALS.has(t.lower));
}

/** Nouns of a part or a number of a body ("members of", "a group of", "thousands of"): the body named after heads it. */
export const PART_NOUNS = new Set(['group', 'groups', 'delegation', 'team', 'number', 'members', 'coalition', 'dozens', 'hundreds', 'thousands', 'some', 'most', 'many', 'all']);

/** Nouns whose position is themselves, not what they are about: "concerns about tariffs", "an investigation of the vote". */
export const TOPIC_NOUNS = new Set(['concern', 'concerns', 'fear', 'fears', 'claim', 'claims', 'report', 'reports', 'allegation', 'allegations', 'accusation', 'accusations', 'criticism', 'suggestion', 'suggestions', 'rumor', 'rumors', 'rumour', 'rumours', 'speculation', 'talk', 'investigation', 'investigations', 'probe', 'probes', 'inquiry', 'inquiries', 'review', 'audit', 'recount']);
