// Finds the condition a statement is made under ("if the West stonewalls…", "unless…"), quoted exactly from
// the sentence's text.
import { CLAUSE_END } from './clauses.ts';
import type { SentenceContext } from './context.ts';

export interface Condition {
  text: string;
  span: [number, number];
}

/** The first condition after `from`, in the same clause. */
export function conditionAfter(ctx: SentenceContext, from: number): Condition | undefined {
  const { tokens } = ctx;
  const span = ctx.conditions.find(([s]) => s >= from);
  if (!span) return undefined;
  if (tokens.slice(from, span[0]).some((t) => CLAUSE_END.has(t.text))) return undefined;
  const text = ctx.input.text.slice(tokens[span[0]]!.start, tokens[span[1] - 1]!.end);
  return { text: text.replace(/[\s,'"]+$/, ''), span };
}
