// Turns lexicon entries and names found in text into the ActorRef of the claim contract.
import type { ActorRef } from '../claims.ts';
import type { ActorEntry } from '../lexicon-schema.ts';
import { slug } from '../../graph/keys.ts';

// One frozen ref per lexicon entry: claims share it (a worker's message then carries it once), and
// nothing downstream can change a lexicon actor for the next article by accident.
const byEntry = new WeakMap<ActorEntry, ActorRef>();

export function refFromEntry(entry: ActorEntry): ActorRef {
  const cached = byEntry.get(entry);
  if (cached) return cached;
  const ref: ActorRef = {
    ref: 'actor',
    id: entry.id,
    label: entry.label,
    actorType: entry.type,
    aliases: [...entry.names, ...entry.caseSensitive],
    known: true,
  };
  if (entry.role) ref.role = entry.role;
  Object.freeze(ref.aliases);
  byEntry.set(entry, Object.freeze(ref));
  return ref;
}

export function personRef(fullName: string, role?: string): ActorRef {
  const ref: ActorRef = { ref: 'actor', id: slug(fullName), label: fullName, actorType: 'person', aliases: [], known: false };
  if (role) ref.role = role;
  return ref;
}

export function organisationRef(name: string, type: ActorRef['actorType'] = 'organisation'): ActorRef {
  return { ref: 'actor', id: slug(name), label: name, actorType: type, aliases: [], known: false };
}
