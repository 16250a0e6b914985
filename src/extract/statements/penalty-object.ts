// "ramped up sanctions on North Korea", "is adding a 25% levy on electricity", "will increase the tariffs on cars":
// a penalty noun with no holder of its own, as the object of a verb of imposing, is the act of that verb's subject;
// said of the future, it is a threat (clauses.ts futureBefore).
import type { Token } from '../tokens.ts';
import type { Tag } from '../syntax/tags.ts';

/** Tags of the words a verb's object may have before its head noun: "a 25% levy", "further sweeping sanctions". */
const OBJECT_LEAD_TAGS = new Set<Tag>(['DET', 'ADJ', 'NUM', 'SYM', 'NOUN', 'PRON', 'ADV']);
/** Words of a noun phrase's lead the tagger may read otherwise ("%", "more"). */
const OBJECT_LEAD_WORDS = new Set(['%', 'more', 'new', 'further', 'additional', 'fresh', 'higher', 'steep', 'sweeping']);
const MAX_LEAD = 5;

/** Start of the verb of imposing ("ramped up") whose object starts within a few words before `at`, or -1. */
export function penaltyVerbBefore(tokens: Token[], at: number, tags: () => Tag[], penaltyVerbs: Set<string>): number {
  for (let k = at - 1; k >= 0 && at - k <= MAX_LEAD + 2; k--) {
    const one = tokens[k]!.lower;
    const two = k > 0 ? `${tokens[k - 1]!.lower} ${one}` : '';
    if (two && penaltyVerbs.has(two)) return leadIsObject(tokens, k + 1, at, tags) ? k - 1 : -1;
    if (penaltyVerbs.has(one)) return leadIsObject(tokens, k + 1, at, tags) ? k : -1;
    if (tokens[k]!.punct && !OBJECT_LEAD_WORDS.has(tokens[k]!.text)) return -1;
  }
  return -1;
}

function leadIsObject(tokens: Token[], from: number, to: number, tags: () => Tag[]): boolean {
  if (to - from > MAX_LEAD) return false;
  for (let k = from; k < to; k++) if (!OBJECT_LEAD_WORDS.has(tokens[k]!.lower) && !OBJECT_LEAD_TAGS.has(tags()[k] ?? 'X')) return false;
  return true;
}
