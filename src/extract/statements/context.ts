// One sentence as the statement readers see it, built once: tokens, mentions, quotations, parentheticals,
// conditions, negations, hedges and cues, with the small lookups every reader shares.
import type { ActorRef } from '../claims.ts';
import type { Lexicon } from '../lexicon.ts';
import { ARTICLES, conditionSpans, holderOfNoun, inSpans, parentheticals } from './clauses.ts';
import { findCues, isPurpose, type CueContext, type CueHit } from './cue-reading.ts';
import type { Mention } from '../mentions/mentions.ts';
import type { SentenceInput } from './statement.ts';
import type { Tag } from '../syntax/tags.ts';
import type { Token } from '../tokens.ts';

export interface SentenceContext {
  input: SentenceInput;
  lexicon: Lexicon;
  tokens: Token[];
  mentions: Mention[];
  /** per token: inside a quotation */
  quoted: boolean[];
  /** per token: inside a parenthetical ("Berisha, who served as prime minister,") */
  paren: boolean[];
  /** the condition clauses ("if the West stonewalls…") */
  conditions: Array<[number, number]>;
  /** the cues outside conditions, in sentence order */
  cues: CueHit[];
  /** where each cue starts */
  cueStarts: Set<number>;
  /** what readCue needs to tell a cue's act from a look-alike */
  cueReading: CueContext;
  /** part-of-speech tags, computed on first use */
  tags: () => Tag[];
}

export function sentenceContext(input: SentenceInput, lexicon: Lexicon): SentenceContext {
  const { tokens, mentions, quoted } = input;
  const paren = parentheticals(tokens);
  const conditions = conditionSpans(tokens, mentions);
  const cues = findCues(tokens, lexicon).filter((c) => !inSpans(c.start, conditions));
  const hedged = lexicon.hedgeIndex.matches(tokens);
  // "Reporters Without Borders": a capitalised word inside a sentence is part of a name, never a negation.
  const negations = lexicon.negationIndex.matches(tokens).filter((n) => n.start === 0 || !tokens[n.start]!.cap);
  const cueWords = new Set(cues.flatMap((c) => Array.from({ length: c.end - c.start }, (_, n) => c.start + n)));
  const purpose = (to: number) => isPurpose(to, tokens, input.tags(), lexicon.infinitiveTakers, (i) => cueWords.has(i));
  const cueReading: CueContext = { tokens, mentions, hedged, negations, tags: input.tags, carriers: lexicon.carriers, purpose, penaltyVerbs: lexicon.penaltyVerbs };
  return { input, lexicon, tokens, mentions, quoted, paren, conditions, cues, cueStarts: new Set(cues.map((c) => c.start)), cueReading, tags: input.tags };
}

/** The sentence's opening name when the lexicon does not know it ("The International Labor Office (ILO) reiterated its demand…"). */
export function openingSubject(ctx: SentenceContext): ActorRef[] {
  const { tokens, mentions } = ctx;
  let s0 = 0;
  while (s0 < tokens.length && /^(the|a|an)$/.test(tokens[s0]!.lower)) s0++;
  let e = s0;
  while (e < tokens.length && tokens[e]!.cap && !tokens[e]!.punct && e - s0 < 5) e++;
  if (e === s0 || mentions.some((m) => m.start < e && m.end > s0)) return [];
  const actor = ctx.input.recognise(s0, e);
  return actor ? [actor] : [];
}

/** The actors a mention stands for; an unresolved "it" or "they" is the sentence's opening name. */
export function resolved(ctx: SentenceContext, m: Mention): ActorRef[] {
  const r = ctx.input.resolve(m);
  if (r.length || !m.pronoun || m.pronoun === 'we' || m.pronoun === 'i' || ctx.quoted[m.start] || m.start === 0) return r;
  return m.pronoun === 'it' || m.pronoun === 'they' ? openingSubject(ctx) : r;
}

export function actorsOf(ctx: SentenceContext, ms: Mention[]): ActorRef[] {
  return dedupe(ms.flatMap((m) => resolved(ctx, m)));
}

export function mentionsIn(ctx: SentenceContext, s: number, e: number): Mention[] {
  return ctx.mentions.filter((m) => m.start >= s && m.end <= e);
}

/** Where the actor named at `i` (after an article, maybe) ends, or -1. */
export function conceptActorEnd(ctx: SentenceContext, i: number): number {
  return ctx.mentions.find((m) => m.start === i || (m.start === i + 1 && ARTICLES.has(ctx.tokens[i]!.lower)))?.end ?? -1;
}

/** The holder named right before a nominal cue: "Russia's demands", "Russian demands", "a U.S. proposal", "its offer". */
export function holderBefore(ctx: SentenceContext, at: number): Mention | undefined {
  return holderOfNoun(ctx.mentions, ctx.tokens, at, ctx.tags);
}

/** Is the word at `at` inside a quotation of at most four words ("is \"flagrantly\" defying")? */
export function scareQuoted(ctx: SentenceContext, at: number): boolean {
  const { tokens, quoted } = ctx;
  if (!quoted[at]) return false;
  let s = at;
  while (s > 0 && quoted[s - 1]) s--;
  let e = at;
  while (e < tokens.length && quoted[e]) e++;
  return tokens.slice(s, e).filter((t) => !t.punct).length <= 4;
}

export function dedupe(refs: ActorRef[]): ActorRef[] {
  const seen = new Set<string>();
  return refs.filter((r) => (seen.has(r.id) ? false : (seen.add(r.id), true)));
}
