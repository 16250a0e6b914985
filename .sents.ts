// npx tsx sents.ts ARTICLE — prints each sentence with its claims and skipped cues
import { readFileSync } from 'node:fs';
import { parseArticle } from '/work/main/src/article/parse.ts';
import { extractArticle } from '/work/main/src/extract/extract-article.ts';
import { loadLexicon } from '/work/main/src/extract/lexicon.ts';
const f = process.argv[2]!;
const r = extractArticle(parseArticle(readFileSync(f), f), loadLexicon());
r.sentences.forEach((s, k) => {
  console.log(`\n[${k}] ${s.text}`);
  for (const c of r.claims.filter((c) => c.evidence.sentence === k)) console.log(`   + ${c.source.label} -${c.relation}-> ${c.target.label}   [${c.rule}]`);
  for (const x of r.skipped.filter((x) => x.sentence === k)) console.log(`   - ${x.cue} "${x.words}": ${x.reason}`);
});
