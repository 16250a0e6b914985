// Turns lexicon entries and names found in text into the ActorRef of the claim contract.
import type { ActorRef } from './claims.ts';
import type { ActorEntry } from './lexicon-schema.ts';
import { slug } from '../graph/keys.ts';

export function refFromEntry(entry: ActorEntry): ActorRef {
  const ref: ActorRef = {
    ref: 'actor',
    id: entry.id,
    label: entry.label,
    actorType: entry.type,
    aliases: [...entry.names, ...entry.caseSensitive],
    known: true,
  };
  if (entry.role) ref.role = entry.role;
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
