// The OpenAPI 3.1 description of the HTTP API, served at /api/openapi.json: every endpoint, its parameters
// (with the same limits the validators enforce) and the shape of its answers.
import { RELATIONS } from '../graph/types.ts';
import { STANCE_SCHEMAS, stancePaths } from './openapi-stances.ts';

type Schema = Record<string, unknown>;
const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const listOf = (item: Schema): Schema => ({
  type: 'object',
  required: ['items', 'total'],
  properties: { items: { type: 'array', items: item }, total: { type: 'integer', minimum: 0 } },
});
const csv = (values: readonly string[]): Schema => ({ type: 'string', description: `comma-separated list of: ${values.join(', ')}` });
const date: Schema = { type: 'string', description: 'YYYY-MM-DD (or YYYYMMDD)', examples: ['2022-01-10'] };
const int = (minimum: number, maximum: number, dflt?: number): Schema => ({ type: 'integer', minimum, maximum, ...(dflt !== undefined ? { default: dflt } : {}) });

function q(name: string, schema: Schema, description: string, required = false): Schema {
  return { name, in: 'query', required, description, schema };
}
function p(name: string, description: string): Schema {
  return { name, in: 'path', required: true, description, schema: { type: 'string' } };
}

const FILTERS = [
  q('kind', csv(['actor', 'demand', 'response']), 'keep only nodes of these kinds (and edges between them)'),
  q('relation', csv(RELATIONS), 'keep only edges with these relations'),
  q('actor', { type: 'string' }, "an actor's key, label or alias: keep its ego network (its representatives, and theirs, count as it) and who holds or opposes the positions aimed at it"),
  q('from', date, 'keep evidence dated on or after this day'),
  q('to', date, 'keep evidence dated on or before this day'),
  q('article', { type: 'string' }, 'comma-separated article ids: keep their evidence'),
  q('q', { type: 'string', maxLength: 200 }, 'keep nodes whose label or alias contains this text (case- and accent-insensitive), with their neighbours'),
];

const error = (description: string): Schema => ({ description, content: { 'application/json': { schema: ref('Error') } } });
const ok = (schema: Schema, description = 'OK'): Schema => ({ description, content: { 'application/json': { schema } } });
const BAD = error('a parameter is invalid; `param` names it');
const MISSING = error('no such node, actor, position or article');

function download(type: string, description: string): Schema {
  return { description, headers: { 'Content-Disposition': { schema: { type: 'string' }, description: 'attachment; filename=...' } }, content: { [type]: { schema: { type: 'string' } } } };
}

export function openApiDocument(): Schema {
  return {
    openapi: '3.1.0',
    info: {
      title: 'negotiation-kg HTTP API',
      version: '0.1.0',
      description:
        'Query the negotiation knowledge graph: who demands, rejects, threatens, offers or concedes what from whom, each edge backed by the sentences it came from. Nodes are {key, attributes}; lists are {items, total}; errors are {error, message}.',
    },
    paths: {
      '/api/graph': {
        get: {
          summary: "The (filtered) graph in graphology serialization; a filtered graph's attributes.articles are the articles its evidence cites",
          parameters: [
            ...FILTERS,
            q('fields', { type: 'string', enum: ['all', 'display'], default: 'all' }, "display: the browser app's compact form (DisplayGraph): nodes and articles referred to by index, no sentence text (loaded per node from /api/nodes/{key}/evidence)"),
          ],
          responses: { 200: ok({ oneOf: [ref('Graph'), ref('DisplayGraph')] }, 'Graph (fields=all), DisplayGraph (fields=display)'), 400: BAD, 404: MISSING },
        },
      },
      '/api/nodes/{key}/evidence': {
        get: {
          summary: "The sentence text of every edge a node's details show (its edges, its representatives' edges, other holders of positions aimed at it), by edge key",
          parameters: [p('key', 'node key, label or alias, e.g. actor:russia or Moscow')],
          responses: {
            200: ok({
              type: 'object',
              required: ['key', 'edges'],
              properties: {
                key: { type: 'string' },
                edges: {
                  type: 'object',
                  additionalProperties: {
                    type: 'array',
                    description: 'the first 100 sentences of each edge',
                    items: { type: 'object', required: ['article', 'sentence', 'text'], properties: { article: { type: 'string' }, sentence: { type: 'integer' }, text: { type: 'string' } } },
                  },
                },
                evidenceTotals: { type: 'object', additionalProperties: { type: 'integer' }, description: 'for edges with more than 100 sentences, how many they have (GET /api/edges pages them)' },
              },
            }),
            400: BAD,
            404: MISSING,
          },
        },
      },
      '/api/nodes': {
        get: {
          summary: 'Search node labels and aliases (case- and accent-insensitive), best match first',
          parameters: [
            q('q', { type: 'string', maxLength: 200 }, 'text to look for; omit to list all nodes by degree'),
            q('kind', csv(['actor', 'demand', 'response']), 'restrict to these kinds'),
            q('limit', int(1, 1000, 50), 'page size'),
            q('offset', int(0, 1e9, 0), 'page start'),
          ],
          responses: { 200: ok(listOf({ allOf: [ref('Node'), { type: 'object', properties: { degree: { type: 'integer' }, match: { type: 'string' } } }] })), 400: BAD },
        },
      },
      '/api/nodes/{key}': {
        get: {
          summary: 'A node with its degree and its edges grouped by relation (the first `limit` of each, most evidence first; edgeTotals counts them all)',
          parameters: [p('key', 'node key, e.g. actor:russia'), q('limit', int(1, 10000, 50), 'edges listed per relation')],
          responses: { 200: ok(ref('NodeDetail')), 400: BAD, 404: MISSING },
        },
      },
      '/api/nodes/{key}/neighbors': {
        get: {
          summary: 'Nodes within depth steps (the nearest, best-connected `limit` of them), and the walked edges between them and the centre; totals count the whole neighbourhood',
          parameters: [
            p('key', 'node key'),
            q('depth', int(1, 3, 1), 'how many steps'),
            q('relation', csv(RELATIONS), 'follow only these relations'),
            q('direction', { type: 'string', enum: ['in', 'out', 'both'], default: 'both' }, 'edge direction to follow'),
            q('limit', int(1, 10000, 100), 'nodes listed: by distance, then degree (highest first), then key'),
          ],
          responses: { 200: ok(ref('Neighbors')), 400: BAD, 404: MISSING },
        },
      },
      '/api/actors/{key}/positions': {
        get: {
          summary:
            'What an actor (or anyone representing it, or representing them) demands, rejects, threatens, offers, accepts, supports, imposes, and what is aimed at it: one page of each, newest first, with counts',
          parameters: [
            p('key', 'actor key, label or alias, e.g. actor:russia or Moscow'),
            q('limit', int(1, 1000, 10), 'page size of holds and of facing (each paged on its own)'),
            q('offset', int(0, 1e9, 0), 'page start in holds and in facing'),
            q('evidence', int(0, 1000, 1), 'evidence sentences listed per stance and per facing position (evidenceTotal counts them all)'),
            q('relation', csv(['demands', 'rejects', 'threatens', 'offers', 'accepts', 'supports', 'imposes']), 'list only stances with these relations (byRelation still counts all)'),
          ],
          responses: { 200: ok(ref('ActorPositions')), 400: BAD, 404: MISSING },
        },
      },
      '/api/positions/{key}': {
        get: {
          summary: 'Who holds, opposes and is targeted by a demand or response, and what answers it',
          parameters: [p('key', 'position key, label or alias')],
          responses: { 200: ok(ref('PositionView')), 404: MISSING },
        },
      },
      '/api/paths': {
        get: {
          summary: 'Every shortest path between two nodes (edges walked both ways unless directed=true)',
          parameters: [
            q('from', { type: 'string' }, 'node key, label or alias', true),
            q('to', { type: 'string' }, 'node key, label or alias', true),
            q('maxLength', int(1, 8, 6), 'longest path to look for'),
            q('directed', { type: 'boolean', default: false }, 'follow edges only in their direction'),
            q('limit', int(1, 100, 20), 'at most this many paths; total counts them all and truncated says some were left out'),
          ],
          responses: { 200: ok(ref('Paths')), 400: BAD, 404: MISSING },
        },
      },
      '/api/edges': {
        get: {
          summary: 'Edges with their evidence, newest first',
          parameters: [
            q('source', { type: 'string' }, 'source node key, label or alias'),
            q('target', { type: 'string' }, 'target node key, label or alias'),
            q('relation', csv(RELATIONS), 'only these relations'),
            q('from', date, 'evidence on or after'),
            q('to', date, 'evidence on or before'),
            q('article', { type: 'string' }, 'comma-separated article ids'),
            q('limit', int(1, 10000, 500), 'page size'),
            q('offset', int(0, 1e9, 0), 'page start'),
            q('evidence', int(1, 10000, 100), "evidence sentences per edge (an edge whose list is cut has evidenceTotal)"),
            q('evidenceOffset', int(0, 1e9, 0), "first evidence sentence of each edge's page"),
          ],
          responses: { 200: ok(listOf(ref('Edge'))), 400: BAD, 404: MISSING },
        },
      },
      '/api/edges/{key}/rule': {
        get: {
          summary: 'Why an edge exists: the lexicon entry or rule behind each evidence sentence, as `kg explain` prints it (re-extracted from at most ten of its articles)',
          parameters: [p('key', 'edge key, source|relation|target, e.g. actor:russia|demands|position:no-nato-enlargement')],
          responses: {
            200: ok({
              type: 'object',
              required: ['edge', 'relation', 'source', 'target', 'rules', 'unexplained', 'articlesTotal', 'articlesExplained'],
              properties: {
                edge: { type: 'string' },
                relation: { type: 'string', enum: [...RELATIONS] },
                source: { type: 'string' },
                target: { type: 'string' },
                rules: {
                  type: 'array',
                  items: {
                    type: 'object',
                    required: ['article', 'sentence', 'rule'],
                    properties: { article: { type: 'string' }, sentence: { type: 'integer' }, rule: { type: 'string' }, condition: { type: 'string' }, cameo: { type: 'string' } },
                  },
                },
                unexplained: {
                  type: 'array',
                  items: { type: 'object', required: ['article', 'sentence', 'reason'], properties: { article: { type: 'string' }, sentence: { type: 'integer' }, reason: { type: 'string' } } },
                },
                articlesTotal: { type: 'integer' },
                articlesExplained: { type: 'integer' },
              },
            }),
            400: BAD,
            404: error('no such edge'),
          },
        },
      },
      '/api/articles': {
        get: {
          summary: 'Articles in the graph, newest first, with how many edges each supports',
          parameters: [q('limit', int(1, 10000, 1000), 'page size'), q('offset', int(0, 1e9, 0), 'page start')],
          responses: { 200: ok(listOf(ref('ArticleSummary'))), 400: BAD },
        },
        post: {
          summary: 'Add an article: extract, merge, persist',
          parameters: [
            q('id', { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$' }, 'article id (default: date and a digest of the text)'),
            q('dryRun', { type: 'boolean', default: false }, 'answer 200 with what the article would add, and store nothing'),
          ],
          requestBody: {
            required: true,
            content: {
              'text/plain': { schema: { type: 'string', description: 'line 1 title, line 2 date YYYYMMDD, line 3 URL, then one paragraph per line; at most 1 MB' } },
              'application/json': {
                schema: {
                  oneOf: [
                    { type: 'object', required: ['text'], properties: { id: { type: 'string' }, text: { type: 'string' } } },
                    {
                      type: 'object',
                      required: ['title', 'date', 'url', 'body'],
                      properties: { id: { type: 'string' }, title: { type: 'string' }, date: date, url: { type: 'string' }, body: { oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] } },
                    },
                  ],
                },
              },
            },
          },
          responses: {
            200: ok(ref('PostArticle'), 'dryRun=true: what the article would add; nothing stored'),
            201: ok(ref('PostArticle'), 'added; Location names the article'),
            400: error('malformed article: `line` and `reason` say where and why; the graph is unchanged'),
            401: error('the server has a write token and the request did not send it (Authorization: Bearer)'),
            403: error('sent from a page on another site (Origin / Sec-Fetch-Site), or to a Host name the server does not answer as'),
            409: error('an article with this id, in any case, is already in the graph'),
            413: error('article over the size limit; the graph is unchanged'),
            415: error('body is neither text/plain nor application/json'),
          },
        },
      },
      '/api/articles/{id}': {
        get: {
          summary: "An article's metadata, its sentences, and which sentence produced which edge",
          parameters: [
            p('id', 'article id (file name without .txt)'),
            q('limit', int(1, 10000, 1000), 'sentences per page'),
            q('offset', int(0, 1e9, 0), 'first sentence of the page; edges are those of the page\'s sentences'),
          ],
          responses: { 200: ok(ref('ArticleDetail')), 400: BAD, 404: MISSING },
        },
        delete: {
          summary: 'Remove an article and whatever only it supported',
          parameters: [p('id', 'article id')],
          responses: { 200: ok(ref('DeleteArticle')), 401: error('write token missing or wrong'), 403: error('sent from a page on another site'), 404: MISSING },
        },
      },
      '/api/stats': {
        get: {
          summary: 'Counts by kind and relation, top actors by degree, date range',
          parameters: [q('top', int(1, 100, 10), 'how many top actors')],
          responses: { 200: ok(ref('Stats')), 400: BAD },
        },
      },
      '/api/export.gexf': {
        get: {
          summary: 'GEXF for Gephi: typed attributes, viz colour/size/position, time as spells from evidence dates',
          parameters: [
            ...FILTERS,
            q('version', { type: 'string', enum: ['1.3', '1.2', '1.2draft'], default: '1.3' }, 'GEXF version (1.2 = 1.2draft, what NetworkX reads)'),
            q('time', { type: 'string', enum: ['events', 'cumulative', 'static'], default: 'events' }, 'events: an edge lives on each day it is reported; cumulative: from its first report on; static: no time'),
            q(
              'layout',
              { type: 'string', enum: ['auto', 'forceatlas2', 'none'], default: 'auto' },
              'auto: the stored layout when every node has one, else ForceAtlas2 up to 5,000 nodes, else a deterministic spiral (best-connected nodes in the middle); forceatlas2: ForceAtlas2 whatever the size (slow on large graphs); none: no positions',
            ),
          ],
          responses: { 200: download('application/gexf+xml', 'negotiation-kg.gexf'), 400: BAD, 404: MISSING },
        },
      },
      '/api/export.graphml': { get: { summary: 'GraphML (NetworkX, yEd, Cytoscape)', parameters: FILTERS, responses: { 200: download('application/graphml+xml', 'negotiation-kg.graphml'), 400: BAD, 404: MISSING } } },
      '/api/export.json': { get: { summary: 'graphology JSON (what kg serve --graph reads)', parameters: FILTERS, responses: { 200: download('application/json', 'negotiation-kg.json'), 400: BAD, 404: MISSING } } },
      '/api/export.csv': {
        get: {
          summary: 'CSV (RFC 4180) of nodes, edges, or evidence (one row per supporting sentence)',
          parameters: [...FILTERS, q('part', { type: 'string', enum: ['nodes', 'edges', 'evidence'], default: 'edges' }, 'which table')],
          responses: { 200: download('text/csv', 'negotiation-kg-<part>.csv'), 400: BAD, 404: MISSING },
        },
      },
      ...stancePaths(FILTERS),
      '/api/openapi.json': { get: { summary: 'This document', responses: { 200: ok({ type: 'object' }) } } },
    },
    components: { schemas: { ...SCHEMAS, ...STANCE_SCHEMAS } },
  };
}

const evidence: Schema = {
  type: 'object',
  required: ['article', 'sentence', 'text', 'date'],
  properties: { article: { type: 'string' }, sentence: { type: 'integer', description: '0-based sentence index in the article' }, text: { type: 'string' }, date: { type: 'string' } },
};
const nodeRef: Schema = { type: 'object', required: ['key', 'label', 'kind'], properties: { key: { type: 'string' }, label: { type: 'string' }, kind: { type: 'string', enum: ['actor', 'demand', 'response'] } } };
const dated = { evidence: { type: 'array', items: ref('Evidence') }, firstDate: { type: 'string' }, lastDate: { type: 'string' } };

const SCHEMAS: Record<string, Schema> = {
  Error: {
    type: 'object',
    required: ['error', 'message'],
    properties: { error: { type: 'string' }, message: { type: 'string' }, param: { type: 'string' }, line: { type: 'integer' }, reason: { type: 'string' } },
  },
  Evidence: evidence,
  NodeRef: nodeRef,
  Node: {
    type: 'object',
    required: ['key', 'attributes'],
    properties: {
      key: { type: 'string' },
      attributes: {
        type: 'object',
        required: ['kind', 'label', 'aliases'],
        properties: {
          kind: { type: 'string', enum: ['actor', 'demand', 'response'] },
          label: { type: 'string' },
          aliases: { type: 'array', items: { type: 'string' } },
          actorType: { type: 'string' },
          role: { type: 'string' },
          known: { type: 'boolean' },
          category: { type: 'string' },
          concept: { type: 'string' },
        },
      },
    },
  },
  Edge: {
    type: 'object',
    required: ['key', 'source', 'target', 'attributes'],
    properties: {
      key: { type: 'string', description: 'source|relation|target' },
      source: { type: 'string' },
      target: { type: 'string' },
      evidenceTotal: { type: 'integer', description: 'present when attributes.evidence lists only some of the sentences: how many there are (GET /api/edges?evidenceOffset= pages them)' },
      attributes: {
        type: 'object',
        required: ['relation', 'evidence', 'firstDate', 'lastDate'],
        properties: { relation: { type: 'string', enum: [...RELATIONS] }, cameo: { type: 'string' }, plover: { type: 'string' }, condition: { type: 'string' }, strength: { type: 'string' }, ...dated },
      },
    },
  },
  Graph: {
    type: 'object',
    required: ['attributes', 'options', 'nodes', 'edges'],
    properties: { attributes: { type: 'object' }, options: { type: 'object' }, nodes: { type: 'array', items: ref('Node') }, edges: { type: 'array', items: ref('Edge') } },
  },
  DisplayGraph: {
    type: 'object',
    description: "The explorer's compact form of the graph: what the full form repeats or can derive is left out.",
    required: ['attributes', 'articles', 'nodes', 'edges'],
    properties: {
      attributes: { type: 'object' },
      articles: { type: 'array', items: { type: 'string' }, description: 'article ids; evidence refers to them by index' },
      nodes: { type: 'array', items: ref('Node') },
      edges: {
        type: 'array',
        description:
          '[source index, target index, attributes, key?]: indices into nodes; key only when it is not source|relation|target; attributes as an Edge\'s but without firstDate/lastDate, and evidence as [article index, sentence, date?] (date only when it is not the article\'s)',
        items: { type: 'array', minItems: 3, maxItems: 4 },
      },
    },
  },
  NodeDetail: {
    allOf: [
      ref('Node'),
      {
        type: 'object',
        properties: {
          degree: { type: 'object', properties: { in: { type: 'integer' }, out: { type: 'integer' }, total: { type: 'integer' } } },
          edges: { type: 'object', description: 'relation → the first `limit` edges, each with direction (in|out) and other (NodeRef)', additionalProperties: { type: 'array', items: ref('Edge') } },
          edgeTotals: { type: 'object', description: 'relation → how many edges the node has', additionalProperties: { type: 'integer' } },
        },
      },
    ],
  },
  Neighbors: {
    type: 'object',
    properties: {
      center: ref('NodeRef'),
      depth: { type: 'integer' },
      nodes: listOf({ allOf: [ref('Node'), { type: 'object', properties: { distance: { type: 'integer' } } }] }),
      edges: { ...listOf(ref('Edge')), description: 'the walked edges between the centre and the listed nodes; total counts every walked edge' },
    },
  },
  ActorPositions: {
    type: 'object',
    properties: {
      actor: ref('Node'),
      representatives: { type: 'array', items: ref('NodeRef') },
      holds: listOf({
        type: 'object',
        properties: {
          edge: { type: 'string' },
          relation: { type: 'string' },
          position: ref('NodeRef'),
          via: ref('NodeRef'),
          targets: { type: 'array', items: ref('NodeRef') },
          condition: { type: 'string' },
          strength: { type: 'string' },
          ...dated,
          evidenceTotal: { type: 'integer', description: 'sentences behind the stance; `evidence` lists the first few' },
        },
      }),
      byRelation: { type: 'object', description: 'relation → how many stances the actor holds (all, not only the page)', additionalProperties: { type: 'integer' } },
      facing: listOf({
        type: 'object',
        properties: {
          edge: { type: 'string' },
          position: ref('NodeRef'),
          via: ref('NodeRef'),
          holders: { type: 'array', description: 'the first 5 holders; GET /api/positions/{key} lists them all' },
          holdersTotal: { type: 'integer' },
          ...dated,
          evidenceTotal: { type: 'integer' },
        },
      }),
    },
  },
  PositionView: {
    type: 'object',
    properties: { position: ref('Node'), holders: listOf({ type: 'object' }), opponents: listOf({ type: 'object' }), targets: listOf({ type: 'object' }), answeredBy: listOf({ type: 'object' }), answers: listOf({ type: 'object' }) },
  },
  Paths: {
    allOf: [
      listOf({ type: 'object', properties: { length: { type: 'integer' }, nodes: { type: 'array', items: ref('NodeRef') }, edges: { type: 'array', items: { type: 'object' } } } }),
      { type: 'object', properties: { truncated: { type: 'boolean', description: 'more shortest paths exist than are listed' }, from: ref('NodeRef'), to: ref('NodeRef'), directed: { type: 'boolean' }, maxLength: { type: 'integer' } } },
    ],
  },
  ArticleSummary: {
    type: 'object',
    properties: { id: { type: 'string' }, title: { type: 'string' }, date: { type: 'string' }, url: { type: 'string' }, sentences: { type: 'integer' }, edges: { type: 'integer' }, posted: { type: 'boolean' } },
  },
  ArticleDetail: {
    type: 'object',
    properties: {
      article: ref('ArticleSummary'),
      sentencesFrom: { type: 'string', enum: ['text', 'evidence'] },
      sentences: listOf({
        type: 'object',
        properties: {
          index: { type: 'integer' },
          paragraph: { type: 'integer', description: '0-based paragraph; absent when only the evidence is known' },
          text: { type: 'string' },
          edges: { type: 'array', items: { type: 'string' } },
        },
      }),
      edges: listOf(ref('Edge')),
    },
  },
  PostArticle: {
    type: 'object',
    properties: {
      article: ref('ArticleSummary'),
      added: { type: 'object', properties: { nodes: { type: 'array', items: ref('Node') }, edges: { type: 'array', items: ref('Edge') }, reinforced: { type: 'array', items: { type: 'string' } } } },
      warnings: { type: 'array', items: { type: 'string' } },
    },
  },
  DeleteArticle: {
    type: 'object',
    properties: {
      article: ref('ArticleSummary'),
      removed: { type: 'object', properties: { nodes: { type: 'array', items: { type: 'string' } }, edges: { type: 'array', items: { type: 'string' } }, evidence: { type: 'integer' } } },
    },
  },
  Stats: {
    type: 'object',
    properties: {
      nodes: { type: 'integer' },
      edges: { type: 'integer' },
      articles: { type: 'integer' },
      evidence: { type: 'integer' },
      byKind: { type: 'object', additionalProperties: { type: 'integer' } },
      byRelation: { type: 'object', additionalProperties: { type: 'integer' } },
      topActors: { type: 'array', items: { allOf: [ref('NodeRef'), { type: 'object', properties: { degree: { type: 'integer' } } }] } },
      dateRange: { oneOf: [{ type: 'null' }, { type: 'object', properties: { from: { type: 'string' }, to: { type: 'string' } } }] },
    },
  },
};
