// Finds the first byte that is not UTF-8 in a request body, so the answer can name its offset (Node only says
// whether a whole buffer is valid, buffer.isUtf8). The rules are the Unicode standard's well-formed sequences.
import { isUtf8 } from 'node:buffer';

/** Offset of the first byte of the first ill-formed sequence, or -1 when `buf` is UTF-8. */
export function invalidUtf8Offset(buf: Uint8Array): number {
  if (isUtf8(buf)) return -1;
  let i = 0;
  while (i < buf.length) {
    const b = buf[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    // length of the sequence and the range its second byte must be in (excludes overlongs and surrogates)
    let n: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) n = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      n = 3;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      n = 4;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    if (i + n > buf.length) return i;
    const second = buf[i + 1]!;
    if (second < lo || second > hi) return i;
    for (let k = 2; k < n; k++) if ((buf[i + k]! & 0xc0) !== 0x80) return i;
    i += n;
  }
  return -1;
}
