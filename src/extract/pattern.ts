// Compiles the lexicon's phrase syntax ("demand*", "hit _ with", "call* for") into matchers over
// tokens, so users write dictionaries in plain words and never in regular expressions.
import { stripPossessive, type Token } from './tokens.ts';

type Step = { kind: 'word'; word: string } | { kind: 'prefix'; prefix: string } | { kind: 'gap'; max: number };

export interface Pattern {
  source: string;
  steps: Step[];
  /** first literal word, lower-case, for indexing (prefix patterns index by their prefix) */
  head: string;
}

export interface PatternMatch {
  start: number;
  /** exclusive token index */
  end: number;
}

const GAP_MAX = 4;

export function compilePattern(source: string): Pattern {
  const steps: Step[] = [];
  for (const part of source.toLowerCase().split(/\s+/).filter(Boolean)) {
    if (part === '_') steps.push({ kind: 'gap', max: GAP_MAX });
    else if (part.endsWith('*') && part.length > 1) steps.push({ kind: 'prefix', prefix: part.slice(0, -1) });
    else steps.push({ kind: 'word', word: part });
  }
  const first = steps.find((s) => s.kind !== 'gap');
  if (!first || steps[0]!.kind === 'gap' || steps[steps.length - 1]!.kind === 'gap') {
    throw new Error(`pattern "${source}" must start and end with a word`);
  }
  return { source, steps, head: first.kind === 'word' ? first.word : (first as { prefix: string }).prefix };
}

function wordOf(t: Token): string {
  return stripPossessive(t.lower);
}

function stepMatches(step: Step, t: Token): boolean {
  if (step.kind === 'word') return t.lower === step.word || wordOf(t) === step.word;
  if (step.kind === 'prefix') return t.lower.startsWith(step.prefix);
  return false;
}

function matchFrom(steps: Step[], i: number, tokens: Token[], at: number): number {
  if (i === steps.length) return at;
  const step = steps[i]!;
  if (step.kind === 'gap') {
    for (let skip = 0; skip <= step.max && at + skip <= tokens.length; skip++) {
      // A gap never crosses a clause boundary.
      if (skip > 0 && /^[.;:!?]$/.test(tokens[at + skip - 1]!.text)) break;
      const end = matchFrom(steps, i + 1, tokens, at + skip);
      if (end >= 0) return end;
    }
    return -1;
  }
  if (at >= tokens.length || !stepMatches(step, tokens[at]!)) return -1;
  return matchFrom(steps, i + 1, tokens, at + 1);
}

/** All non-overlapping matches of one pattern, left to right. */
export function matchPattern(pattern: Pattern, tokens: Token[]): PatternMatch[] {
  const out: PatternMatch[] = [];
  for (let at = 0; at < tokens.length; at++) {
    const end = matchFrom(pattern.steps, 0, tokens, at);
    if (end > at) {
      out.push({ start: at, end });
      at = end - 1;
    }
  }
  return out;
}

/** A quick test used by the cheap first pass: could this pattern occur in a sentence with these words? */
export function headOccurs(pattern: Pattern, lowerText: string): boolean {
  return lowerText.includes(pattern.head);
}
