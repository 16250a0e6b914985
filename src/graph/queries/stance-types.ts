// Result shapes of the stance queries (matrix, shifts, timeline): who stands where on which position and when it
// changed. Kept apart from types.ts so the stance views can grow without touching the other answers.
import type { ActorType, PositionRelation } from '../types.ts';
import type { NodeRef } from './types.ts';

/** One dated sentence in which an actor takes a stance on a position. */
export interface StanceEvent {
  date: string;
  relation: PositionRelation;
  /** the row's actor (the state a person is folded into, or the person when kept apart) */
  actor: NodeRef;
  /** who said or did it: the actor itself or one representing it */
  via: NodeRef;
  position: NodeRef;
  edge: string;
  article: string;
  sentence: number;
  text: string;
}

/** A matrix row: an actor, with the people folded into it that took a stance. */
export interface MatrixRow extends NodeRef {
  actorType?: ActorType;
  /** representatives whose stances this row counts (empty when people are kept apart) */
  members: NodeRef[];
  /** stance sentences in this row */
  evidence: number;
}

/** A matrix column: a demand or response. */
export interface MatrixColumn extends NodeRef {
  category?: string;
  evidence: number;
}

/** A non-empty cell: the row actor's stances on the column position. */
export interface MatrixCell {
  /** indices into `rows` and `columns` */
  row: number;
  column: number;
  /** stance sentences per relation */
  counts: Partial<Record<PositionRelation, number>>;
  /** the most recent stance (latest date; within a day, the later article and sentence) */
  latest: { relation: PositionRelation; date: string; article: string; sentence: number; text: string };
  /** stance sentences in all */
  evidence: number;
  /** the stance edges behind the cell (GET /api/edges lists their evidence) */
  edges: string[];
}

/** GET /api/matrix */
export interface MatrixResponse {
  /** true when people and offices are counted in the state or organisation they represent */
  fold: boolean;
  /** how rows and columns are ordered */
  ordering: string;
  rows: MatrixRow[];
  columns: MatrixColumn[];
  cells: MatrixCell[];
  /** rows, columns and cells before the `rows`/`columns` limits (the busiest are kept) */
  totals: { rows: number; columns: number; cells: number };
}

/** One side of a shift: the stances of one day. */
export interface ShiftSide {
  date: string;
  relations: PositionRelation[];
  events: StanceEvent[];
}

/** An actor's stance on a position that changed between two days on which it was reported. */
export interface Shift {
  actor: NodeRef;
  position: NodeRef;
  before: ShiftSide;
  after: ShiftSide;
}

/** GET /api/shifts: newest first. */
export interface ShiftsResponse {
  fold: boolean;
  items: Shift[];
  total: number;
}

/** GET /api/timeline: oldest first, the order of a date axis. */
export interface TimelineResponse {
  actor: NodeRef | null;
  position: NodeRef | null;
  /** the actor's representatives whose stances are included */
  members: NodeRef[];
  items: StanceEvent[];
  total: number;
}
