/** What is wrong with a query, in Spanish (English: archive/model/query-problem.ts). */
import { FIELD_LIST, fieldExamples, type QueryProblem } from '../../archive/model/query-problem';

export function spanishQueryProblem(problem: QueryProblem): string {
  switch (problem.kind) {
    case 'unclosed-quote':
      return `Las comillas del carácter ${problem.character} no se cierran.`;
    case 'unclosed-parenthesis':
      return `El paréntesis del carácter ${problem.character} no se cierra.`;
    case 'stray-parenthesis':
      return `El paréntesis del carácter ${problem.character} no cierra nada.`;
    case 'unknown-field':
      return `Campo desconocido «${problem.field}:» en el carácter ${problem.character}. Los campos son ${FIELD_LIST}`;
    case 'fuzzy-distance':
      return `«~${problem.distance}» en el carácter ${problem.character}: una palabra aproximada admite ~1 o ~2 diferencias.`;
    case 'fuzzy-phrase':
      return `«~» en el carácter ${problem.character}: la búsqueda aproximada vale para palabras sueltas, no para frases.`;
    case 'too-deep':
      return `La búsqueda anida paréntesis o exclusiones en más de ${problem.limit} niveles en el carácter ${problem.character}.`;
    case 'or-needs-word-before':
      return `«OR» en el carácter ${problem.character} necesita una palabra antes.`;
    case 'or-needs-word-after':
      return `«OR» en el carácter ${problem.character} necesita una palabra después.`;
    case 'nothing-to-exclude':
      return `No hay nada que excluir después de «${problem.operator}» en el carácter ${problem.character}.`;
    case 'unexpected':
      return `«${problem.text}» inesperado en el carácter ${problem.character}.`;
    case 'field-needs-value':
      return `«${problem.label}» en el carácter ${problem.character} necesita un valor justo después, como ${fieldExamples(problem.field, { word: 'palabra', twoWords: 'dos palabras', tag: 'elecciones' }).join(' o ')}.`;
    case 'field-holds-field':
      return `«${problem.label}» en el carácter ${problem.character} solo admite palabras y frases, no otros campos.`;
    case 'language-phrase':
      return `«${problem.label}» en el carácter ${problem.character} lleva un código de idioma, como en, es o pt.`;
    case 'unknown-language':
      return `Idioma desconocido «${problem.language}» en el carácter ${problem.character}: use en, es, pt u otro código de dos letras.`;
    case 'unreadable-date':
      return (
        `No se puede leer la fecha «${problem.date}» en el carácter ${problem.character}: ` +
        `use un año (2012), un mes (2012-02), un día (2012-02-01)${problem.range ? ' o un intervalo (2012-02-01..2012-06-30)' : ''}.`
      );
    case 'reversed-range':
      return `El intervalo «${problem.range}» del carácter ${problem.character} termina antes de empezar: escriba ${problem.swapped}.`;
    case 'nothing-to-search':
      return 'No hay nada que buscar: una búsqueda necesita una palabra con alguna letra o cifra.';
    case 'only-exclusions':
      return 'Añada al menos una palabra que buscar: una búsqueda no puede solo excluir palabras.';
    case 'common-words': {
      const listed = problem.words.map((word) => `«${word}»`).join(', ');
      return problem.words.length === 1
        ? `${listed} es una palabra demasiado común para buscarla sola (el índice la omite): añada otra palabra o una frase que la contenga.`
        : `${listed} son demasiado comunes para buscarlas solas (el índice las omite): añada otra palabra o una frase que las contenga.`;
    }
  }
}
