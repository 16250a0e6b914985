// Compiles the lexicon's phrase syntax ("demand*", "hit _ with", "call* for") into matchers over
// tokens, so users write dictionaries in plain words and never in regular expressions.
import type { Token } from './tokens.ts';

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
  return t.bare;
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

/** End of a match of `pattern` starting exactly at token `at`, or -1. */
export function matchAt(pattern: Pattern, tokens: Token[], at: number): number {
  return matchFrom(pattern.steps, 0, tokens, at);
}

/**
 * Many patterns indexed by their first word, so that a sentence is scanned once and a pattern is tried only
 * where its first word stands (the cheap first pass that keeps extraction at corpus speed).
 */
export class PatternIndex<T> {
  private readonly exact = new Map<string, Array<{ pattern: Pattern; value: T }>>();
  /** patterns whose first word is a prefix ("demand*"), by the prefix's first three letters */
  private readonly prefixes = new Map<string, Array<{ pattern: Pattern; value: T; prefix: string }>>();

  constructor(entries: Iterable<{ pattern: Pattern; value: T }>) {
    for (const e of entries) {
      const first = e.pattern.steps[0]!;
      if (first.kind === 'word') {
        const list = this.exact.get(first.word) ?? [];
        list.push(e);
        this.exact.set(first.word, list);
      } else if (first.kind === 'prefix') {
        const k = first.prefix.slice(0, 3);
        const list = this.prefixes.get(k) ?? [];
        list.push({ ...e, prefix: first.prefix });
        this.prefixes.set(k, list);
      }
    }
  }

  /** Every match of every pattern in tokens[from, to), possibly overlapping, left to right. */
  matches(tokens: Token[], from = 0, to = tokens.length): Array<{ value: T; pattern: Pattern; start: number; end: number }> {
    const out: Array<{ value: T; pattern: Pattern; start: number; end: number }> = [];
    const window = to === tokens.length ? tokens : tokens.slice(0, to);
    const tryAt = (i: number, e: { pattern: Pattern; value: T }): void => {
      const end = matchFrom(e.pattern.steps, 0, window, i);
      if (end > i) out.push({ value: e.value, pattern: e.pattern, start: i, end });
    };
    for (let i = from; i < to; i++) {
      // The patterns whose first word this token can be: the word, the word without a possessive, a prefix.
      const t = window[i]!;
      const exact = this.exact.get(t.lower);
      if (exact) for (const e of exact) tryAt(i, e);
      if (t.bare !== t.lower) {
        const more = this.exact.get(t.bare);
        if (more) for (const e of more) tryAt(i, e);
      }
      const pre = this.prefixes.get(t.head3);
      if (pre) for (const e of pre) if (t.lower.startsWith(e.prefix)) tryAt(i, e);
    }
    return out;
  }

  /** Does any pattern's first word occur in the sentence? (the cheap test before the full scan) */
  mayMatch(tokens: Token[]): boolean {
    for (const t of tokens) {
      if (this.exact.has(t.lower) || (t.bare !== t.lower && this.exact.has(t.bare))) return true;
      const pre = this.prefixes.get(t.head3);
      if (pre) for (const e of pre) if (t.lower.startsWith(e.prefix)) return true;
    }
    return false;
  }
}
