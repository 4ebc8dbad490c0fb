/**
 * Accent and case folding, so that "Perez" finds "Pérez" and "dialogo" finds "DIÁLOGO".
 * NFD splits letters from their combining marks; dropping the marks leaves the base letter.
 */
const COMBINING_MARKS = /\p{M}+/gu;

export function fold(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase();
}
