/**
 * Reads the CISI test collection: CISI.ALL (documents: .I id, .T title, .A authors, .W abstract,
 * .X cross-references, .B year…), CISI.QRY (queries: .I id, .W text, sometimes .T/.A/.B) and CISI.REL
 * (judgements: "query document 0 0.0" per line). Field markers stand alone on their line.
 */
import { uniqueInOrder } from './ir-metrics';

export interface CisiRecord {
  readonly id: string;
  /** Each occurrence of a field (".A" repeats, one per author), its lines joined with "\n". */
  readonly fields: Readonly<Record<string, readonly string[]>>;
}

export interface CisiDoc {
  readonly id: string;
  readonly title: string;
  readonly authors: readonly string[];
  readonly abstract: string;
}

export interface CisiQuery {
  readonly id: string;
  readonly text: string;
}

const MARKER = /^\.([A-Z])(?:\s+(\d+))?\s*$/;

export function parseCisiRecords(text: string): CisiRecord[] {
  const records: { id: string; fields: Record<string, string[]> }[] = [];
  let record: (typeof records)[number] | null = null;
  let field: string | null = null;
  let lines: string[] = [];
  const flush = (): void => {
    if (record && field !== null) (record.fields[field] ??= []).push(lines.join('\n').trim());
    field = null;
    lines = [];
  };
  for (const line of text.split(/\r?\n/)) {
    const marker = MARKER.exec(line);
    if (marker?.[1] === 'I' && marker[2] !== undefined) {
      flush();
      record = { id: marker[2], fields: {} };
      records.push(record);
    } else if (marker?.[1] !== undefined && record) {
      flush();
      field = marker[1];
    } else if (field !== null) {
      lines.push(line);
    }
  }
  flush();
  return records;
}

const joined = (values: readonly string[] | undefined): string => (values ?? []).join('\n').trim();

export function parseCisiDocs(text: string): CisiDoc[] {
  return parseCisiRecords(text).map(({ id, fields }) => ({
    id,
    title: joined(fields.T).replace(/\s+/g, ' '),
    authors: (fields.A ?? []).filter(Boolean),
    abstract: joined(fields.W),
  }));
}

/** A query's text is its .W (and .T when present): long natural-language requests. */
export function parseCisiQueries(text: string): CisiQuery[] {
  return parseCisiRecords(text).map(({ id, fields }) => ({ id, text: [joined(fields.T), joined(fields.W)].filter(Boolean).join('\n') }));
}

/** Relevant document ids per query id. */
export function parseCisiRelevance(text: string): Map<string, Set<string>> {
  const relevant = new Map<string, Set<string>>();
  for (const line of text.split(/\r?\n/)) {
    const [query, doc] = line.trim().split(/\s+/);
    if (!query || !doc || !/^\d+$/.test(query) || !/^\d+$/.test(doc)) continue;
    let set = relevant.get(query);
    if (!set) relevant.set(query, (set = new Set()));
    set.add(doc);
  }
  return relevant;
}

const OPERATOR_WORDS = new Set(['and', 'or', 'not']);

/** The words of a natural-language query, lower-cased, once each, none that the query language reads as an operator. */
export function queryWords(text: string): string[] {
  return uniqueInOrder(
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length > 0 && !OPERATOR_WORDS.has(word)),
  );
}

export function cisiDocFile(doc: CisiDoc): string {
  return `${doc.title || `Document ${doc.id}`}\n\n${doc.abstract}\n`;
}
