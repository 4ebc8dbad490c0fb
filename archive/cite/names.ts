/**
 * Author names for citations. The archive holds a byline as one string ("João Pedro Gonçalves",
 * "Ana Gómez y Luis Pérez", "Reuters"); styles need family and given names. This is a heuristic,
 * stated plainly: the last word is the family name (with particles such as "de", "da", "van"), except
 * in Spanish bylines of three or more words, where the last two are (Spanish uses two surnames:
 * "Lucía Pérez Gómez" → Pérez Gómez). One-word bylines and agency names stay as written.
 */
import type { LanguageCode } from '../model/article';

export type PersonName =
  | { readonly kind: 'person'; readonly family: string; readonly given: string; readonly suffix?: string }
  | { readonly kind: 'literal'; readonly literal: string };

const PARTICLES = new Set(['de', 'del', 'della', 'der', 'den', 'di', 'da', 'das', 'do', 'dos', 'du', 'la', 'le', 'van', 'von', 'y', 'e', 'bin', 'al']);
const SUFFIXES = /^(jr\.?|sr\.?|ii|iii|iv|neto|filho|júnior|junior)$/i;
const ORGANISATION = /\b(staff|redacci[oó]n|reda[cç][aã]o|agencia|agência|press|news|reuters|efe|afp|associated|editorial|desk|team|equipo|equipe)\b/i;

/** Splits a byline into names: "A and B", "A, B y C", "A; B", "A & B" (an inverted "Gómez, Ana" stays one). */
export function parseAuthors(byline: string | null, language: LanguageCode | null = null): PersonName[] {
  if (!byline) return [];
  const cleaned = byline.replace(/^\s*(by|por|de)\s+/i, '').replace(/\s+/g, ' ').trim();
  if (cleaned === '') return [];
  const parts = cleaned
    .split(/\s*;\s*|\s+(?:and|y|e|&)\s+|\s*&\s*/i)
    .flatMap((part) => splitCommas(part))
    .map((part) => part.trim())
    .filter(Boolean);
  return parts.map((part) => parseName(part, language));
}

function splitCommas(part: string): string[] {
  const pieces = part.split(/\s*,\s*/).filter(Boolean);
  if (pieces.length < 2) return [part];
  // "Gómez, Ana" is one inverted name; "Ana Gómez, Luis Pérez" is two people.
  if (pieces.length === 2 && !pieces.some((p) => SUFFIXES.test(p)) && pieces.every((p) => p.split(' ').length <= 2) && pieces[0]!.split(' ').length <= 2 && pieces[1]!.split(' ').length === 1) {
    return [part];
  }
  return pieces.every((p) => p.includes(' ') || SUFFIXES.test(p)) ? joinSuffixes(pieces) : [part];
}

function joinSuffixes(pieces: string[]): string[] {
  const out: string[] = [];
  for (const piece of pieces) {
    if (SUFFIXES.test(piece) && out.length > 0) out[out.length - 1] += `, ${piece}`;
    else out.push(piece);
  }
  return out;
}

export function parseName(raw: string, language: LanguageCode | null = null): PersonName {
  const text = raw.trim();
  if (ORGANISATION.test(text) || !/\s|,/.test(text)) return { kind: 'literal', literal: text };
  if (text.includes(',')) {
    const [family = '', rest = ''] = text.split(/\s*,\s*/, 2);
    if (SUFFIXES.test(rest)) return withSuffix(parseName(family, language), rest);
    return { kind: 'person', family, given: rest };
  }
  const words = text.split(' ');
  const suffix = words.length > 2 && SUFFIXES.test(words.at(-1) ?? '') ? words.pop() : undefined;
  let familyStart = words.length - 1;
  if (language === 'es' && words.length >= 3 && !isGivenName(words[words.length - 2] ?? '')) familyStart = words.length - 2;
  // Particles belong to the family name: "Maria da Silva", "Ludwig van Beethoven".
  while (familyStart > 1 && PARTICLES.has((words[familyStart - 1] ?? '').toLowerCase())) familyStart--;
  const name: PersonName = { kind: 'person', family: words.slice(familyStart).join(' '), given: words.slice(0, familyStart).join(' ') };
  return suffix ? withSuffix(name, suffix) : name;
}

/**
 * Spanish middle words that are given names ("Ana Lucía Pérez", "Juan Carlos Soto"), not a first
 * surname: common compound-name parts. Patronymic surnames ending in -ez are never given names.
 */
const GIVEN_NAMES = new Set(
  ('maría maria josé jose ana lucía lucia luis juan carlos antonio manuel francisco javier miguel ángel angel ' +
    'pablo pedro jesús jesus isabel carmen teresa elena laura sofía sofia fernanda alejandra andrea paula ' +
    'marta rosa beatriz cristina daniel david diego eduardo enrique felipe fernando gabriel ignacio jorge ' +
    'josé luis ramón ramon ricardo roberto sergio victoria inés ines eugenia del pilar').split(' '),
);

function isGivenName(word: string): boolean {
  const lower = word.toLowerCase();
  return !/ez$/.test(lower) && GIVEN_NAMES.has(lower);
}

function withSuffix(name: PersonName, suffix: string): PersonName {
  return name.kind === 'person' ? { ...name, suffix } : name;
}

/** "João Pedro" → "J. P."; "Jean-Paul" → "J.-P." (APA 9.8). */
export function initials(given: string): string {
  return given
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => word.split('-').map((part) => `${[...part][0]?.toUpperCase() ?? ''}.`).join('-'))
    .join(' ');
}

/** "Last, First" (MLA, Chicago bibliography) or the literal name. */
export function invertedFull(name: PersonName): string {
  if (name.kind === 'literal') return name.literal;
  return [name.family, name.given, name.suffix].filter(Boolean).join(', ');
}

/** "First Last" (notes, second and later MLA authors). */
export function directFull(name: PersonName): string {
  if (name.kind === 'literal') return name.literal;
  return `${[name.given, name.family].filter(Boolean).join(' ')}${name.suffix ? `, ${name.suffix}` : ''}`;
}

/** "Last, F. M." (APA). */
export function apaName(name: PersonName): string {
  if (name.kind === 'literal') return name.literal;
  return [name.family, initials(name.given), name.suffix].filter(Boolean).join(', ');
}
