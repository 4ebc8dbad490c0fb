import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../archive/fs/write-file-atomic';
import { temporaryDir } from '../library/archive-fixture';

describe('atomic writes after a crash', () => {
  it('clear the temporary files killed writers left in the folder, and only those', async () => {
    const folder = temporaryDir();
    const target = path.join(folder, 'settings.json');
    // A pid that cannot be running (above the kernel's pid_max), and one that is: this process's parent.
    const dead = path.join(folder, 'settings.json.4194399.0123456789ab.tmp');
    const live = path.join(folder, `settings.json.${process.ppid}.ba9876543210.tmp`);
    // A segment written under a name that will never be written again (segment names change).
    const otherTarget = path.join(folder, 'index.1fb391f622b2.archivo-segment.4194399.9bd9a63b3a87.tmp');
    const notOurs = path.join(folder, 'notes.tmp');
    for (const file of [dead, live, otherTarget, notOurs]) writeFileSync(file, 'half a file');

    await writeFileAtomic(target, '{"ok":true}');

    expect(existsSync(dead)).toBe(false);
    expect(existsSync(otherTarget)).toBe(false);
    expect(existsSync(live)).toBe(true); // a writer still at work keeps its file
    expect(readdirSync(folder).sort()).toEqual(['notes.tmp', 'settings.json', path.basename(live)].sort());
  });
});
