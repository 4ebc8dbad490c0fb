import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../archive/fs/write-file-atomic';
import { temporaryDir } from '../library/archive-fixture';

describe('atomic writes after a crash', () => {
  it('clear the temporary files a killed writer left, and only those', async () => {
    const folder = temporaryDir();
    const target = path.join(folder, 'settings.json');
    // A pid that cannot be running (above the kernel's pid_max), and one that is: this process's parent.
    const dead = path.join(folder, 'settings.json.4194399.0123456789ab.tmp');
    const live = path.join(folder, `settings.json.${process.ppid}.ba9876543210.tmp`);
    const other = path.join(folder, 'other.json.4194399.0123456789ab.tmp');
    for (const file of [dead, live, other]) writeFileSync(file, 'half a file');

    await writeFileAtomic(target, '{"ok":true}');

    expect(existsSync(dead)).toBe(false);
    expect(existsSync(live)).toBe(true); // a writer still at work keeps its file
    expect(existsSync(other)).toBe(true); // another target's temporaries are not ours to judge
    expect(readdirSync(folder).sort()).toEqual([path.basename(other), 'settings.json', path.basename(live)].sort());
  });
});
