// The HTTP client for the explorer: one typed function per endpoint it uses, and ApiError carrying the
// server's `{error, message}` so forms can show it inline.
import type {
  ArticleDetailResponse,
  ArticlesResponse,
  DeleteArticleResponse,
  DisplayGraphResponse,
  EdgeRuleResponse,
  ErrorResponse,
  EvidenceTextsResponse,
  GraphFilterQuery,
  PostArticleResponse,
} from '../../src/server/api-types.ts';

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly line?: number;
  constructor(status: number, body: Partial<ErrorResponse>, fallback: string) {
    super(body.message ?? fallback);
    this.name = 'ApiError';
    this.status = status;
    this.code = body.error ?? `HTTP_${status}`;
    this.line = body.line;
  }
}

export async function readJson<T>(response: Response): Promise<T> {
  if (response.ok) return (await response.json()) as T;
  let body: Partial<ErrorResponse> = {};
  try {
    body = (await response.json()) as Partial<ErrorResponse>;
  } catch {
    // not JSON (a proxy error page): fall back to the status text
  }
  throw new ApiError(response.status, body, `${response.status} ${response.statusText}`.trim());
}

/**
 * The whole graph in the explorer's compact form, without sentence text (fetchEvidenceTexts loads it per node). Same URL, mode and headers as the
 * preload in index.html, so the browser reuses that download.
 */
export async function fetchGraph(signal?: AbortSignal): Promise<DisplayGraphResponse> {
  return readJson<DisplayGraphResponse>(await fetch('api/graph?fields=display', { signal }));
}

/** The sentences behind the edges a node's details show. */
export async function fetchEvidenceTexts(key: string): Promise<EvidenceTextsResponse> {
  return readJson<EvidenceTextsResponse>(await fetch(`api/nodes/${encodeURIComponent(key)}/evidence`));
}

export async function fetchArticles(): Promise<ArticlesResponse> {
  return readJson<ArticlesResponse>(await fetch('api/articles?limit=10000'));
}

export async function fetchArticle(id: string): Promise<ArticleDetailResponse> {
  return readJson<ArticleDetailResponse>(await fetch(`api/articles/${encodeURIComponent(id)}`));
}

/** Sends the article as typed (title, date, URL, paragraphs) for the server to extract and merge; a dry run stores nothing. */
export async function postArticle(text: string, token = '', options: { dryRun?: boolean } = {}): Promise<PostArticleResponse> {
  const headers = writeHeaders(token, { 'content-type': 'text/plain; charset=utf-8', accept: 'application/json' });
  const response = await fetch(options.dryRun ? 'api/articles?dryRun=true' : 'api/articles', {
    method: 'POST',
    headers,
    body: text,
  });
  return readJson<PostArticleResponse>(response);
}

export type ExportFormat = 'gexf' | 'graphml';

/** The export endpoint for the filtered view (a relative URL, so the app works under any base path). */
export function exportUrl(format: ExportFormat, query: GraphFilterQuery): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value) params.set(name, value);
  const search = params.toString();
  return `api/export.${format}${search ? `?${search}` : ''}`;
}

/** "Why this edge?": the rule behind each of its sentences, re-extracted by the server. */
export async function fetchEdgeRule(key: string): Promise<EdgeRuleResponse> {
  return readJson<EdgeRuleResponse>(await fetch(`api/edges/${encodeURIComponent(key)}/rule`));
}

/** Removes an article and what only it supported. */
export async function deleteArticle(id: string, token = ''): Promise<DeleteArticleResponse> {
  return readJson<DeleteArticleResponse>(await fetch(`api/articles/${encodeURIComponent(id)}`, { method: 'DELETE', headers: writeHeaders(token, { accept: 'application/json' }) }));
}

/** A server started with --token wants it on every write. */
function writeHeaders(token: string, headers: Record<string, string>): Record<string, string> {
  return token ? { ...headers, authorization: `Bearer ${token}` } : headers;
}
