/**
 * Excel on the web rejects any request or response over 5 MB. Reads are split into row chunks
 * sized from the bytes the previous chunk actually took, aiming well below the limit.
 */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
/** What one chunk aims at: a quarter of the limit leaves room for number formats and JSON overhead. */
export const CHUNK_TARGET_BYTES = 1.25 * 1024 * 1024;
export const FIRST_CHUNK_ROWS = 2000;
export const MAX_CHUNK_ROWS = 20000;

/** UTF-8 length of a JSON value (what crosses the wire). */
export function jsonBytes(value: unknown): number {
  const s = JSON.stringify(value);
  let bytes = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x7f) bytes += c > 0x7ff ? 2 : 1;
  }
  return bytes;
}

/** Rows for the next chunk, given how many bytes the last `rows` rows took. */
export function nextChunkRows(lastRows: number, lastBytes: number): number {
  if (lastRows <= 0 || lastBytes <= 0) return FIRST_CHUNK_ROWS;
  const perRow = lastBytes / lastRows;
  return Math.max(50, Math.min(MAX_CHUNK_ROWS, Math.floor(CHUNK_TARGET_BYTES / perRow)));
}
