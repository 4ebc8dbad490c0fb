/**
 * Names for a folder of exported PDFs: never two files with the same name, never an existing file
 * overwritten. Names are compared the way Windows and macOS compare them (case-insensitively, in
 * NFC), so "Mixco.pdf" and "MIXCO.pdf" count as the same file everywhere.
 */
import { MAX_FILE_NAME_LENGTH } from './file-name';

const key = (name: string): string => name.normalize('NFC').toLowerCase();

export class FileNameRegistry {
  private readonly taken = new Set<string>();

  /** `existing`: names already in the folder. */
  constructor(existing: Iterable<string> = []) {
    for (const name of existing) this.taken.add(key(name));
  }

  /** "Headline.pdf", else "Headline (2).pdf", "Headline (3).pdf"…; the name is then taken. */
  claim(name: string): string {
    const dot = name.lastIndexOf('.');
    const stem = dot > 0 ? name.slice(0, dot) : name;
    const extension = dot > 0 ? name.slice(dot) : '';
    let candidate = name;
    for (let n = 2; this.taken.has(key(candidate)); n++) {
      const suffix = ` (${n})`;
      // Keep the name within the same length limit as a single export's name.
      const room = MAX_FILE_NAME_LENGTH - extension.length - suffix.length;
      const shortStem = [...stem].length > room ? `${[...stem].slice(0, room - 1).join('').trimEnd()}…` : stem;
      candidate = `${shortStem}${suffix}${extension}`;
    }
    this.taken.add(key(candidate));
    return candidate;
  }
}
