/**
 * The bad input real archives hold: each file yields its articles or becomes one plain entry in the
 * Problems list, and nothing crashes, hangs or stops the other files.
 */
import { mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openArchive } from '../../../archive/library';
import { makeArchive, SEED_TEXT, temporaryDir } from './archive-fixture';

describe('bad input', () => {
  it('survives symlink loops, broken links, binary text files and a 3 MB single line', async () => {
    const root = makeArchive({
      'seed.txt': SEED_TEXT,
      'binary.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
      'long-line.txt': `Headline of a one-line dump\n\n${'palabra '.repeat(400_000)}`,
      'broken.html': '<html><body><div><p>unclosed <b>tags <i>everywhere',
    });
    mkdirSync(path.join(root, 'nested/deeper'), { recursive: true });
    symlinkSync(root, path.join(root, 'nested/deeper/loop')); // a folder link back to the top
    symlinkSync(path.join(root, 'nowhere.txt'), path.join(root, 'dangling.txt'));

    const started = Date.now();
    const library = await openArchive(root, { indexDir: temporaryDir() });
    expect(Date.now() - started).toBeLessThan(20_000);

    expect(library.search('"Secure Municipality"').total).toBe(1);
    expect(library.search('palabra').total).toBe(1);
    expect(library.search('unclosed tags everywhere').total).toBe(1); // broken HTML still reads
    const reasons = Object.fromEntries(library.summary.problems.map((problem) => [problem.path, problem.reason]));
    expect(reasons['binary.txt']).toMatch(/binary/);
    expect(reasons['dangling.txt']).toMatch(/broken link/);
    expect(reasons['nested/deeper/loop']).toMatch(/loop/);
    // Each problem is one plain line, never a stack trace.
    for (const reason of Object.values(reasons)) expect(reason).not.toMatch(/\n|at \w+ \(/);
  });
});
