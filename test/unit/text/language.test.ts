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

  it('is not fooled by upper case', () => {
    expect(detectLanguage(PORTUGUESE.toUpperCase())).toBe('pt');
    expect(detectLanguage(SPANISH.toUpperCase())).toBe('es');
  });
});
