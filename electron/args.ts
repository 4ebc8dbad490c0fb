/**
 * Command-line arguments of the desktop app: `electron . --archive <folder>` in development,
 * `archivo --archive <folder>` (or `archivo <folder>`) once packaged. Pure, so it is unit-tested.
 *
 * process.argv holds the executable, then (only under the default Electron binary, `process.defaultApp`)
 * the app path, then the user's arguments mixed with Chromium/Node switches (`--no-sandbox`,
 * `--inspect=0`, `--remote-debugging-port=0`), which are ignored.
 */
export interface AppArgs {
  /** The folder to open, exactly as given (resolve it against the launch cwd); null when none. */
  readonly archive: string | null;
}

export interface ArgvContext {
  /** `process.defaultApp`: true when run as `electron <app>`, so argv[1] is the app path. */
  readonly defaultApp: boolean;
}

const ARCHIVE_FLAG = '--archive';

export function parseAppArgs(argv: readonly string[], context: ArgvContext): AppArgs {
  const rest = argv.slice(1);
  let skipAppPath = context.defaultApp;
  let flagged: string | null = null;
  let positional: string | null = null;
  for (let i = 0; i < rest.length; i += 1) {
    const arg = rest[i] ?? '';
    if (arg === ARCHIVE_FLAG) {
      const value = rest[i + 1];
      if (value !== undefined && !value.startsWith('-') && value !== '') {
        flagged ??= value;
        i += 1;
      }
      continue;
    }
    if (arg.startsWith(`${ARCHIVE_FLAG}=`)) {
      const value = arg.slice(ARCHIVE_FLAG.length + 1);
      if (value !== '') flagged ??= value;
      continue;
    }
    // `--` ends npm/yargs-style option lists; Chromium and Node switches are not ours.
    if (arg === '--' || arg.startsWith('-') || arg === '') continue;
    if (skipAppPath) {
      skipAppPath = false;
      continue;
    }
    positional ??= arg;
  }
  return { archive: flagged ?? positional };
}
