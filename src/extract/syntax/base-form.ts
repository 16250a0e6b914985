// The base form of a verb ("froze" → "freeze", "banned" → "ban"), for labels that open with the verb of their cue
// ("Freeze the assets of …"). compromise conjugates.
import { compromise } from './compromise.ts';

const cache = new Map<string, string>();

/** The verb's base form, in the case it was written in; the word itself when compromise knows no verb in it. */
export function baseForm(verb: string): string {
  const cached = cache.get(verb);
  if (cached !== undefined) return cached;
  // A frame sentence makes compromise read the word as a verb ("closed" alone reads as an adjective).
  const doc = compromise()(`they ${verb.toLowerCase()} it`);
  doc.verbs().toInfinitive();
  const base = doc.text().replace(/^they /, '').replace(/ it$/, '');
  const out = !base || base.includes(' ') ? verb : /^\p{Lu}/u.test(verb) ? base[0]!.toUpperCase() + base.slice(1) : base;
  cache.set(verb, out);
  return out;
}
