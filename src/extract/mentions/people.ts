// The people of one article: full names met with a title, then the same person met by surname
// alone or misspelt ("Blnken" → Blinken), always resolved to one actor and the state they speak for.
import { distance } from 'fastest-levenshtein';
import type { ActorRef } from '../claims.ts';

export interface PersonRecord {
  ref: ActorRef;
  represents?: ActorRef;
  rule: string;
}

function surname(name: string): string {
  return name.trim().split(/\s+/).pop()!.toLowerCase();
}

export class PersonRegistry {
  private readonly byName = new Map<string, PersonRecord>();
  private readonly bySurname = new Map<string, PersonRecord>();

  /** Registers a person (or adds to one already known by surname); returns the canonical actor. */
  add(ref: ActorRef, fullName: string, role?: string, represents?: ActorRef): ActorRef {
    const existing = this.lookup(fullName);
    // Lexicon people are shared across articles and never changed here.
    if (existing?.ref.known) return existing.ref;
    if (existing) {
      if (!existing.represents && represents) existing.represents = represents;
      if (!existing.ref.role && role) existing.ref.role = role;
      // A fuller name becomes the label: "Sergei Ryabkov" over "Ryabkov".
      if (!existing.ref.known && fullName.length > existing.ref.label.length && fullName.toLowerCase().endsWith(existing.ref.label.toLowerCase())) {
        existing.ref.aliases.push(existing.ref.label);
        existing.ref.label = fullName;
      } else if (fullName !== existing.ref.label && !existing.ref.aliases.includes(fullName)) {
        existing.ref.aliases.push(fullName);
      }
      this.byName.set(fullName.toLowerCase(), existing);
      return existing.ref;
    }
    const record: PersonRecord = { ref, rule: role ? `person "${ref.label}" (title "${role}")` : `person "${ref.label}"` };
    if (represents) record.represents = represents;
    this.byName.set(fullName.toLowerCase(), record);
    const s = surname(fullName);
    if (!this.bySurname.has(s)) this.bySurname.set(s, record);
    return ref;
  }

  /** Sets whom a person of this article speaks for, over an earlier, weaker reading. */
  assign(name: string, represents: ActorRef): void {
    const record = this.byName.get(name.toLowerCase());
    if (record && !record.ref.known) record.represents = represents;
  }

  /** Registers a lexicon person met in the article, also by the family name written first ("Kim" of Kim Jong Un). */
  addKnown(ref: ActorRef, represents: ActorRef, familyName?: string): void {
    if (this.byName.has(ref.label.toLowerCase())) return;
    const record: PersonRecord = { ref, represents, rule: `lexicon person "${ref.label}"` };
    this.byName.set(ref.label.toLowerCase(), record);
    this.bySurname.set(surname(ref.label), record);
    if (familyName && !this.bySurname.has(familyName.toLowerCase())) this.bySurname.set(familyName.toLowerCase(), record);
  }

  /** Exact name, then surname, then a surname one typing slip away (for names of 5+ letters). */
  lookup(name: string): PersonRecord | undefined {
    const lower = name.toLowerCase();
    const exact = this.byName.get(lower);
    if (exact) return exact;
    const s = surname(name);
    const bySurname = this.bySurname.get(s);
    if (bySurname) return { ...bySurname, rule: `surname of "${bySurname.ref.label}"` };
    if (s.length >= 5 && !name.includes(' ')) {
      for (const [known, record] of this.bySurname) {
        if (Math.abs(known.length - s.length) <= 1 && distance(known, s) === 1) {
          if (!record.ref.known && !record.ref.aliases.includes(name)) record.ref.aliases.push(name);
          return { ...record, rule: `misspelling of "${record.ref.label}"` };
        }
      }
    }
    return undefined;
  }

  all(): PersonRecord[] {
    return [...new Set(this.byName.values())];
  }
}
