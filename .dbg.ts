import { tokenize } from './src/extract/tokens.ts';
import { loadLexicon } from './src/extract/lexicon.ts';
import { findMentions } from './src/extract/mentions.ts';
import { PersonRegistry } from './src/extract/people.ts';
import { learnAllegiances } from './src/extract/allegiance.ts';
import { lazySyntax } from './src/extract/syntax/sentence.ts';
const lex = loadLexicon();
for (const s of process.argv.slice(2)) {
  const t = tokenize(s); const p = new PersonRegistry();
  const ms = findMentions(t, { lexicon: lex, people: p });
  const tags = lazySyntax(s, t).tags;
  console.log(t.map((x, i) => `${x.text}/${tags()[i]}`).join(' '));
  console.log(ms.map(m => `${m.text}[${m.start},${m.end}]${m.possessive?'P':''}${m.modifier?'M':''}->${m.actor?.label}`).join(' | '));
  console.log(learnAllegiances(t, ms, lex, p, tags));
}
