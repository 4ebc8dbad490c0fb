/** The application around the search: opening archives, progress, problems, languages, themes, text size, shortcuts, panes. */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, SAMPLE_ARCHIVE, test } from './fixtures';
import { article, openSeed, resultButtons, results, search, searchBox, SEED_TITLE, shot } from './helpers';

test('starting empty, "Open archive…" indexes the chosen folder and then searches it; recent archives are offered', async ({ archivo }) => {
  const { page } = archivo;
  archivo.recentArchives = [SAMPLE_ARCHIVE];
  await archivo.start();
  await expect(page.getByRole('heading', { name: 'No archive open' })).toBeVisible();
  const recent = page.getByRole('navigation', { name: 'Recent archives' });
  await expect(recent.getByRole('button', { name: path.basename(SAMPLE_ARCHIVE) })).toBeVisible();
  await shot(page, 'empty');

  archivo.nextFolder = null;
  await page.getByRole('main').getByRole('button', { name: 'Open archive…' }).click();
  await expect(page.getByRole('heading', { name: 'No archive open' })).toBeVisible();

  const release = archivo.holdOpening();
  await recent.getByRole('button', { name: path.basename(SAMPLE_ARCHIVE) }).click();
  await expect(page.getByRole('main').getByRole('status')).toContainText(`Indexing “${path.basename(SAMPLE_ARCHIVE)}”`);
  await shot(page, 'indexing');
  release();
  await expect(searchBox(page)).toBeVisible();
  await search(page, 'Mixco');
  await expect(resultButtons(page).filter({ hasText: SEED_TITLE })).toHaveCount(1);
});

test('while an archive is indexed it stays searchable, and the header shows files, rate and time left', async ({ archivo }) => {
  const { page } = archivo;
  await archivo.start({ archive: SAMPLE_ARCHIVE });
  const status = archivo.session.getStatus();
  if (status.state !== 'ready') throw new Error('the sample archive did not open');
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
});

test('Stop ends a long indexing pass after the current file, and what was read stays searchable', async ({ archivo }) => {
  const { page } = archivo;
  const big = path.join(archivo.tempDir, 'big-archive');
  mkdirSync(big);
  // Enough files that the pass is still running when the click lands, however fast the machine.
  for (let i = 0; i < 30000; i++) {
    writeFileSync(path.join(big, `report-${i}.txt`), `\n\nHarbour report ${i}\n\nAna Gómez | [3 March 2015](#)\n\nThe harbour log entry ${i} lists cargo.\n`);
  }
  await archivo.start();
  archivo.nextFolder = big;
  await page.getByRole('main').getByRole('button', { name: 'Open archive…' }).click();
  const stop = page.getByRole('banner').getByRole('button', { name: 'Stop' });
  // Stop once some articles are in: they must stay searchable.
  await expect(page.getByRole('banner').getByRole('status')).toHaveText(/[1-9][\d,]* articles? searchable/);
  await stop.click();
  await expect(stop).toHaveCount(0);
  const status = archivo.session.getStatus();
  if (status.state !== 'ready') throw new Error(`expected a searchable archive, got ${status.state}`);
  expect(status.indexing).toBeNull();
  expect(status.summary.articles).toBeLessThan(30000);
  await search(page, 'harbour');
  await expect(results(page).getByRole('status')).toHaveText(new RegExp(`^${status.summary.articles.toLocaleString('en')} results?`));
});

test('a file that cannot be read is listed under Problems with its path and reason, and files of kinds Archivo does not read are counted', async ({ archivo }) => {
  const { page } = archivo;
  const root = path.join(archivo.tempDir, 'archive-with-a-bad-file');
  cpSync(SAMPLE_ARCHIVE, root, { recursive: true });
  mkdirSync(path.join(root, 'damaged'));
  writeFileSync(path.join(root, 'damaged', 'broken.txt'), Buffer.from([0x00, 0x01, 0xff, 0x00, 0x9c, 0x00, 0x02]));
  for (const name of ['a', 'b', 'c', 'd']) writeFileSync(path.join(root, 'damaged', `scan-${name}.pdf`), '%PDF-1.7');
  await archivo.start({ archive: root });
  const toggle = page.getByRole('banner').getByRole('button', { name: '1 problem · 4 files not read' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const list = page.getByRole('region', { name: 'Files that could not be read' });
  await expect(list.getByRole('listitem').filter({ hasText: 'damaged/broken.txt' })).toHaveCount(1);
  const pdfs = list.getByRole('listitem').filter({ hasText: '4 .pdf files' });
  await expect(pdfs).toContainText('damaged/scan-a.pdf');
  await expect(pdfs).toContainText('and 1 more');
  await expect(page.getByRole('heading', { name: 'Files Archivo does not read' })).toBeVisible();
  await shot(page, 'problems');
  // In the reader's language, reasons included.
  await page.getByRole('combobox', { name: 'Language' }).selectOption('es');
  const lista = page.getByRole('region', { name: 'Ficheros que no se pudieron leer' });
  await expect(lista.getByRole('listitem').filter({ hasText: 'damaged/broken.txt' })).toContainText('parece un fichero binario, no texto');
  await expect(lista.getByRole('listitem').filter({ hasText: '4 ficheros .pdf' })).toContainText('y 1 más');
  await expect(page.getByRole('banner').getByRole('button', { name: '1 problema · 4 ficheros sin leer' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Idioma' }).selectOption('en');
  await search(page, 'Mixco');
  await expect(resultButtons(page).filter({ hasText: SEED_TITLE })).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(list).toHaveCount(0);
});

test('an archive that cannot be opened shows why, what to do, and offers another', async ({ archivo }) => {
  const { page } = archivo;
  await archivo.start({ archive: path.join(archivo.tempDir, 'no-such-folder') });
  await expect(page.getByRole('heading', { name: 'This archive could not be opened' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('no-such-folder');
  await expect(page.getByRole('main')).toContainText('Check that the folder still exists');
  await expect(page.getByRole('main').getByRole('button', { name: 'Open another archive…' })).toBeVisible();
  await shot(page, 'error');
});

test.describe('with the sample archive open', () => {
  test.beforeEach(async ({ archivo }) => {
    await archivo.start({ archive: SAMPLE_ARCHIVE });
  });

  test('the UI speaks Spanish and Portuguese, dates and numbers included, and remembers the choice', async ({ archivo }) => {
    const { page } = archivo;
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.getByRole('combobox', { name: 'Language' }).selectOption('es');
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    const box = page.getByRole('combobox', { name: 'Buscar en el archivo' });
    await box.fill('Mixco');
    await page.getByRole('region', { name: 'Resultados de la búsqueda' }).getByRole('button').filter({ hasText: SEED_TITLE }).click();
    await expect(article(page).locator('time')).toHaveText('17 de febrero de 2012');
    await expect(page.getByRole('complementary', { name: 'Fuente y derechos de autor' })).toContainText('Aviso de derechos de autor');
    await expect(page.getByRole('button', { name: /Exportar PDF/ })).toBeVisible();
    await shot(page, 'spanish');
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Sintaxis de búsqueda y atajos de teclado' });
    await expect(help.getByRole('region', { name: 'Sintaxis de búsqueda' })).toContainText('cualquier palabra que empiece por «municip»');
    await page.keyboard.press('Escape');
    await expect(help).toHaveCount(0);
    // A query the parser refuses is explained in Spanish too.
    await box.fill('Mixco "Municipio');
    await expect(page.locator('.results-status')).toContainText('Esta búsqueda no se puede ejecutar: Las comillas del carácter 7 no se cierran.');
    await box.fill('Mixco');
    await expect.poll(() => archivo.reportedPreferences.at(-1)?.effectiveLanguage).toBe('es');

    // The View menu switches too; the choice survives a restart.
    await archivo.emit('app:command', 'language-pt');
    await expect(page.locator('html')).toHaveAttribute('lang', 'pt');
    await expect(page.getByRole('banner')).toContainText('Abrir outro acervo…');
    await page.reload();
    await expect(page.getByRole('combobox', { name: 'Pesquisar no acervo' })).toBeVisible();
    await expect(page.getByRole('banner')).toContainText(/\d+ artigos/);
    await archivo.emit('app:command', 'language-en');
    await expect(searchBox(page)).toBeVisible();
  });

  test('themes: system by default, light and dark on demand (menu too), remembered', async ({ archivo }) => {
    const { page } = archivo;
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');

    await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(21, 22, 24)');
    await page.setViewportSize({ width: 1680, height: 1000 });
    await openSeed(page);
    await shot(page, 'article-dark');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await archivo.emit('app:command', 'theme-light');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await expect.poll(() => archivo.reportedPreferences.at(-1)?.theme).toBe('light');
  });

  test('text size: Ctrl+= / Ctrl+- / Ctrl+0 and the header buttons scale the whole UI', async ({ archivo }) => {
    const { page } = archivo;
    const rootSize = () => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
    expect(await rootSize()).toBe('16px');
    await page.keyboard.press('Control+=');
    expect(await rootSize()).toBe('17.6px');
    await page.keyboard.press('Control+=');
    await expect(page.getByRole('group', { name: 'Text size' })).toContainText('125%');
    await page.keyboard.press('Control+-');
    await expect(page.getByRole('group', { name: 'Text size' })).toContainText('110%');
    await archivo.emit('app:command', 'zoom-reset');
    expect(await rootSize()).toBe('16px');
    await page.getByRole('button', { name: 'Larger text' }).click();
    await expect(page.getByRole('group', { name: 'Text size' })).toContainText('110%');
    await page.reload();
    await expect(page.getByRole('group', { name: 'Text size' })).toContainText('110%');
  });

  test('? shows the search syntax and every shortcut in a dialog that keeps focus and gives it back; Help does the same', async ({ archivo }) => {
    const { page } = archivo;
    await search(page, 'Mixco');
    await searchBox(page).press('ArrowDown');
    const row = resultButtons(page).first();
    await expect(row).toBeFocused();
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Search syntax and keyboard shortcuts' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('Find in the article');
    const syntax = dialog.getByRole('region', { name: 'Search syntax' });
    await expect(syntax.getByRole('term')).toHaveText([
      'violence Mixco',
      'violence OR crime',
      '-gang   NOT gang',
      '"secure municipality"',
      'municip*',
      'guatemala~   ~1   ~2',
      'title:   author:   source:   tag:',
      'lang:es',
      'date:2012   date:2012-02   date:2012-02-01..2012-06-30',
      'before:2013   after:2011-06',
      '(police OR military) Mixco',
    ]);
    await expect(syntax).toContainText('any word starting with “municip”');
    await expect(dialog.getByRole('button', { name: /Close/ })).toBeFocused();
    await shot(page, 'shortcuts');
    // Tab stays inside.
    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('button', { name: /Close/ })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(row).toBeFocused();
    // The open article is still there: Esc closed only the dialog.
    await archivo.emit('app:command', 'show-shortcuts');
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: /Close/ }).click();
    await expect(dialog).toHaveCount(0);
  });

  test('the divider between results and article resizes from the keyboard and is remembered', async ({ archivo: { page } }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    const divider = page.getByRole('separator', { name: 'Resize the result list' });
    const pane = page.locator('.search-pane');
    const before = (await pane.boundingBox())?.width ?? 0;
    await divider.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await pane.boundingBox())?.width).toBe(before + 48);
    await expect(divider).toHaveAttribute('aria-valuenow', String(before + 48));
    await page.reload();
    await expect.poll(async () => (await pane.boundingBox())?.width).toBe(before + 48);
  });

  test('"did you mean" offers the indexed spelling when nothing matches', async ({ archivo: { page } }) => {
    await search(page, 'Mixko');
    const suggestion = results(page).locator('.did-you-mean');
    await expect(suggestion).toContainText('Did you mean');
    await suggestion.getByRole('button', { name: 'mixco' }).click();
    await expect(searchBox(page)).toHaveValue('mixco');
    await expect(resultButtons(page).filter({ hasText: SEED_TITLE })).toHaveCount(1);
  });
});
