/**
 * Accent and case folding, so that "Perez" finds "Pérez" and "dialogo" finds "DIÁLOGO".
 * NFD splits letters from their combining marks; dropping the marks leaves the base letter.
 * Folding keeps string length for the Latin scripts we target except where NFD expands (rare
 * ligatures), so callers that need offsets map them with `foldWithOffsets`.
 */
const COMBINING_MARKS = /\p{M}+/gu;

export function fold(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase();
}

/**
 * Folds `text` and returns, for each folded character, the index of the source character it came
 * from, so that matches found in folded text can be highlighted in the original.
 */
export function foldWithOffsets(text: string): { readonly folded: string; readonly sourceIndex: Int32Array } {
  let folded = '';
  const indexes: number[] = [];
  for (let i = 0; i < text.length; ) {
    const codePoint = text.codePointAt(i) ?? 0;
    const char = String.fromCodePoint(codePoint);
    const piece = fold(char);
    for (let k = 0; k < piece.length; k++) indexes.push(i);
    folded += piece;
    i += char.length;
  }
  indexes.push(text.length);
  return { folded, sourceIndex: Int32Array.from(indexes) };
}
