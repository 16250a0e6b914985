// XML text helpers for the streaming writers: escapes attribute values and drops the characters XML 1.0
// cannot carry at all (control characters, lone surrogates), which news text occasionally contains.

// Characters XML 1.0 forbids, plus lone surrogate halves.
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const SPECIAL = /[&<>"\n\r\t]/g;
// One test that rules out every character either replacement would touch: most values are plain text.
const NEEDS_WORK = /[&<>"\u0000-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\n': '&#10;', '\r': '&#13;', '\t': '&#9;' };

/** Escapes a value for a double-quoted XML attribute (newlines kept as character references). */
export function xmlAttr(value: string | number | boolean): string {
  const s = String(value);
  if (!NEEDS_WORK.test(s)) return s;
  return s.replace(INVALID, '').replace(SPECIAL, (c) => ENTITIES[c]!);
}

/** Escapes element text. */
export function xmlText(value: string): string {
  if (!NEEDS_WORK.test(value)) return value;
  return value.replace(INVALID, '').replace(/[&<>]/g, (c) => ENTITIES[c]!);
}

/** Collects small strings and hands them out in chunks of about `size` characters, so writers yield few, large chunks. */
export class ChunkBuffer {
  private parts: string[] = [];
  private length = 0;
  constructor(private readonly size = 64 * 1024) {}

  push(s: string): boolean {
    this.parts.push(s);
    this.length += s.length;
    return this.length >= this.size;
  }

  take(): string {
    const out = this.parts.join('');
    this.parts = [];
    this.length = 0;
    return out;
  }
}
