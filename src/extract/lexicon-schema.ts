// The documented format of the lexicon files in graph-data/lexicon/, as zod schemas: what a user may
// write, checked on load so that a bad entry gets an error naming the file, the entry and the field.
import { z } from 'zod';

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case letters, digits and hyphens');
const phrase = z.string().trim().min(1, 'must not be empty');

export const actorEntry = z.strictObject({
  id,
  label: phrase,
  type: z.enum(['state', 'alliance', 'organisation', 'bloc', 'person', 'group']),
  /** other names: capitals used as metonyms, abbreviations, full names ("Moscow", "Kremlin", "Russian Federation") */
  names: z.array(phrase).default([]),
  /** adjectives and nouns of nationality ("Russian", "Russians") */
  demonyms: z.array(phrase).default([]),
  /** for people and bodies: the actor id they speak for */
  represents: id.optional(),
  role: phrase.optional(),
  /** names that are actors only when written in this exact case (e.g. "US" but not "us") */
  caseSensitive: z.array(phrase).default([]),
  /** for people whose family name comes first ("Kim" of Kim Jong Un): the name used alone once the full name has been
   *  written in the article (too ambiguous to be a name of its own) */
  familyName: phrase.optional(),
  /** for people: offices with the dates they were held (YYYY-MM-DD, `to` exclusive); the article's date picks the one
   *  held then, and outside all of them the person represents no one. Without offices, `represents` always holds. */
  offices: z.array(z.strictObject({
    represents: id,
    role: phrase.optional(),
    from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'dates are YYYY-MM-DD').optional(),
    to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'dates are YYYY-MM-DD').optional(),
  })).default([]),
});

export const actorsFile = z.strictObject({
  $comment: z.string().optional(),
  actors: z.array(actorEntry),
});

export const roleEntry = z.strictObject({
  title: phrase,
  /** an office that names its state by itself ("Secretary of State" → united-states) */
  represents: id.optional(),
});

export const rolesFile = z.strictObject({
  $comment: z.string().optional(),
  /** office titles that precede a person's name ("Deputy Foreign Minister Sergei Ryabkov") */
  roles: z.array(roleEntry),
  /** collective nouns that stand for their state or body after a demonym or name ("U.S. officials", "the Russian side") */
  groups: z.array(phrase),
  /** non-state groups named after their country, who are not their state ("Rwandan rebels", "the Syrian opposition"); named
   *  alone ("the opposition", "Opposition parties") they are the groups of the state the article is about */
  factions: z.array(phrase).default([]),
  /** parts of a country's society or economy, actors only with their country's name ("German automakers", "Indian farmers") */
  sectors: z.array(phrase).default([]),
  /** the parts composed titles are made of ("presidential spokesman", "Deputy U.N. Ambassador"): a run of modifiers and heads ending in a head */
  titleWords: z.strictObject({ heads: z.array(phrase), modifiers: z.array(phrase) }).default({ heads: [], modifiers: [] }),
  /** words before a title that say its holder does not speak for the state now ("former", "retired") */
  notCurrent: z.array(phrase).default([]),
  /** nouns that name a body ("council", "commission"): "the council" is the last actor named whose name holds the noun */
  bodyNouns: z.array(phrase).default([]),
  /** offices of a government: a holder named without a country holds it for the state the article is about */
  homeOffices: z.array(phrase).default([]),
  /** kinds of organisation a name may follow ("the Mogadishu-based group Somali Public Agenda", "the think tank Chatham House") */
  orgKinds: z.array(phrase).default([]),
});

export const nonActorsFile = z.strictObject({
  $comment: z.string().optional(),
  /** news organisations and programmes: sources, not actors */
  outlets: z.array(phrase),
  /** capitalised words that are never actors: weekdays, months, titles alone */
  words: z.array(phrase),
  /** places used as venues of talks ("talks in Geneva"): not actors */
  venues: z.array(phrase),
});

export const RELATION_CUE_RELATIONS = ['demands', 'rejects', 'threatens', 'offers', 'accepts', 'supports', 'imposes', 'accuses', 'meets'] as const;

export const cueEntry = z.strictObject({
  id,
  relation: z.enum(RELATION_CUE_RELATIONS),
  /** CAMEO code (see corpus/cameo-roots.json) */
  cameo: z.string().regex(/^\d{2,4}$/),
  plover: z.string().regex(/^[A-Z]+$/),
  /**
   * Phrases that signal the relation. Words are matched case-insensitively; a trailing `*` matches any
   * ending ("demand*" → demand, demands, demanded); `_` stands for up to four words of any kind
   * ("hit _ with" → "hit hard with").
   */
  patterns: z.array(phrase).min(1),
  /** how the phrase relates its parts:
   *  active: subject is the source, object or complement the position ("Russia demands X")
   *  passive: subject is the target, the speaker or agent is the source ("Russia will be hit with sanctions")
   *  predicate: subject is the position, the holder is named after "for"/the speaker ("X is a red line for Moscow", "X is a non-starter")
   *  nominal: the cue is a noun; the source follows "of"/"by" or is a possessive ("demands of the United States that…")
   */
  voice: z.enum(['active', 'passive', 'predicate', 'nominal']).default('active'),
  /** the holder wants the position NOT to happen: the position is labelled "No …" ("X is a red line") */
  negates: z.boolean().default(false),
  /** demands only when it tells its addressee to do something ("pressed Iran to return"; "pushed us to a line" demands nothing) */
  needsInfinitive: z.boolean().default(false),
  /** the cue's own verb opens the position's label and its object is the addressee ("prevent Iran from acquiring a weapon") */
  labelFromCue: z.boolean().default(false),
  /** for passive cues: with no actor as subject, the subject phrase is the position the speaker wants ("talks must continue") */
  subjectIsPosition: z.boolean().default(false),
  /** an intention ("seeks to", "hopes to"): its "to" takes a verb ("looking to Trump to…" is no intention), and it counts
   *  only in its holder's own words or the writer's, not when another side ascribes it */
  intention: z.boolean().default(false),
  /** for nominal cues: the noun is itself the position its holder takes ("U.S. tariffs on steel": the U.S. imposes tariffs on steel) */
  namesPosition: z.boolean().default(false),
  /** for accuses: the relation read when the object is a position, not an actor ("condemned the delay" rejects it) */
  onPosition: z.enum(RELATION_CUE_RELATIONS).optional(),
  /** a strength to record on the edge ("red line", "non-starter") */
  strength: phrase.optional(),
});

export const relationsFile = z.strictObject({
  $comment: z.string().optional(),
  cues: z.array(cueEntry),
  /** words that cancel a cue when they govern it ("not", "never", "refused to" for positive cues) */
  negations: z.array(phrase),
  /** phrases that make a statement non-committal: no edge ("has not said whether", "may consider") */
  hedges: z.array(phrase),
  /** verbs of saying, for attribution ("said", "told", "added") */
  speech: z.array(phrase),
  /** verbs whose infinitive is their subject's own act: "will continue to exert pressure", "decided to impose" */
  carriers: z.array(phrase).default([]),
  /** negating governors: a position they govern is wanted not to happen ("an end to X", "reconsider X", "precluding X") */
  governors: z.array(phrase).default([]),
  /** words an infinitive completes ("persuade X to", "efforts to"): after them it is no purpose of the clause's subject */
  infinitiveTakers: z.array(phrase).default([]),
  /** verbs that give their object a predicate ("called the plan a disaster", "described the deal as a good step"): a
   *  predicate cue after one of them judges that object, and the verb's subject is the holder */
  callingVerbs: z.array(phrase).default([]),
  /** verbs whose object, a penalty noun, is their subject's own penalty ("ramped up sanctions on X", "is adding a levy on
   *  Y", "announced tariffs"): the subject imposes it, or threatens it when the verb is future or conditional */
  penaltyVerbs: z.array(phrase).default([]),
});

export const conceptEntry = z.strictObject({
  id,
  label: phrase,
  kind: z.enum(['demand', 'response']),
  category: phrase,
  /** phrases that name the position; same syntax as cue patterns */
  patterns: z.array(phrase).min(1),
  /** CAMEO code by relation, more precise than the cue's ({"demands": "1056"} for de-escalation) */
  cameo: z.partialRecord(z.enum(RELATION_CUE_RELATIONS), z.string().regex(/^\d{2,4}$/)).optional(),
  /** a penalty (sanctions, tariffs, "severe consequences"): said of the future, it is a threat by the speaker */
  penalty: z.boolean().default(false),
  /** a frame around other positions ("talks on X", "discussions about Y"): dropped when another concept follows it */
  frame: z.boolean().default(false),
  /** label when the holder wants it not to happen; default "No " + label */
  negatedLabel: phrase.optional(),
});

export const positionsFile = z.strictObject({
  $comment: z.string().optional(),
  concepts: z.array(conceptEntry),
});

export type ActorEntry = z.infer<typeof actorEntry>;
export type RoleEntry = z.infer<typeof roleEntry>;
export type CueEntry = z.infer<typeof cueEntry>;
export type ConceptEntry = z.infer<typeof conceptEntry>;
