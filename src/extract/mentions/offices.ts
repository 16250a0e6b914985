// Whom a person of the lexicon speaks for on a given day: offices carry date ranges, so the same name reads as
// the state's voice while in office and as a private person before or after ("former President Trump" in 2023).
import type { ActorEntry } from '../lexicon-schema.ts';

/** The id of the actor `entry` represents on `date` (YYYY-MM-DD), or undefined. */
export function representsOn(entry: ActorEntry, date: string | undefined): string | undefined {
  if (!entry.offices.length || !date) return entry.represents;
  const held = entry.offices.find((o) => (!o.from || o.from <= date) && (!o.to || date < o.to));
  return held?.represents;
}
