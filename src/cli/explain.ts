// `kg explain <article>`: prints each sentence with the claims drawn from it and the lexicon entry or
// rule behind each, so a user editing a lexicon sees why an edge exists or is missing.
import { readFileSync, statSync } from 'node:fs';
import type { Command } from 'commander';
import { KgError } from '../errors.ts';
import type { Claim, EndpointRef } from '../extract/claims.ts';

function name(e: EndpointRef): string {
  return e.ref === 'actor' ? e.label : `[${e.label}]`;
}

export function formatClaim(c: Claim): string {
  const extra = [c.condition && `condition: ${c.condition}`, c.strength && `strength: ${c.strength}`, c.cameo && `CAMEO ${c.cameo}`].filter(Boolean).join('; ');
  return `${name(c.source)} -${c.relation}-> ${name(c.target)}${extra ? `  (${extra})` : ''}\n      because: ${c.rule}`;
}

/** The file's bytes, or a usage error that says what is wrong with the path (a folder, nothing there). */
function readArticleFile(file: string): Buffer {
  let st;
  try {
    st = statSync(file);
  } catch {
    throw new KgError('USAGE', `${file}: no such file; give one article file (*.txt)`);
  }
  if (st.isDirectory()) throw new KgError('USAGE', `${file} is a folder; kg explain reads one article file (e.g. ${file.replace(/\/$/, '')}/story.txt)`);
  try {
    return readFileSync(file);
  } catch (err) {
    throw new KgError('USAGE', `${file}: cannot read it (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
}

export function registerExplain(program: Command): void {
  program
    .command('explain')
    .description('show each sentence of an article with the claims drawn from it and the rule behind each')
    .argument('<article>', 'article file')
    .option('--lexicon <dir>', 'lexicon folder (default: graph-data/lexicon)')
    .option('--only-claims', 'print only sentences that gave claims')
    .action(async (file: string, flags: { lexicon?: string; onlyClaims?: boolean }) => {
      // The extraction stack is loaded only by this command.
      const [{ parseArticle }, { extractArticle }, { loadLexicon }] = await Promise.all([
        import('../article/parse.ts'),
        import('../extract/extract-article.ts'),
        import('../extract/lexicon.ts'),
      ]);
      try {
        const article = parseArticle(readArticleFile(file), file);
        const { sentences, claims, skipped } = extractArticle(article, loadLexicon(flags.lexicon));
        console.log(`${article.title} (${article.date}) — ${sentences.length} sentences, ${claims.length} claims`);
        for (const s of sentences) {
          const mine = claims.filter((c) => c.evidence.sentence === s.index);
          if (flags.onlyClaims && !mine.length) continue;
          console.log(`\n[${s.index}] ${s.text}`);
          for (const c of mine) console.log(`  -> ${formatClaim(c)}`);
          for (const x of skipped.filter((k) => k.sentence === s.index)) {
            console.log(`  x  cue "${x.cue}" (${x.words}) gave no edge: ${x.reason}`);
          }
        }
      } catch (err) {
        if (err instanceof KgError) {
          console.error(`kg explain: ${(err as Error).message}`);
          process.exitCode = 2;
          return;
        }
        throw err;
      }
    });
}
