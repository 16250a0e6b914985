// Turns the words a cue governs into positions: lexicon concepts where they match (longest match wins),
// with polarity ("NATO will not expand" → NATO non-expansion), else a short label from the phrase itself.
import type { PositionRef } from '../claims.ts';
import type { CompiledConcept, Lexicon } from '../lexicon.ts';
import type { Token } from '../tokens.ts';
import { slug } from '../../graph/keys.ts';
import type { Tag } from '../syntax/tags.ts';

export interface ConceptHit {
  concept: CompiledConcept;
  start: number;
  end: number;
  /** the text around the match says it should not happen ("will not expand", "no NATO membership") */
  negated: boolean;
}

const INNER_NEGATION = /^(not|no|never|non|halt|end|stop|against|without|n't)$|n't$/;

/** Concept matches inside tokens[from, to): longest first, never overlapping. */
export function findConcepts(tokens: Token[], lexicon: Lexicon, from = 0, to = tokens.length, tags?: () => Tag[]): ConceptHit[] {
  const all: ConceptHit[] = lexicon.conceptIndex
    .matches(tokens, from, to)
    .map((m) => ({ concept: m.value, start: m.start, end: m.end, negated: false }));
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: ConceptHit[] = [];
  for (const hit of all) {
    if (kept.some((k) => hit.start < k.end && k.start < hit.end)) continue;
    if (kept.some((k) => k.concept === hit.concept)) continue;
    // "change its stance on denuclearization talks": what a stance is about is its topic, not the position.
    const topicAt = [1, 2, 3].find((n) => TOPIC_OF.test(tokens[hit.start - n]?.lower ?? ''));
    if (topicAt && STANCE_NOUNS.test(tokens[hit.start - topicAt - 1]?.lower ?? '') && !tokens.slice(hit.start - topicAt, hit.start).some((t) => t.punct)) continue;
    // A negating word that opens the concept's own words ("end to the war" for a peace agreement) is its meaning.
    const inside = tokens.slice(hit.start, hit.end).some((t, n) => (n > 0 && INNER_NEGATION.test(t.lower)) || t.lower.startsWith('non-'));
    // A negating governor shortly before ("an end to", "reconsider raising tariffs", "precluding NATO expansion").
    // (Not across "and" and a new verb: "lift sanctions and resume talks" wants the talks; "an end to the blockade
    // and the war" wants neither.)
    const w0 = Math.max(from, hit.start - 3);
    const window = tokens.slice(w0, hit.start);
    const lastJoin = window.map((t, n) => /^(and|or|,)$/.test(t.lower) && tags?.()[w0 + n + 1] === 'VERB').lastIndexOf(true);
    const before = window.slice(lastJoin + 1).some((t) => lexicon.governors.has(t.lower));
    hit.negated = inside || before;
    kept.push(hit);
  }
  kept.sort((a, b) => a.start - b.start);
  // "discussions on curtailing missiles": the talks are the frame, the missiles the position.
  return kept.filter((k, n) => !(k.concept.entry.frame && kept.some((o, m) => m !== n && o.start >= k.end && o.start - k.end <= 4)));
}

/** Nouns of a stance on a topic ("its stance on X", "policy toward X"). */
const STANCE_NOUNS = /^(stance|stances|position|positions|approach|policy|policies|attitude|view|views|posture|line)$/;
const TOPIC_OF = /^(on|to|toward|towards|regarding|about|over)$/;

/** Tags a penalty's object may hold: "on wine, champagne and other spirits", "on American-distilled whiskey". */
const OBJECT_TAGS = new Set<Tag>(['ADJ', 'NOUN', 'PROPN', 'NUM', 'DET', 'CCONJ', 'PUNCT', 'VERB']);

/** The words of a penalty's object as written ("$20.7 billion worth of U.S. exports", "American-distilled whiskey"). */
export function objectText(tokens: Token[], span: [number, number]): string {
  return tokens.slice(span[0], span[1]).map((t) => t.text).join(' ').replace(/ ([,%])/g, '$1').replace(/ - /g, '-').replace(/\$ /g, '$');
}

/**
 * Where a penalty's object stands, [from, end), when the text says what it is aimed at ("tariffs on steel and
 * aluminum exports"): the noun phrase after "on" or "against", ending in a noun. A phrase that is only an actor's
 * name ("sanctions on Russia") names the target, not the penalty, and gives null.
 */
export function penaltyObjectSpan(hit: ConceptHit, tokens: Token[], tags: Tag[], isActorAt: (i: number) => number): [number, number] | null {
  // A closing quote may stand between ("a nasty 50% tariff" on whiskey).
  let on = tokens[hit.end]?.text === '"' ? hit.end + 1 : hit.end;
  // "a tariff increase on EVs", "a sanctions package against Iran": a noun may complete the penalty's name.
  if (tags[on] === 'NOUN' && !/^(on|against)$/.test(tokens[on]!.lower) && /^(on|against)$/.test(tokens[on + 1]?.lower ?? '')) on++;
  if (!hit.concept.entry.penalty || !/^(on|against)$/.test(tokens[on]?.lower ?? '')) return null;
  const from = on + 1;
  let end = from;
  while (end < tokens.length && end - from < 10) {
    const t = tokens[end]!;
    // Commas and hyphens only inside a list or a compound ("wine, champagne and", "American-distilled").
    if (t.punct && !/^[,\-%$]$/.test(t.text)) break;
    // "… this week": a time adverbial ends the object.
    if (WEEKDAY.test(t.lower)) break;
    // ", prompting Beijing to…": a comma before a verb ends the list.
    if (t.text === ',' && tags[end + 1] === 'VERB') break;
    // "on its neighbor's steel": a possessive determiner may open the object.
    const possessiveDeterminer = (end === from || tokens[end - 1]!.lower === 'of') && /^(its|their|his|her|our)$/.test(t.lower);
    if (!OBJECT_TAGS.has(tags[end]!) && !t.punct && t.lower !== 'of' && !possessiveDeterminer) break;
    // A participle ("distilled", "-made") describes the goods; any other verb ends the object.
    if (tags[end] === 'VERB' && !/(ed|ing)$/.test(t.lower) && tokens[end - 1]?.text !== '-') break;
    end++;
  }
  while (end > from && !/^(NOUN|PROPN|NUM)$/.test(tags[end - 1]!)) end--;
  if (end <= from || isActorAt(from) >= end) return null;
  // "steel products from Canada": where the goods come from belongs to the object.
  if (tokens[end]?.lower === 'from' && isActorAt(end + 1) > end) end = isActorAt(end + 1);
  return [from, end];
}

export function conceptPosition(hit: ConceptHit, negate: boolean, tokens: Token[], object?: string | null): PositionRef {
  const e = hit.concept.entry;
  const negated = negate !== hit.negated;
  const surface = tokens.slice(hit.start, hit.end).map((t) => t.text).join(' ');
  // "Tariffs on steel and aluminum exports" is a position of its own, of the tariffs concept.
  if (object && !negated) {
    const label = `${e.label} on ${object}`;
    return { ref: 'position', id: slug(label), label, kind: e.kind, category: e.category, concept: e.id, surface };
  }
  if (!negated) return { ref: 'position', id: e.id, label: e.label, kind: e.kind, category: e.category, concept: e.id, surface };
  return { ref: 'position', id: `no-${e.id}`, label: e.negatedLabel ?? `No ${lowerFirst(e.label)}`, kind: 'demand', category: e.category, concept: e.id, surface };
}

function lowerFirst(s: string): string {
  return /^[A-Z][a-z]/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s;
}

const SKIP_LEADING = new Set(['that', 'the', 'a', 'an', 'some', 'any', 'its', 'their', 'his', 'her', 'our', 'to', 'for', 'on', 'of', 'with', 'about', 'further', 'also', 'immediately', 'initially', 'publicly', 'formally', 'unspecified', 'possible', 'more', 'new', 'all', 'such', 'it', 'them', 'him', 'us', 'what', 'be', 'is', 'are', 'was', 'were', 'will', 'would', 'should', 'could', 'can', 'may', 'might', 'must', 'have', 'has', 'had', 'from', 'in', 'at', 'by', 'against', 'this', 'these', 'those', 'over', 'into', 'again']);
const STOP = new Set(['that', 'which', 'who', 'whom', 'whose', 'if', 'unless', 'when', 'while', 'because', 'after', 'before', 'since', 'although', 'though', 'but', 'said', 'says', 'say', 'told', 'as', 'than', 'despite', 'amid', 'until', 'where', 'so', 'according', 'saying', 'adding', 'following', 'during']);
const TRAILING = /^(of|in|on|to|for|with|from|by|at|and|or|the|a|an|its|their|his|her|our|over|about|into|against|this|that|these|those|some|any)$/;
const WEEKDAY = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|tonight|weekend|week|month|year|last|next)$/;
const MAX_LABEL_WORDS = 7;

/** Tags that may end a label: a phrase ends in its head noun (or a number: "a 25% tariff"). */
const HEAD_TAGS = new Set<Tag>(['NOUN', 'PROPN', 'NUM']);
/** Tags that never open a label: "And Moscow's treaty", "Although…", "Crucial Aurangzeb". */
const NO_LEAD_TAGS = new Set<Tag>(['CCONJ', 'SCONJ', 'ADV', 'ADP', 'PART', 'INTJ']);

/**
 * A label from the words a cue governs, as a whole phrase: "to share information on missing people" → "Share information
 * on missing people". It never opens with a conjunction or adverb and always ends in a noun, so a phrase cut by the
 * length limit loses its dangling words ("institutions like" → "institutions"); no such phrase, no label.
 */
export function phrasePosition(tokens: Token[], from: number, to: number, kind: 'demand' | 'response', tags: Tag[]): PositionRef | null {
  let i = from;
  let copula = false;
  // (The test runs before `||=`, which would skip it, and with it the increment, once a copula is seen.)
  for (; i < to && (SKIP_LEADING.has(tokens[i]!.lower) || tokens[i]!.punct || NO_LEAD_TAGS.has(tags[i]!)); i++) {
    if (/^(be|remain|stay)$/.test(tokens[i]!.lower)) copula = true;
  }
  const picked: number[] = [];
  let j = i;
  for (; j < to && picked.length < MAX_LABEL_WORDS; j++) {
    const t = tokens[j]!;
    // "4,000 troops": a comma between digits is part of the number.
    const inNumber = t.text === ',' && tags[j - 1] === 'NUM' && /^\d/.test(tokens[j + 1]?.text ?? '');
    if (t.punct && t.text !== '-' && !inNumber) break;
    if (STOP.has(t.lower)) break;
    // "signed an agreement today to increase trade": time words are left out, not an end.
    if (WEEKDAY.test(t.lower)) {
      if (picked.length && /^(on|last|next|this|by)$/i.test(tokens[picked[picked.length - 1]!]!.lower)) picked.pop();
      continue;
    }
    picked.push(j);
  }
  // Cut by the length limit inside a phrase ("extend their mandate by two | years"): end before its last preposition.
  const cutInPhrase = picked.length === MAX_LABEL_WORDS && j < to && !tokens[j]!.punct && !STOP.has(tokens[j]!.lower) && /^(NOUN|PROPN|NUM|ADJ|DET)$/.test(tags[j]!);
  if (cutInPhrase) {
    // Complete the noun phrase when its head is near ("the deadly opioid fentanyl"); else end before the preposition.
    let k = j;
    while (k < to && k < j + 3 && /^(NOUN|PROPN|NUM|ADJ)$/.test(tags[k]!) && !tokens[k]!.punct) k++;
    const headed = k > j && /^(NOUN|PROPN)$/.test(tags[k - 1]!) && (k >= to || tokens[k]!.punct || !/^(NOUN|PROPN|NUM|ADJ)$/.test(tags[k]!));
    const lastPreposition = picked.map((n) => tags[n]).lastIndexOf('ADP');
    if (headed) for (let n = j; n < k; n++) picked.push(n);
    else if (lastPreposition >= 2) picked.length = lastPreposition;
  }
  // "must be clear and united": after a copula the phrase may end in its adjective.
  // "a new military offensive": the tagger may read the last noun of a determiner's phrase as an adjective.
  const nounAfterDeterminer = (k: number) => {
    let j = k - 1;
    while (j >= from && (tags[j] === 'ADJ' || tags[j] === 'ADV')) j--;
    return j >= from && tags[j] === 'DET' && tags[k + 1] !== 'NOUN';
  };
  const ends = (t: Tag, k: number) => HEAD_TAGS.has(t) || (t === 'ADJ' && nounAfterDeterminer(k)) || (copula && (t === 'ADJ' || (t === 'VERB' && /ed$/.test(tokens[k]!.lower))));
  const first = picked[0];
  // A name is never cut: "accusations it is getting weapons from North Korea" keeps "Korea" past the word limit.
  const lastPicked = picked[picked.length - 1];
  if (lastPicked !== undefined) {
    for (let k = lastPicked + 1; k < to && k < lastPicked + 4 && tokens[k]!.cap && !tokens[k]!.punct && tokens[k - 1]!.cap; k++) picked.push(k);
  }
  while (picked.length && (!ends(tags[picked[picked.length - 1]!]!, picked[picked.length - 1]!) || TRAILING.test(tokens[picked[picked.length - 1]!]!.lower))) picked.pop();
  // "the challenges China brings": a name right before a verb opens a relative clause, not part of the phrase.
  const lastAt = picked[picked.length - 1];
  if (lastAt !== undefined && picked.length > 2 && tags[lastAt] === 'PROPN' && tags[lastAt + 1] === 'VERB' && tags[lastAt - 1] === 'NOUN' && !tokens[lastAt + 1]!.punct) {
    while (picked.length > 1 && tags[picked[picked.length - 1]!] === 'PROPN') picked.pop();
  }
  // "wants the dog meat trade abolished": a participle after the object completes what is wanted.
  const last = picked[picked.length - 1];
  const complement = last === undefined ? undefined : tokens[last + 1];
  if (complement && last! + 1 < to && tags[last! + 1] === 'VERB' && /ed$/.test(complement.lower) && (!tokens[last! + 2] || tokens[last! + 2]!.punct)) picked.push(last! + 1);
  // "sworn to fight until…": a verb that ends its clause is a whole verb phrase.
  const next = first === undefined ? undefined : tokens[first + 1];
  if (!picked.length && first !== undefined && tags[first] === 'VERB' && (!next || (next.punct && next.text !== '"') || STOP.has(next.lower) || first + 1 >= to)) picked.push(first);
  if (!picked.length) return null;
  const words = picked.map((j) => tokens[j]!.text);
  // One short word names no position ("It", "Us").
  if (words.length === 1 && words[0]!.length < 4) return null;
  // "wants them returned": a participle alone needs the object it completes.
  if (words.length === 1 && tags[picked[0]!] === 'VERB' && /ed$/.test(tokens[picked[0]!]!.lower) && picked[0]! > i) return null;
  // Words that touch in the text touch in the label ("Serb-controlled", "4,000").
  const joined = picked.map((j, n) => (n > 0 && tokens[j]!.start === tokens[picked[n - 1]!]!.end ? '' : ' ') + tokens[j]!.text).join('').trim();
  const label = joined.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  return { ref: 'position', id: slug(label), label, kind, category: 'other' };
}
