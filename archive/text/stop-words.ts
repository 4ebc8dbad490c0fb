/**
 * Very common function words in the three archive languages, folded (no accents). They are not
 * indexed: in an AND query they would only demand words every article has, and they drown ranking
 * (measured on CISI: the longer English list below is worth several points of nDCG@10). A phrase
 * keeps their place, so "president of the republic" still needs two words between the others.
 * Words that carry meaning in news ("no", "not", "sin", "nao", "against") stay searchable.
 */
const WORDS = `
a about above after again all also am an and any are as at be because been before being below between both
but by can could did do does doing down during each few for from further had has have having he her here
hers herself him himself his how i if in into is it its itself just me more most my myself of off on once
only or other our ours ourselves out over own same she should so some such than that the their theirs them
themselves then there these they this those through to too under until up very was we were what when where
which while who whom why will with would you your yours yourself yourselves
al ante con como de del desde el ella ellas ellos en entre era es esa ese esta este esto fue ha han hasta
la las le les lo los mas me mi muy para pero por que se ser si son su sus tambien te tiene un una uno unos
unas y ya
ao aos as com como da das de do dos e ela ele eles em entre era essa esse esta este foi ha mais mas na nas
nos o os para pela pelas pelo pelos por que se ser seu seus sua suas tambem um uma umas uns
`;

export const STOP_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));
