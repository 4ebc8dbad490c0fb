import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../archive/text/language';

// Paragraphs in the register of the archives Archivo reads: the same news told in each language, so
// that shared vocabulary (violencia/violência, programa, municipio/município) cannot decide by itself.
const ENGLISH =
  'The president launched the program in the municipality of Mixco, one of the most violent in the ' +
  'department of Guatemala. Two military detachments will now operate there, and the police will be able ' +
  'to receive tips from residents through a telephone line that the local government has set up.';

const SPANISH =
  'El presidente lanzó el programa en el municipio de Mixco, uno de los más violentos del departamento de ' +
  'Guatemala. Dos destacamentos militares funcionarán allí y la policía podrá recibir denuncias de los ' +
  'vecinos a través de una línea telefónica que la municipalidad habilitó, según informó la prensa local.';

const PORTUGUESE =
  'O presidente lançou o programa no município de Mixco, um dos mais violentos do departamento da ' +
  'Guatemala. Dois destacamentos militares vão funcionar no local e a polícia poderá receber denúncias dos ' +
  'moradores por meio de uma linha telefônica que a prefeitura criou, segundo informou a imprensa local.';

const SPANISH_2 =
  'Las autoridades no descartan que la violencia aumente durante las fiestas. También pidieron a la ' +
  'población que denuncie cualquier situación sospechosa, porque la colaboración de los vecinos es clave.';

const PORTUGUESE_2 =
  'As autoridades não descartam que a violência aumente durante as festas. Também pediram à população que ' +
  'denuncie qualquer situação suspeita, porque a colaboração dos moradores é fundamental.';

describe('detectLanguage', () => {
  it.each([
    ['en', ENGLISH],
    ['es', SPANISH],
    ['pt', PORTUGUESE],
    ['es', SPANISH_2],
    ['pt', PORTUGUESE_2],
  ] as const)('recognises %s in a paragraph', (language, text) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it('recognises each language when paragraphs come with a headline and stray names', () => {
    expect(detectLanguage(`Vecinos de Mixco organizan comités\n\n${SPANISH}\n\n${SPANISH_2}`)).toBe('es');
    expect(detectLanguage(`Operação fecha serrarias no Pará\n\n${PORTUGUESE}\n\n${PORTUGUESE_2}`)).toBe('pt');
  });

  it('returns null when the text is too short to tell', () => {
    expect(detectLanguage('')).toBeNull();
    expect(detectLanguage('Mixco')).toBeNull();
    expect(detectLanguage('Violencia en Mixco')).toBeNull();
    expect(detectLanguage('Programa Municipio Seguro')).toBeNull();
  });

  it('returns null for a half-Spanish, half-Portuguese text instead of picking one', () => {
    expect(detectLanguage(`${SPANISH} ${PORTUGUESE}`)).toBeNull();
  });

  it('does not mistake French or Italian for Spanish', () => {
    const french =
      'Le gouvernement a annoncé mardi un nouveau plan pour réduire la violence dans les quartiers du nord de ' +
      'la ville. Selon le ministre, les patrouilles seront renforcées et les habitants pourront signaler les incidents.';
    const italian =
      'Il governo ha annunciato martedì un nuovo piano per ridurre la violenza nei quartieri a nord della città. ' +
      'Secondo il ministro, le pattuglie saranno rafforzate e gli abitanti potranno segnalare gli incidenti.';
    expect(detectLanguage(french)).toBeNull();
    expect(detectLanguage(italian)).toBeNull();
  });

  it('reads past an opening that does not tell, up to the first 4,000 characters', () => {
    // A dateline and a table of figures open many wire stories: no distinctive word in the first thousand characters.
    const figures = Array.from({ length: 80 }, (_, row) => `Mixco ${row} 1.${row}`).join('\n');
    expect(figures.length).toBeGreaterThan(1000);
    expect(detectLanguage(`${figures}\n\n${SPANISH}\n\n${SPANISH_2}`)).toBe('es');
    // Beyond the sample nothing counts.
    const moreFigures = [figures, figures, figures, figures].join('\n\n');
    expect(moreFigures.length).toBeGreaterThan(4000);
    expect(detectLanguage(`${moreFigures}\n\n${SPANISH}\n\n${SPANISH_2}`)).toBeNull();
  });

  it('decides from a clear opening: a long English article with a Spanish quotation further on is English', () => {
    const english = [ENGLISH, ENGLISH, ENGLISH, ENGLISH].join('\n\n');
    expect(english.length).toBeGreaterThan(1000);
    const quotation = Array.from({ length: 6 }, () => `${SPANISH} ${SPANISH_2}`).join('\n\n');
    // Read whole, the first 4,000 characters are mostly Spanish.
    expect(detectLanguage(`${quotation}\n\n${english}`)).toBe('es');
    expect(detectLanguage(`${english}\n\n${quotation}`)).toBe('en');
  });

  it('gives the same answer for an article as its paragraphs as for their text joined with newlines', () => {
    const paragraph = fc.constantFrom(ENGLISH, SPANISH, PORTUGUESE, SPANISH_2, PORTUGUESE_2, 'Mixco', '', 'Guatemala 12 3.4', ENGLISH.repeat(12));
    fc.assert(
      fc.property(fc.array(paragraph, { maxLength: 30 }), (paragraphs) => {
        expect(detectLanguage(paragraphs)).toBe(detectLanguage(paragraphs.join('\n')));
      }),
      { numRuns: 500 },
    );
  });

  it('is not fooled by upper case', () => {
    expect(detectLanguage(PORTUGUESE.toUpperCase())).toBe('pt');
    expect(detectLanguage(SPANISH.toUpperCase())).toBe('es');
  });
});

/** How detection read words before it scanned characters itself: a regular expression, then a set per language. */
function detectedByPattern(text: string): string | null {
  const lists: Record<string, string> = {
    en: 'the of and to in is that for it was on with as by at from be have has had are this which said were not an but his her they will been their would who its after she he also than more about there what when into could other these some them only over new years being such',
    es: 'el los las del y en un una con es su sus al lo más pero le les ya fue fueron ha han también cuando muy sin hasta son según dijo hay había ella ellos donde año años están así tras aunque cual cuales mientras luego después ni otra otros nuevo',
    pt: 'o os do da dos das e em na nas um uma com é seu sua seus suas ao aos não mais mas foi foram também pelo pela pelos pelas são disse ele ela eles elas isso essa esse quando até sem onde anos já há às à muito ainda após então porém nova novo estão dia outros outras qual assim',
    fr: 'le les des du est une dans pour pas qui sur avec ce cette ces sont été ont aux leur leurs selon aussi il ils elle être fait plus nous vous où après',
    it: 'il della delle degli dei nel nella nei che di gli sono anche questo questa stato alla alle per più dopo lo hanno essere secondo è',
  };
  const scores: Record<string, number> = { en: 0, es: 0, pt: 0, fr: 0, it: 0 };
  for (const match of text.slice(0, 4000).toLowerCase().matchAll(/\p{L}+(?:-\p{L}+)*/gu)) {
    for (const language of Object.keys(lists)) if (lists[language]!.split(' ').includes(match[0])) scores[language]! += 1;
    if (/[ãõç]/u.test(match[0])) scores.pt! += 1;
    else if (/ción|ciones|ñ/u.test(match[0])) scores.es! += 1;
  }
  const [best, second] = Object.keys(scores).sort((a, b) => scores[b]! - scores[a]!);
  if (scores[best!]! < 4 || scores[best!]! < 2 * scores[second!]!) return null;
  return best === 'fr' || best === 'it' ? null : best!;
}

describe('detectLanguage, scanning characters', () => {
  it('reads words exactly as the pattern \\p{L}+(?:-\\p{L}+)* did, on any mix of languages, spellings and separators', () => {
    const piece = fc.constantFrom(
      'the', 'of', 'said', 'el', 'los', 'según', 'o', 'não', 'às', 'le', 'été', 'il', 'più', 'è',
      'acción', 'naciones', 'NACIONES', 'ciones', 'xción', 'cion', 'año', 'Ação', 'ñandú', 'ex-presidente', 'ex-', '-el', 'a-ção',
      'İl', 'Σ', 'Москва', '中国', '𝐀el', '𝐀', '42', ' ', ' ', '  ', '\n', '-', '—', '.', ',', '“', '’', 'e\u0301l',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }), (pieces) => {
        const text = pieces.join('');
        expect(detectLanguage(text), text).toBe(detectedByPattern(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads paragraphs as their text joined with newlines, also where the 1,000 and 4,000 character limits cut a word', () => {
    const piece = fc.constantFrom('the', 'said', 'los', 'según', 'não', 'ação', 'naciones', 'ex-presidente', 'İl', '𝐀el', ' ', '\n', '-', ENGLISH, SPANISH, PORTUGUESE, 'x'.repeat(997));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        expect(detectLanguage(text.split('\n')), text).toBe(detectLanguage(text));
      }),
      { numRuns: 1000 },
    );
    // Each paragraph break counts as the character it is joined with: here they take the sample's last thousand.
    const figures = 'Mixco 12 3.4 '.repeat(231);
    expect(detectLanguage([figures, ...new Array<string>(1000).fill(''), SPANISH, SPANISH_2])).toBeNull();
    expect(detectLanguage([figures, SPANISH, SPANISH_2])).toBe('es');
  });
});
