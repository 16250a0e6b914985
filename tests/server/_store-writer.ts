// Child process for the crash tests: posts articles post0, post1, … to a SQLite store, reporting each on stdout,
// and kills itself with SIGKILL inside the write of post<N> at the given step (the store's fault hook), so the
// crash lands exactly where the test says on any machine. `delete` deletes base article "base<N>" instead;
// `delete-posted` posts three articles, then deletes post0, post1, … and crashes inside the delete of post<N>.
import { SqliteStore, type WriteStep } from '../../src/server/sqlite-store.ts';

const [dir, crashAt, step, mode] = process.argv.slice(2) as [string, string, WriteStep, string | undefined];
const victim = mode === 'delete' ? `base${crashAt}` : `post${crashAt}`;
let armed = mode !== 'delete-posted';
const store = new SqliteStore(dir, {
  fault: (at, id) => {
    if (armed && at === step && id === victim) process.kill(process.pid, 'SIGKILL');
  },
});
for (let n = 0; ; n++) {
  if (mode === 'delete') {
    await store.deleteArticle(`base${n}`, false);
  } else if (mode === 'delete-posted' && n >= 3) {
    armed = true;
    await store.deleteArticle(`post${n - 3}`, true);
  } else {
    const id = `post${n}`;
    const sentences = Array.from({ length: 50 }, (_, i) => `Sentence ${i} of ${id}.`);
    const claims = sentences.map((text, i) => ({
      relation: 'demands' as const,
      source: { ref: 'actor' as const, id: `a${i}`, label: `Actor ${i}`, actorType: 'state' as const, aliases: [], known: false },
      target: { ref: 'position' as const, id: `p${i}`, label: `Position ${i}`, kind: 'demand' as const, category: 'x' },
      evidence: { article: id, sentence: i, text, date: '2024-01-01' },
      rule: 'test',
    }));
    const meta = { id, title: `Title ${n}`, date: '2024-01-01', url: `https://example.org/${n}`, sentences: sentences.length };
    const text = `Title ${n}\n20240101\nhttps://example.org/${n}\n${sentences.join(' ')}`;
    await store.addArticle({ meta, text, sentences: sentences.map((s) => ({ text: s, paragraph: 0 })), claims });
  }
  process.stdout.write(`saved ${n}\n`);
}
