import { describe, expect, it } from 'vitest';
import { formatProgress } from '../../../archive/cli/format-progress';
import { INTERRUPTED, runCli } from '../../../archive/cli/run-cli';
import { makeArchive, scrapedArticle, temporaryDir } from '../library/archive-fixture';

function manyArticles(count: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) files[`a${String(i).padStart(3, '0')}.txt`] = scrapedArticle(`Report number ${i}`, [`Paragraph about item ${i}.`]);
  return files;
}

describe('archivo index, interrupted', () => {
  it('stops on Ctrl+C after the current file, exits 130, and the next run finishes the job', async () => {
    const root = makeArchive(manyArticles(60));
    const indexDir = temporaryDir();
    let interrupt: () => void = () => undefined;
    let stdout = '';
    let stderr = '';
    const code = await runCli(['index', root, '--index-dir', indexDir], {
      stdout: (text) => (stdout += text),
      stderr: (text) => {
        stderr += text;
        if (text.includes('Looking for new and changed files')) interrupt(); // Ctrl+C as soon as the pass starts
      },
      color: false,
      onInterrupt: (handler) => {
        interrupt = handler;
        return () => (interrupt = () => undefined);
      },
    });
    expect(code).toBe(INTERRUPTED);
    expect(stderr).toMatch(/stopped\. What was read is saved; run the same command again to continue/);
    expect(Number(/^(\d+) articles?/.exec(stdout)?.[1])).toBeLessThan(60);

    let json = '';
    expect(await runCli(['index', root, '--json', '--index-dir', indexDir], { stdout: (text) => (json += text), stderr: () => undefined, color: false })).toBe(0);
    expect(JSON.parse(json)).toMatchObject({ articles: 60, files: 60, complete: true, rebuildReason: null });
  });
});

describe('the progress line', () => {
  it('says files, articles, rate and time left', () => {
    expect(
      formatProgress({ phase: 'reading', filesFound: 5000, filesDone: 1234, articles: 2000, elapsedMs: 9000, filesPerSecond: 137.2, remainingMs: 125_000 }),
    ).toBe('Indexed 1234 of 5000 files, 2000 articles, 137 files/s, about 2 min left');
    expect(formatProgress({ phase: 'scanning', filesFound: 0, filesDone: 0, articles: 0, elapsedMs: 0, filesPerSecond: null, remainingMs: null })).toBe(
      'Looking for new and changed files…',
    );
  });
});
