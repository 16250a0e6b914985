// The state an article is about, when one clearly dominates its mentions: a minister or president the text
// names without a country ("Finance Minister X said…" in a story about Pakistan) holds that state's office.
// Event coders resolve such agents to the story's country the same way; where no state dominates, nothing is
// assumed.
import type { ActorRef } from '../claims.ts';
import type { Lexicon } from '../lexicon.ts';
import { factionRef, type Mention } from './mentions.ts';
import type { PersonRegistry } from './people.ts';

/** A state dominates when it has at least this many mentions and this many times the next state's. */
const MIN_MENTIONS = 4;
const DOMINANCE = 2.5;

export function homeState(mentions: Mention[][]): ActorRef | null {
  const counts = new Map<string, { actor: ActorRef; n: number }>();
  for (const m of mentions.flat()) {
    const a = m.actor;
    if (!a || a.actorType !== 'state') continue;
    const c = counts.get(a.id) ?? { actor: a, n: 0 };
    c.n++;
    counts.set(a.id, c);
  }
  const [first, second] = [...counts.values()].sort((x, y) => y.n - x.n);
  if (!first || first.n < MIN_MENTIONS || (second && first.n < DOMINANCE * second.n)) return null;
  return first.actor;
}

/** Gives the home state to the article's people whose office belongs to a government and who speak for no one yet; returns their names. */
export function assignHomeState(people: PersonRegistry, home: ActorRef, lexicon: Lexicon): string[] {
  const assigned: string[] = [];
  for (const record of people.all()) {
    const role = record.ref.role?.toLowerCase();
    if (record.represents || record.ref.known || !role) continue;
    if (!lexicon.homeOffices.some((office) => role === office || role.endsWith(` ${office}`))) continue;
    if (role.split(/\s+/).some((w) => lexicon.notCurrent.has(w))) continue;
    people.assign(record.ref.label, home);
    assigned.push(record.ref.label);
  }
  return assigned;
}

/**
 * Places the factions an article names alone ("the opposition", "rebels") in its home state: "Pakistani opposition
 * parties", known also by the words of the text. Without a home state they are nobody's, and are dropped.
 */
export function placeFactions(mentions: Mention[][], home: ActorRef | null, lexicon: Lexicon): Mention[][] {
  const demonym = home ? lexicon.actors.get(home.id)?.demonyms[0] ?? home.label : '';
  return mentions.map((ms) =>
    ms.flatMap((m) => {
      if (!m.faction) return [m];
      if (!home) return [];
      const actor = factionRef(home.id, demonym, m.faction);
      return [{ ...m, actor: { ...actor, aliases: [m.faction] }, rule: `${m.rule}: ${home.label}` }];
    }),
  );
}
