// The results table: one row per figure (result, same-run baseline, ratio, target, pass) and the Markdown
// written to bench/RESULTS.md with the machine the run was made on.
import type { Machine } from './stats.ts';

export interface Row {
  figure: string;
  workload: string;
  result: string;
  baseline: string;
  ratio: string;
  target: string;
  /** null when the figure has no target or could not be measured */
  pass: boolean | null;
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function markdownTable(rows: readonly Row[]): string {
  const head = '| figure | workload | result | baseline (same run) | ratio | target | met |\n|---|---|---|---|---|---|---|\n';
  return head + rows.map((r) => `| ${[r.figure, r.workload, r.result, r.baseline, r.ratio, r.target, r.pass === null ? '–' : r.pass ? 'yes' : '**no**'].map(cell).join(' | ')} |`).join('\n') + '\n';
}

export function resultsMarkdown(rows: readonly Row[], m: Machine, mode: string, seconds: number, notes: readonly string[]): string {
  return `# Benchmark results

Written by \`npm run bench${mode === 'quick' ? ' -- --quick' : ''}\` (${mode} run, ${Math.round(seconds)} s). Every ratio compares a figure with a
baseline measured in the same run on the same machine; figures are medians of repeated measurements.

Machine: ${m.cpu}, ${m.cores} cores, ${m.memory} memory, Node ${m.node}, ${m.platform}; run at ${m.date}.

${markdownTable(rows)}
## Notes

${notes.map((n) => `- ${n}`).join('\n')}
`;
}
