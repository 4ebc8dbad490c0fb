/**
 * Tells English, Spanish and Portuguese apart by their most frequent short words. Spanish and
 * Portuguese share many of those ("de", "que", "a", "se", "para", "como"), so only words that
 * belong to one language count, plus a few spellings only one of them uses ("-ção" against "-ción",
 * "ñ" against "ã"/"õ"). Returns null rather than a coin toss when the text is short or mixed.
 */

export type DetectedLanguage = 'en' | 'es' | 'pt';

/** French and Italian share words with Spanish: scoring them too keeps them from being taken for it. */
type Rival = 'fr' | 'it';
type Scored = DetectedLanguage | Rival;

const LANGUAGES: readonly Scored[] = ['en', 'es', 'pt', 'fr', 'it'];

/** How much text to look at: a few paragraphs decide, and long articles stay cheap. */
const SAMPLE_CHARS = 4000;
/** Below this many distinctive words the evidence is too thin. */
const MIN_SCORE = 4;
/** The winner must beat the runner-up by this factor. */
const MIN_RATIO = 2;

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean));

/** Words frequent in one language and absent or rare in the others. Lower-case, with accents. */
const DISTINCTIVE: Readonly<Record<Scored, ReadonlySet<string>>> = {
  en: words(`
    the of and to in is that for it was on with as by at from be have has had are this which said were
    not an but his her they will been their would who its after she he also than more about there
    were what when into could other these some them only over new years being such
  `),
  es: words(`
    el los las del y en un una con es su sus al lo más pero le les ya fue fueron ha han también cuando
    muy sin hasta son según dijo hay había ella ellos donde año años están así
    tras aunque cual cuales mientras luego después ni otra otros nuevo
  `),
  pt: words(`
    o os do da dos das e em na nas um uma com é seu sua seus suas ao aos não mais mas foi foram
    também pelo pela pelos pelas são disse ele ela eles elas isso essa esse quando até sem onde anos
    já há às à muito ainda após então porém nova novo estão dia outros outras qual assim
  `),
  fr: words(`
    le les des du est une dans pour pas qui sur avec ce cette ces sont été ont aux leur leurs selon aussi
    il ils elle être fait plus nous vous où après
  `),
  it: words(`
    il della delle degli dei nel nella nei che di gli sono anche questo questa stato alla alle per più
    dopo lo hanno essere secondo è
  `),
};

const TOKEN = /\p{L}+(?:-\p{L}+)*/gu;

/** Spellings only one of the languages uses; each counts like a distinctive word. */
function spellingVote(token: string): Scored | null {
  if (/[ãõç]/u.test(token)) return 'pt';
  if (/ción|ciones|ñ/u.test(token)) return 'es';
  return null;
}

/**
 * Returns 'en', 'es' or 'pt' when one of them clearly dominates the first few thousand characters,
 * otherwise null (too short, another language, or a mix).
 */
export function detectLanguage(text: string): DetectedLanguage | null {
  const scores: Record<Scored, number> = { en: 0, es: 0, pt: 0, fr: 0, it: 0 };
  for (const match of text.slice(0, SAMPLE_CHARS).toLowerCase().matchAll(TOKEN)) {
    const token = match[0];
    for (const language of LANGUAGES) {
      if (DISTINCTIVE[language].has(token)) scores[language] += 1;
    }
    const spelled = spellingVote(token);
    if (spelled !== null) scores[spelled] += 1;
  }
  const ranked = [...LANGUAGES].sort((a, b) => scores[b] - scores[a]);
  const [best, second] = ranked;
  if (best === undefined || second === undefined) return null;
  const bestScore = scores[best];
  if (bestScore < MIN_SCORE || bestScore < MIN_RATIO * scores[second]) return null;
  switch (best) {
    case 'en':
    case 'es':
    case 'pt':
      return best;
    case 'fr':
    case 'it':
      return null;
  }
}
