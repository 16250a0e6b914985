// Who is speaking: marks which tokens of a paragraph's sentences are inside quotation marks and finds
// the speaker of each quote ("…,'' Ryabkov said"; Blinken said: "…") and of reported speech ("X said that…").
import type { Lexicon } from '../lexicon.ts';
import type { Mention } from '../mentions/mentions.ts';
import type { Token } from '../tokens.ts';

export interface SentenceView {
  tokens: Token[];
  mentions: Mention[];
}

export interface Attribution {
  /** per sentence, per token: inside a quotation */
  quoted: boolean[][];
  /** per sentence: the mention that speaks the quoted part of that sentence, if named */
  quoteSpeaker: Array<Mention | null>;
}

/** The mention next to a speech verb: "X said", "said X", "X, who …, said" is not attempted. */
export function speechSubject(view: SentenceView, verbAt: number): Mention | null {
  const before = view.mentions.filter((m) => m.end <= verbAt && verbAt - m.end <= 1 && !m.modifier);
  if (before.length) return before[before.length - 1]!;
  const after = view.mentions.find((m) => m.start > verbAt && m.start - verbAt <= 3 && !m.modifier);
  return after ?? null;
}

/** Index of the first speech verb at or after `from` (and before `to`). */
export function speechVerbAt(tokens: Token[], lexicon: Lexicon, from = 0, to = tokens.length): number {
  for (let i = from; i < to; i++) if (lexicon.speech.has(tokens[i]!.lower)) return i;
  return -1;
}

/**
 * Quotes may span sentences ("Demands … are excluded. This is a non-starter," Ryabkov said): the speaker
 * named after the closing mark speaks every sentence the quote covers.
 */
export function attributeParagraph(views: SentenceView[], lexicon: Lexicon): Attribution {
  const quoted: boolean[][] = [];
  let open = false;
  // quote runs: [sentence, token] of opening, speaker found at closing
  const runs: Array<{ sentences: Set<number>; speaker: Mention | null }> = [];
  let run: { sentences: Set<number>; speaker: Mention | null } | null = null;
  views.forEach((view, s) => {
    const mask: boolean[] = [];
    view.tokens.forEach((t, i) => {
      if (t.text === '"') {
        if (!open) {
          open = true;
          run = { sentences: new Set([s]), speaker: null };
          runs.push(run);
          // Speaker before the opening mark: `Blinken said: "…"`.
          const verb = speechVerbAt(view.tokens, lexicon, Math.max(0, i - 4), i);
          if (verb >= 0) run.speaker = speechSubject(view, verb);
        } else {
          open = false;
          if (run && !run.speaker) {
            // Speaker after the closing mark: `…," Ryabkov said` / `…," said one official`.
            const verb = speechVerbAt(view.tokens, lexicon, i + 1, Math.min(view.tokens.length, i + 6));
            if (verb >= 0) run.speaker = speechSubject(view, verb);
          }
          run = null;
        }
        mask.push(true);
        return;
      }
      if (open && run) run.sentences.add(s);
      mask.push(open);
    });
    quoted.push(mask);
  });
  const quoteSpeaker: Array<Mention | null> = views.map(() => null);
  for (const r of runs) for (const s of r.sentences) quoteSpeaker[s] ??= r.speaker;
  return { quoted, quoteSpeaker };
}
