/** FNV-1a over a word's UTF-16 code units: how the index builder, the id table and highlighting hash words. */
export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/** FNV-1a over text[start, end), as a signed 32-bit integer. */
export function hashWord(text: string, start: number, end: number): number {
  let hash = FNV_OFFSET;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
  return hash;
}
