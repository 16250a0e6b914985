// The JSON shapes every HTTP endpoint answers with, declared once for the server, its tests and the browser app.
// Nodes are `{key, attributes}`, lists are `{items, total}`; errors are `{error, message}` with the error code.
import type { ArticleMeta, EdgeAttributes, GraphAttributes } from '../graph/types.ts';
import type { KgErrorCode } from '../errors.ts';

export type {
  ArticleMeta,
  EdgeAttributes,
  Evidence,
  GraphAttributes,
  NodeAttributes,
  NodeKind,
  PositionRelation,
  Relation,
} from '../graph/types.ts';

export type {
  List,
  NodeItem,
  EdgeItem,
  NodeRef,
  GraphResponse,
  NodeHit,
  NodesResponse,
  NodeEdge,
  NodeDetailResponse,
  EvidenceTextsResponse,
  NeighborsResponse,
  Stance,
  Facing,
  ListedStance,
  ListedFacing,
  ActorPositionsResponse,
  Holder,
  Link,
  PositionViewResponse,
  PathStep,
  Path,
  PathsResponse,
  EdgesResponse,
  StatsResponse,
} from '../graph/queries/types.ts';
export type {
  StanceEvent,
  MatrixRow,
  MatrixColumn,
  MatrixCell,
  MatrixResponse,
  ShiftSide,
  Shift,
  ShiftsResponse,
  TimelineResponse,
} from '../graph/queries/stance-types.ts';
import type { EdgeItem, List, NodeItem } from '../graph/queries/types.ts';

/** Evidence in the display form: [article index, sentence], plus the date when it is not the article's. */
export type DisplayEvidence = [article: number, sentence: number] | [article: number, sentence: number, date: string];

/** [source index, target index, attributes], plus the key when it is not `source|relation|target`. */
export type DisplayEdgeEntry =
  | [source: number, target: number, attributes: DisplayEdgeAttributes]
  | [source: number, target: number, attributes: DisplayEdgeAttributes, key: string];

export type DisplayEdgeAttributes = Omit<EdgeAttributes, 'evidence' | 'firstDate' | 'lastDate'> & { evidence: DisplayEvidence[] };

/**
 * GET /api/graph?fields=display: the explorer's compact form of the graph (src/server/display-payload.ts). Node
 * and article references are indices into `nodes` and `articles`; no sentence text.
 */
export interface DisplayGraphResponse {
  attributes: GraphAttributes;
  /** article ids, the evidence's article indices point here */
  articles: string[];
  nodes: NodeItem[];
  edges: DisplayEdgeEntry[];
}

/** GET /api/articles: one item per article with how many edges it supports. */
export interface ArticleSummary extends ArticleMeta {
  edges: number;
  /** true for articles posted over HTTP (stored), false for those in the built graph */
  posted: boolean;
}
export type ArticlesResponse = List<ArticleSummary>;

export interface ArticleSentence {
  index: number;
  /** 0-based paragraph, when the full text is known */
  paragraph?: number;
  text: string;
  /** keys of the edges this sentence is evidence for */
  edges: string[];
}

/** GET /api/articles/:id */
export interface ArticleDetailResponse {
  article: ArticleSummary;
  /**
   * `text`: every sentence, from the article's stored text or source file;
   * `evidence`: only the sentences that are evidence (the article's text is not available to the server).
   */
  sentencesFrom: 'text' | 'evidence';
  sentences: List<ArticleSentence>;
  edges: List<EdgeItem>;
}

/** POST /api/articles (201) */
export interface PostArticleResponse {
  article: ArticleMeta;
  added: {
    /** nodes the article created */
    nodes: NodeItem[];
    /** edges the article created */
    edges: EdgeItem[];
    /** keys of existing edges the article added evidence to */
    reinforced: string[];
  };
  warnings: string[];
}

/** DELETE /api/articles/:id (200) */
export interface DeleteArticleResponse {
  article: ArticleMeta;
  removed: { nodes: string[]; edges: string[]; evidence: number };
}

/** The library's error codes (src/errors.ts) plus the two only HTTP has. */
export type ErrorCode = KgErrorCode | 'UNSUPPORTED_MEDIA_TYPE' | 'INTERNAL' | 'FORBIDDEN' | 'UNAUTHORIZED';

/** Every error answer. `param` names the bad query/path parameter; `line`/`reason` locate a malformed article. */
export interface ErrorResponse {
  error: ErrorCode;
  message: string;
  param?: string;
  line?: number;
  reason?: string;
}

/** Filters shared by GET /api/graph and the export endpoints (query strings; lists are comma-separated). */
export interface GraphFilterQuery {
  kind?: string;
  relation?: string;
  actor?: string;
  from?: string;
  to?: string;
  article?: string;
  q?: string;
}

/** One sentence's reason for an edge: the lexicon entry or rule that produced its claim, as `kg explain` prints it. */
export interface EdgeRule {
  article: string;
  sentence: number;
  rule: string;
  condition?: string;
  cameo?: string;
}

/** GET /api/edges/:key/rule: why an edge exists, re-extracted from (at most ten of) the articles it cites. */
export interface EdgeRuleResponse {
  edge: string;
  relation: EdgeAttributes['relation'];
  source: string;
  target: string;
  rules: EdgeRule[];
  /** evidence sentences whose rule could not be found, and why */
  unexplained: Array<{ article: string; sentence: number; reason: string }>;
  articlesTotal: number;
  articlesExplained: number;
}
