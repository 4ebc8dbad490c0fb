/**
 * Counts the files of an archive folder that no reader takes, by extension, keeping a few names of
 * each: a million images beside saved web pages must cost a handful of counters, not a million paths.
 */
import type { UnreadFiles } from '../model/article';

const EXAMPLES_KEPT = 3;

export class UnreadTally {
  private readonly byExtension = new Map<string, { count: number; examples: string[] }>();

  add(relativePath: string): void {
    const extension = extensionOf(relativePath);
    let kind = this.byExtension.get(extension);
    if (kind === undefined) this.byExtension.set(extension, (kind = { count: 0, examples: [] }));
    kind.count++;
    if (kind.examples.length < EXAMPLES_KEPT) kind.examples.push(relativePath);
  }

  /** Most common kind first; equal counts by extension. */
  kinds(): UnreadFiles[] {
    return [...this.byExtension]
      .map(([extension, { count, examples }]) => ({ extension, count, examples }))
      .sort((a, b) => b.count - a.count || (a.extension < b.extension ? -1 : a.extension > b.extension ? 1 : 0));
  }
}

/** ".pdf" for "reports/Q3.PDF"; "" for "notes/README" or a name that only starts with a dot. */
export function extensionOf(relativePath: string): string {
  const name = relativePath.slice(relativePath.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}
