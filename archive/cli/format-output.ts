/** Human-readable CLI output. Highlights are bold in a colour terminal and invisible otherwise. */
import type { Article, Highlight, SearchResponse, UnreadFiles } from '../model/article';
import { countOf } from '../formats/structured-text';
import type { ArchiveLibrary } from '../library';

export function formatIndexSummary(library: ArchiveLibrary): string {
  const { summary } = library;
  const lines = [
    `${summary.articles} article${summary.articles === 1 ? '' : 's'} from ${summary.files} file${summary.files === 1 ? '' : 's'} in ${summary.root}`,
    summary.fromCache ? 'The saved index was up to date.' : library.rebuildReason ? `Index rebuilt: ${library.rebuildReason}.` : 'Index updated.',
  ];
  if (library.saveError) lines.push(`Warning: the index could not be saved for next time: ${library.saveError}.`);
  if (summary.problems.length > 0) {
    lines.push('', `${summary.problems.length} problem${summary.problems.length === 1 ? '' : 's'}:`);
    for (const problem of summary.problems) lines.push(`  ${problem.path}: ${problem.reason}`);
  }
  if (summary.unread.length > 0) {
    lines.push('', 'Not read (kinds of file Archivo does not read: they are not searched):');
    for (const kind of summary.unread) {
      const more = kind.count > kind.examples.length ? ', …' : '';
      lines.push(`  ${unreadKind(kind)}: ${kind.examples.join(', ')}${more}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

function unreadKind({ extension, count }: UnreadFiles): string {
  return extension === '' ? `${countOf(count, 'file')} without an extension` : countOf(count, `${extension} file`);
}

export function formatSearch(response: SearchResponse, color: boolean): string {
  const lines = [`${response.total} result${response.total === 1 ? '' : 's'} for ${JSON.stringify(response.query)}`];
  response.results.forEach((hit, position) => {
    lines.push(
      '',
      `${position + 1}. ${mark(hit.title, hit.titleHighlights, color)}`,
      `   ${[hit.date ?? 'undated', hit.source ?? 'unknown source', hit.path].join(' · ')}   id ${hit.id}`,
      `   ${mark(hit.snippet.text, hit.snippet.highlights, color)}`,
    );
  });
  return `${lines.join('\n')}\n`;
}

export function formatArticle(article: Article): string {
  const byline = [article.author ?? 'Author unknown', article.date ?? article.dateRaw ?? 'undated'].join(' · ');
  const provenance = [
    ['Source', article.source],
    ['URL', article.url],
    ['File', article.locations.map((location) => location.path + (location.entry ? ` › ${location.entry}` : '')).join('; ')],
    ['Copyright', article.copyright],
    ['SHA-256', article.sha256],
    ['Id', article.id],
  ].filter((row): row is [string, string] => row[1] !== null && row[1] !== '');
  return [
    article.title,
    '',
    ...(article.summary ? [article.summary, ''] : []),
    byline,
    '',
    article.body.join('\n\n'),
    '',
    '—',
    ...provenance.map(([label, value]) => `${label}: ${value}`),
    '',
  ].join('\n');
}

function mark(text: string, highlights: readonly Highlight[], color: boolean): string {
  if (!color) return text;
  let out = '';
  let at = 0;
  for (const [start, end] of highlights) {
    out += `${text.slice(at, start)}\u001b[1m${text.slice(start, end)}\u001b[22m`;
    at = end;
  }
  return out + text.slice(at);
}
