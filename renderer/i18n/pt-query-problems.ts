/** What is wrong with a query, in Portuguese (English: archive/model/query-problem.ts). */
import { FIELD_LIST, fieldExamples, type QueryProblem } from '../../archive/model/query-problem';

export function portugueseQueryProblem(problem: QueryProblem): string {
  switch (problem.kind) {
    case 'unclosed-quote':
      return `As aspas do caractere ${problem.character} não se fecham.`;
    case 'unclosed-parenthesis':
      return `O parêntese do caractere ${problem.character} não se fecha.`;
    case 'stray-parenthesis':
      return `O parêntese do caractere ${problem.character} não fecha nada.`;
    case 'unknown-field':
      return `Campo desconhecido “${problem.field}:” no caractere ${problem.character}. Os campos são ${FIELD_LIST}`;
    case 'fuzzy-distance':
      return `“~${problem.distance}” no caractere ${problem.character}: uma palavra aproximada admite ~1 ou ~2 diferenças.`;
    case 'fuzzy-phrase':
      return `“~” no caractere ${problem.character}: a busca aproximada vale para palavras soltas, não para frases.`;
    case 'too-deep':
      return `A pesquisa aninha parênteses ou exclusões em mais de ${problem.limit} níveis no caractere ${problem.character}.`;
    case 'or-needs-word-before':
      return `“OR” no caractere ${problem.character} precisa de uma palavra antes.`;
    case 'or-needs-word-after':
      return `“OR” no caractere ${problem.character} precisa de uma palavra depois.`;
    case 'nothing-to-exclude':
      return `Não há nada a excluir depois de “${problem.operator}” no caractere ${problem.character}.`;
    case 'unexpected':
      return `“${problem.text}” inesperado no caractere ${problem.character}.`;
    case 'field-needs-value':
      return `“${problem.label}” no caractere ${problem.character} precisa de um valor logo depois, como ${fieldExamples(problem.field, { word: 'palavra', twoWords: 'duas palavras', tag: 'eleições' }).join(' ou ')}.`;
    case 'field-holds-field':
      return `“${problem.label}” no caractere ${problem.character} só aceita palavras e frases, não outros campos.`;
    case 'language-phrase':
      return `“${problem.label}” no caractere ${problem.character} leva um código de idioma, como en, es ou pt.`;
    case 'unknown-language':
      return `Idioma desconhecido “${problem.language}” no caractere ${problem.character}: use en, es, pt ou outro código de duas letras.`;
    case 'unreadable-date':
      return (
        `Não é possível ler a data “${problem.date}” no caractere ${problem.character}: ` +
        `use um ano (2012), um mês (2012-02), um dia (2012-02-01)${problem.range ? ' ou um intervalo (2012-02-01..2012-06-30)' : ''}.`
      );
    case 'reversed-range':
      return `O intervalo “${problem.range}” do caractere ${problem.character} termina antes de começar: escreva ${problem.swapped}.`;
    case 'nothing-to-search':
      return 'Não há nada a pesquisar: uma pesquisa precisa de uma palavra com alguma letra ou algarismo.';
    case 'only-exclusions':
      return 'Acrescente pelo menos uma palavra a buscar: uma pesquisa não pode apenas excluir palavras.';
    case 'common-words': {
      const listed = problem.words.map((word) => `“${word}”`).join(', ');
      return problem.words.length === 1
        ? `${listed} é uma palavra comum demais para ser pesquisada sozinha (o índice a deixa de fora): acrescente outra palavra ou uma frase que a contenha.`
        : `${listed} são comuns demais para serem pesquisadas sozinhas (o índice as deixa de fora): acrescente outra palavra ou uma frase que as contenha.`;
    }
  }
}
