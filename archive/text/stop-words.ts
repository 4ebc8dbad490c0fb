/**
 * Very common function words in the three archive languages, folded (no accents). They are not
 * indexed: in an AND query they would only demand words every article has, and they drown ranking.
 * Kept short on purpose: words that carry meaning in one language ("no", "sin") stay searchable.
 */
const WORDS = `
a an and are as at be by for from has have in is it its of on or that the this to was were will with
al con de del el en la las lo los para por que se su sus un una y
ao aos as da das do dos e em na nas o os pela pelo um uma
`;

export const STOP_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));
