// Error classes shared by every stage: each carries a stable `code` that callers (CLI, HTTP) map to
// an exit status or HTTP status, so nothing depends on message text.

export type KgErrorCode =
  | 'ARTICLE_FORMAT'
  | 'LEXICON_INVALID'
  | 'GRAPH_INVALID'
  | 'NOT_FOUND'
  | 'BAD_REQUEST'
  | 'TOO_LARGE'
  | 'CONFLICT'
  | 'USAGE';

export class KgError extends Error {
  readonly code: KgErrorCode;
  constructor(code: KgErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = 'KgError';
  }
}

/** A malformed article file: names the file and the 1-based line, and says how to fix it. */
export class ArticleFormatError extends KgError {
  readonly file: string;
  readonly line: number;
  readonly reason: string;
  constructor(file: string, line: number, reason: string, code: KgErrorCode = 'ARTICLE_FORMAT') {
    super(code, `${file}:${line}: ${reason}`);
    this.name = 'ArticleFormatError';
    this.file = file;
    this.line = line;
    this.reason = reason;
  }
}

/** A lexicon file or entry that does not match its documented format. */
export class LexiconError extends KgError {
  readonly file: string;
  constructor(file: string, message: string) {
    super('LEXICON_INVALID', `${file}: ${message}`);
    this.name = 'LexiconError';
    this.file = file;
  }
}

export class NotFoundError extends KgError {
  constructor(message: string) {
    super('NOT_FOUND', message);
    this.name = 'NotFoundError';
  }
}

/** Something that already exists (an article id posted twice). */
export class ConflictError extends KgError {
  constructor(message: string) {
    super('CONFLICT', message);
    this.name = 'ConflictError';
  }
}

export class BadRequestError extends KgError {
  readonly param?: string;
  constructor(message: string, param?: string) {
    super('BAD_REQUEST', message);
    this.name = 'BadRequestError';
    this.param = param;
  }
}
