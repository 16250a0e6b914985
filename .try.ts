// usage: npx tsx /work/tools/try.ts "sentence" ["sentence"...]  — prints the claims of a one-article text
import { parseArticle } from '/work/main/src/article/parse.ts';
import { extractArticle } from '/work/main/src/extract/extract-article.ts';
import { loadLexicon } from '/work/main/src/extract/lexicon.ts';
const lex = loadLexicon();
const body = process.argv.slice(2).join('\n');
const art = parseArticle(Buffer.from(`T\n20250101\nhttp://x\n${body}\n`), 'try.txt');
const r = extractArticle(art, lex);
for (const c of r.claims) console.log(`${c.evidence.sentence}: ${c.source.label} -${c.relation}-> ${c.target.label}   [${c.rule}]${c.condition ? ' if: ' + c.condition : ''}`);
if (process.env.SKIP) for (const s of r.skipped) console.log(`  skipped ${s.sentence}: ${s.cue} "${s.words}": ${s.reason}`);
