/**
 * The renderer as a user meets it: the real built UI, the real IPC handlers and the real archive core
 * over the bundled sample archive. Only the native dialogs are stubbed.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, SAMPLE_ARCHIVE, test } from './fixtures';

const SEED_TITLE = 'Guatemalan President Inaugurates Municipal Program against Violence';
const SEED_TEASER =
  'On February 14, Guatemalan President Otto Pérez inaugurated the “Secure Municipality” program, which coordinates police and Military actions with the aim of reducing the violence that is plaguing the country, the local press reported.';
const SEED_COPYRIGHT = 'Copyright © 2018 Diálogo Americas. All Rights Reserved.';
const SEED_FILE = /000_3e153439dee5a9ac\.txt$/;
const SCREENSHOTS = path.resolve(__dirname, '../../test-results/screenshots');

const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search the archive' });
const results = (page: Page) => page.getByRole('region', { name: 'Search results' });
const resultButtons = (page: Page) => results(page).getByRole('listitem').getByRole('button');
const article = (page: Page) => page.getByRole('article');
const provenance = (page: Page) => page.getByRole('complementary', { name: 'Source & copyright' });
/** The value shown under a provenance label (a <dt>/<dd> pair). */
const field = (page: Page, label: string) => provenance(page).locator('.field', { has: page.locator('dt', { hasText: label }) }).locator('dd');

async function search(page: Page, query: string): Promise<void> {
  await searchBox(page).fill(query);
  await expect(results(page)).toHaveAttribute('aria-busy', 'false');
}

async function openSeed(page: Page): Promise<void> {
  await search(page, 'Mixco');
  await resultButtons(page).filter({ hasText: SEED_TITLE }).click();
  await expect(article(page).getByRole('heading', { level: 2 })).toHaveText(SEED_TITLE);
}

test.describe('with the sample archive open', () => {
  test.beforeEach(async ({ archivo }) => {
    await archivo.start({ archive: SAMPLE_ARCHIVE });
  });

  test('the header names the archive, counts its articles and its problems', async ({ archivo: { page, session } }) => {
    const status = session.getStatus();
    const summary = status.state === 'ready' ? status.summary : undefined;
    if (!summary) throw new Error('the sample archive did not open');
    const banner = page.getByRole('banner');
    await expect(banner).toContainText(path.basename(SAMPLE_ARCHIVE));
    await expect(banner).toContainText(`${summary.articles.toLocaleString('en')} article`);
    await expect(banner).toContainText(summary.problems.length === 0 ? 'No problems' : `${summary.problems.length} problem`);
    await expect(searchBox(page)).toBeFocused();
    await expect(searchBox(page)).toHaveAttribute('placeholder', /all words must match/);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'ready.png') });
  });

  test('"Mixco" lists ranked results with the matches in <mark>', async ({ archivo: { page, session } }) => {
    await search(page, 'Mixco');
    const rows = resultButtons(page);
    const count = await rows.count();
    expect(count).toBeGreaterThan(0);
    await expect(results(page).getByRole('status')).toHaveText(new RegExp(`^${count} results?`));
    // Shown in the core's ranking order, untouched by the UI.
    const ranked = (await session.getLibrary()?.search('Mixco', { limit: 100 }))?.results.map((hit) => hit.title);
    expect(await rows.locator('.result-title').allTextContents()).toEqual(ranked);
    const seed = rows.filter({ hasText: SEED_TITLE });
    await expect(seed).toHaveCount(1);
    await expect(seed).toContainText('February 17, 2012');
    await expect(seed).toContainText('Diálogo Americas');
    // Every highlighted word is the searched one, whatever its case or accents.
    const marks = await results(page).locator('mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(mark.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()).toBe('mixco');
    // Highlights are elements, not markup that leaked through as text.
    await expect(results(page)).not.toContainText('<mark>');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'search-mixco.png') });
  });

  test('"perez" without the accent finds the article about President Pérez', async ({ archivo: { page } }) => {
    await search(page, 'perez');
    const seed = resultButtons(page).filter({ hasText: SEED_TITLE });
    await expect(seed).toHaveCount(1);
    await expect(seed.locator('mark').first()).toHaveText('Pérez');
  });

  test('the seed article reads with its byline, date and provenance, no paragraph twice', async ({ archivo: { page } }) => {
    await openSeed(page);
    const view = article(page);
    await expect(view.getByText('Author unknown')).toBeVisible();
    await expect(view.locator('time')).toHaveText('February 17, 2012');
    await expect(view.locator('time')).toHaveAttribute('datetime', '2012-02-17');

    const text = (await view.textContent()) ?? '';
    expect(text.split(SEED_TEASER).length - 1, 'the teaser appears exactly once').toBe(1);
    const paragraphs = await view.locator('.article-text p').allTextContents();
    expect(new Set(paragraphs).size, 'no paragraph is shown twice').toBe(paragraphs.length);
    await expect(view.locator('.article-body p').last()).toHaveText(/16 deaths a day\.$/);
    await expect(view.locator('.article-body')).not.toContainText('Copyright');

    await expect(field(page, 'Source')).toHaveText('Diálogo Americas');
    await expect(field(page, 'Copyright notice')).toHaveText(SEED_COPYRIGHT);
    await expect(field(page, 'File')).toHaveText(SEED_FILE);
    await expect(field(page, 'Original URL')).toHaveText('Not recorded in the file');
    await expect(field(page, 'Encoding')).toHaveText(/utf-8/i);
    await expect(field(page, 'SHA-256')).toHaveText(/^[0-9a-f]{64}$/);
    await expect(provenance(page).getByRole('link')).toHaveCount(0);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'article.png') });
    await provenance(page).screenshot({ path: path.join(SCREENSHOTS, 'provenance.png') });
    await page.setViewportSize({ width: 1680, height: 1000 });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'article-wide.png') });

    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'article-dark.png') });
    await page.setViewportSize({ width: 640, height: 900 });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'article-narrow-dark.png') });
  });

  test('keyboard: / focuses search, arrows and j/k move, Enter opens, Esc closes', async ({ archivo: { page } }) => {
    await searchBox(page).blur();
    await page.keyboard.press('/');
    await expect(searchBox(page)).toBeFocused();
    await page.keyboard.type('violence');
    await expect(results(page)).toHaveAttribute('aria-busy', 'false');
    const rows = resultButtons(page);
    await expect(rows.first()).toBeVisible();
    const count = await rows.count();

    await page.keyboard.press('ArrowDown');
    await expect(rows.nth(0)).toBeFocused();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'keyboard-focus.png') });
    if (count > 1) {
      await page.keyboard.press('ArrowDown');
      await expect(rows.nth(1)).toBeFocused();
      await page.keyboard.press('k');
      await expect(rows.nth(0)).toBeFocused();
      await page.keyboard.press('j');
      await expect(rows.nth(1)).toBeFocused();
      await page.keyboard.press('ArrowUp');
    }
    await expect(rows.nth(0)).toBeFocused();
    const title = (await rows.nth(0).locator('.result-title').textContent()) ?? '';

    await page.keyboard.press('Enter');
    const heading = article(page).getByRole('heading', { level: 2 });
    await expect(heading).toHaveText(title);
    await expect(heading).toBeFocused();
    await expect(rows.nth(0)).toHaveAttribute('aria-current', 'true');

    await page.keyboard.press('Escape');
    await expect(article(page)).toHaveCount(0);
    await expect(rows.nth(0)).toBeFocused();

    await page.keyboard.press('Control+k');
    await expect(searchBox(page)).toBeFocused();
    await searchBox(page).blur();
    await archivoEmitFocusSearch(page);
  });

  test('a slow answer to an older query never replaces the newer results', async ({ archivo }) => {
    const { page } = archivo;
    archivo.searchDelayMs = (query) => (query === 'violence' ? 1500 : 0);
    await searchBox(page).fill('violence');
    await page.waitForTimeout(300); // past the debounce: the slow request is on its way
    await search(page, 'perez');
    await expect(resultButtons(page).filter({ hasText: SEED_TITLE })).toHaveCount(1);
    const shown = await resultButtons(page).count();
    await page.waitForTimeout(1600); // the stale answer has arrived by now
    await expect(resultButtons(page)).toHaveCount(shown);
    await expect(results(page).locator('mark').first()).toHaveText('Pérez');
  });

  test('nothing found and unparsable queries say so plainly', async ({ archivo: { page } }) => {
    await search(page, 'zzxqvw');
    await expect(results(page).getByRole('status')).toHaveText('Nothing matches “zzxqvw”. Try fewer or different words.');
    await expect(resultButtons(page)).toHaveCount(0);

    await search(page, '"Secure Municipality');
    await expect(results(page).getByRole('status')).toContainText('This search cannot be run: The quote at character 1 is never closed.');
  });

  test('Ctrl+P exports the open article to a PDF with its text and accents intact', async ({ archivo }) => {
    const { page } = archivo;
    await openSeed(page);

    // Canceling the save dialog shows nothing and writes nothing.
    archivo.nextSavePath = null;
    await article(page).getByRole('button', { name: /Export PDF/ }).click();
    await expect.poll(() => archivo.suggestedNames.length).toBe(1);
    await expect(article(page).getByRole('status')).toHaveText('');
    expect(archivo.suggestedNames[0]).toMatch(/\.pdf$/);

    const target = path.join(archivo.tempDir, 'seed.pdf');
    archivo.nextSavePath = target;
    await page.keyboard.press('Control+p');
    await expect(article(page).getByRole('status')).toHaveText(`Saved to ${target}`, { timeout: 30_000 });
    expect(existsSync(target)).toBe(true);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', target, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain(SEED_TITLE);
    expect(text).toContain('Diálogo');
    expect(text).toContain('Pérez');
    expect(text).toContain(SEED_COPYRIGHT);
    const info = execFileSync('pdfinfo', ['-enc', 'UTF-8', target], { encoding: 'utf8' });
    expect(info).toMatch(new RegExp(`^Title:\\s+${SEED_TITLE}$`, 'm'));
    await page.screenshot({ path: path.join(SCREENSHOTS, 'exported.png') });
  });

  test('the menu command exports too, and an export failure is shown', async ({ archivo }) => {
    const { page } = archivo;
    await openSeed(page);
    // A path below a plain file cannot be written: the real handler reports the failure.
    const blocker = path.join(archivo.tempDir, 'not-a-folder');
    writeFileSync(blocker, 'a file, not a folder');
    archivo.nextSavePath = path.join(blocker, 'x.pdf');
    await archivo.emit('app:command', 'export-pdf');
    await expect(article(page).getByRole('status')).toContainText('Export failed:', { timeout: 30_000 });
  });
});

test('while an archive is indexed it stays searchable, and the header shows files, rate and time left', async ({ archivo }) => {
  const { page } = archivo;
  await archivo.start({ archive: SAMPLE_ARCHIVE });
  const status = archivo.session.getStatus();
  if (status.state !== 'ready') throw new Error('the sample archive did not open');
  // What main sends while a pass runs, e.g. after files were added to the folder.
  await archivo.emit('archive:status-changed', {
    state: 'ready',
    summary: status.summary,
    indexing: { phase: 'reading', filesFound: 5000, filesDone: 1234, articles: 1200, elapsedMs: 10_000, filesPerSecond: 123.4, remainingMs: 150_000 },
  });
  const progress = page.getByRole('banner').getByRole('status');
  await expect(progress).toHaveText('Indexing: 1,234 of 5,000 files, 1,200 articles searchable · 123 files/s · about 3 min left');
  await expect(progress.getByRole('progressbar', { name: 'Indexing progress' })).toHaveAttribute('value', '1234');
  await search(page, 'Mixco');
  await expect(resultButtons(page).first()).toBeVisible();

  await archivo.emit('archive:status-changed', { state: 'ready', summary: status.summary, indexing: null });
  await expect(page.getByRole('banner').getByRole('status')).toHaveCount(0);
  await expect(resultButtons(page).first()).toBeVisible();
});

test('starting empty, "Open archive…" indexes the chosen folder and then searches it', async ({ archivo }) => {
  const { page } = archivo;
  await archivo.start();
  await expect(page.getByRole('heading', { name: 'No archive open' })).toBeVisible();
  await page.screenshot({ path: path.join(SCREENSHOTS, 'empty.png') });

  // A canceled folder dialog changes nothing.
  archivo.nextFolder = null;
  await page.getByRole('main').getByRole('button', { name: 'Open archive…' }).click();
  await expect(page.getByRole('heading', { name: 'No archive open' })).toBeVisible();

  const release = archivo.holdOpening();
  archivo.nextFolder = SAMPLE_ARCHIVE;
  await page.getByRole('main').getByRole('button', { name: 'Open archive…' }).click();
  await expect(page.getByRole('status')).toContainText(`Indexing “${path.basename(SAMPLE_ARCHIVE)}”`);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'indexing.png') });
  release();

  await expect(searchBox(page)).toBeVisible();
  await search(page, 'Mixco');
  await expect(resultButtons(page).filter({ hasText: SEED_TITLE })).toHaveCount(1);
});

test('a file that cannot be read is listed under Problems with its path and reason', async ({ archivo }) => {
  const { page } = archivo;
  const root = path.join(archivo.tempDir, 'archive-with-a-bad-file');
  cpSync(SAMPLE_ARCHIVE, root, { recursive: true });
  mkdirSync(path.join(root, 'damaged'));
  writeFileSync(path.join(root, 'damaged', 'broken.txt'), Buffer.from([0x00, 0x01, 0xff, 0x00, 0x9c, 0x00, 0x02]));
  await archivo.start({ archive: root });

  const toggle = page.getByRole('banner').getByRole('button', { name: /^\d+ problems?$/ });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const list = page.getByRole('region', { name: 'Files that could not be read' });
  const row = list.getByRole('listitem').filter({ hasText: 'damaged/broken.txt' });
  await expect(row).toHaveCount(1);
  await expect(row.locator('.reason')).not.toBeEmpty();
  await page.screenshot({ path: path.join(SCREENSHOTS, 'problems.png') });

  // The rest of the archive is still searchable; Esc closes the list.
  await search(page, 'Mixco');
  await expect(resultButtons(page).filter({ hasText: SEED_TITLE })).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(list).toHaveCount(0);
});

test('an archive that cannot be opened shows why and offers another', async ({ archivo }) => {
  const { page } = archivo;
  await archivo.start({ archive: path.join(archivo.tempDir, 'no-such-folder') });
  await expect(page.getByRole('heading', { name: 'This archive could not be opened' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('no-such-folder');
  await expect(page.getByRole('main').getByRole('button', { name: 'Open another archive…' })).toBeVisible();
  await page.screenshot({ path: path.join(SCREENSHOTS, 'error.png') });
});

async function archivoEmitFocusSearch(page: Page): Promise<void> {
  await page.evaluate(() =>
    (window as unknown as { __archivoEmit(c: string, p: unknown): void }).__archivoEmit('app:command', 'focus-search'),
  );
  await expect(searchBox(page)).toBeFocused();
}
