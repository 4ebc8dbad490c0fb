import { describe, expect, it } from 'vitest';
import { parseAppArgs } from '../../../electron/args';

const dev = { defaultApp: true };
const packaged = { defaultApp: false };

describe('parseAppArgs', () => {
  it('reads --archive after the app path in development (electron . --archive <folder>)', () => {
    expect(parseAppArgs(['/usr/bin/electron', '.', '--archive', '/data/news'], dev)).toEqual({ archive: '/data/news' });
  });

  it('does not mistake the app path for an archive in development', () => {
    expect(parseAppArgs(['/usr/bin/electron', '/work/main'], dev)).toEqual({ archive: null });
  });

  it('takes a bare folder as the archive once packaged (archivo <folder>)', () => {
    expect(parseAppArgs(['/opt/Archivo/archivo', '/data/news'], packaged)).toEqual({ archive: '/data/news' });
  });

  it('accepts --archive=<folder> and keeps spaces and accents', () => {
    expect(parseAppArgs(['archivo', '--archive=/home/ana/Archivo de prensa/Diálogo'], packaged)).toEqual({
      archive: '/home/ana/Archivo de prensa/Diálogo',
    });
  });

  it('ignores Chromium and Node switches wherever they appear', () => {
    const argv = ['electron', '--inspect=0', '--remote-debugging-port=0', '.', '--no-sandbox', '--archive', 'sample', '--enable-logging'];
    expect(parseAppArgs(argv, dev)).toEqual({ archive: 'sample' });
    expect(parseAppArgs(['archivo', '--no-sandbox', '-psn_0_12345'], packaged)).toEqual({ archive: null });
  });

  it('prefers --archive over a positional folder', () => {
    expect(parseAppArgs(['archivo', '/positional', '--archive', '/flagged'], packaged)).toEqual({ archive: '/flagged' });
  });

  it('treats --archive without a value as no archive rather than swallowing the next switch', () => {
    expect(parseAppArgs(['archivo', '--archive'], packaged)).toEqual({ archive: null });
    expect(parseAppArgs(['archivo', '--archive', '--no-sandbox'], packaged)).toEqual({ archive: null });
    expect(parseAppArgs(['archivo', '--archive='], packaged)).toEqual({ archive: null });
  });

  it('returns no archive for an empty argv', () => {
    expect(parseAppArgs([], dev)).toEqual({ archive: null });
  });
});
