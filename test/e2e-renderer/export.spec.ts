/** Taking things out of the archive from the UI: citations, results (all or ticked) as files and PDFs, marked hits. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { cite } from '../../archive/cite/cite';
import type { Article } from '../../archive/model/article';
import { expect, SAMPLE_ARCHIVE, test } from './fixtures';
import { flowing, markedPixels, pdfText, renderFirstPage } from '../unit/export/poppler';
import { article, openSeed, results, resultButtons, SCREENSHOTS, search, SEED_TITLE, shot } from './helpers';

test.beforeEach(async ({ archivo }) => {
  await archivo.start({ archive: SAMPLE_ARCHIVE });
});

const exportPanel = (page: import('@playwright/test').Page) => results(page).locator('.results-export');
const exportLine = (page: import('@playwright/test').Page) => exportPanel(page).getByRole('status');

test('"Cite → APA 7" copies the seed article’s APA citation (text and rich text) and says so', async ({ archivo }) => {
  const { page } = archivo;
  await openSeed(page);
  const cites = article(page).getByRole('group', { name: 'Copy a citation of this article' });
  await cites.getByRole('button', { name: 'APA 7' }).click();
  await expect(cites.getByRole('status')).toHaveText('Copied APA citation');

  const seed = (await archivo.session.getLibrary()!.search('Mixco', { limit: 50 })).results.find((hit) => hit.title === SEED_TITLE)!;
  const full = (await archivo.session.getLibrary()!.getArticle(seed.id)) as Article;
  const expected = cite(full, 'apa', 'en');
  expect(archivo.copied).toEqual([{ text: expected.text, html: expected.html }]);
  expect(expected.text).toContain(SEED_TITLE.slice(0, 20));

  await cites.getByRole('button', { name: 'Chicago 17', exact: true }).click();
  await expect(cites.getByRole('status')).toHaveText('Copied Chicago citation');
  expect(archivo.copied[1]?.text).toBe(cite(full, 'chicago', 'en').text);

  await cites.getByRole('button', { name: 'Chicago 17 (note)' }).click();
  await expect(cites.getByRole('status')).toHaveText('Copied Chicago (note) citation');
  expect(archivo.copied[2]?.text).toBe(cite(full, 'chicago', 'en').note?.text);
  expect(archivo.copied[2]?.text).toMatch(/^“Guatemalan President Inaugurates Municipal Program against Violence,” Diálogo Americas, February 17, 2012/);
});

test('"Export results…" writes every result as CSV, with a search receipt naming the query and the hits', async ({ archivo }) => {
  const { page } = archivo;
  await search(page, 'Mixco');
  const count = await resultButtons(page).count();
  await exportPanel(page).getByText('Export results…').click();
  const target = path.join(archivo.tempDir, 'mixco');
  archivo.nextSavePath = target;
  await exportPanel(page).getByRole('checkbox', { name: /search receipt/ }).check();
  await exportPanel(page).getByRole('button', { name: 'Export', exact: true }).click();
  await expect(exportLine(page)).toContainText(`Saved ${count} result`, { timeout: 30_000 });
  expect(archivo.suggestedNames.at(-1)).toMatch(/^archivo-mixco-\d{4}-\d\d-\d\d\.csv$/);

  const csv = readFileSync(`${target}.csv`, 'utf8').replace(/^\uFEFF/, '');
  const [header, ...rows] = csv.trimEnd().split('\r\n');
  expect(header).toBe('rank,id,title,date,source,author,language,url,path,score,snippet,sha256');
  expect(rows).toHaveLength(count);
  expect(csv).toContain(SEED_TITLE);

  const receipt = JSON.parse(readFileSync(`${target}.receipt.json`, 'utf8')) as { query: string; hits: { id: string }[]; indexChecksum: string };
  expect(receipt.query).toBe('Mixco');
  const ids = (await archivo.session.getLibrary()!.search('Mixco', { limit: 50 })).results.map((hit) => hit.id);
  expect(receipt.hits.map((hit) => hit.id)).toEqual(ids);
  expect(receipt.indexChecksum).toMatch(/^[0-9a-f]{64}$/);
  await expect(exportLine(page)).toContainText(`Search receipt saved to ${target}.receipt.json`);
  await openSeed(page);
  await article(page).getByRole('button', { name: 'MLA 9' }).click();
  await shot(page, 'export-results-and-cite');
});

test('references export as BibTeX, and a cancelled dialog writes nothing', async ({ archivo }) => {
  const { page } = archivo;
  await search(page, 'Mixco');
  await exportPanel(page).getByText('Export results…').click();
  await exportPanel(page).getByRole('combobox', { name: 'Format' }).selectOption('BibTeX');
  archivo.nextSavePath = null;
  await exportPanel(page).getByRole('button', { name: 'Export', exact: true }).click();
  await expect.poll(() => archivo.suggestedNames.at(-1)).toMatch(/\.bib$/);
  await expect(exportLine(page)).toHaveText('Export cancelled');

  const target = path.join(archivo.tempDir, 'refs.bib');
  archivo.nextSavePath = target;
  await exportPanel(page).getByRole('button', { name: 'Export', exact: true }).click();
  await expect(exportLine(page)).toContainText(`to ${target}`, { timeout: 30_000 });
  const bib = readFileSync(target, 'utf8');
  expect(bib).toMatch(/^@/m);
  expect(bib).toContain('Guatemalan President Inaugurates Municipal Program');
});

test('"PDF, one file with contents" prints one PDF with a contents page and every headline', async ({ archivo }) => {
  test.setTimeout(120_000);
  const { page } = archivo;
  await search(page, 'Mixco');
  const titles = await resultButtons(page).locator('.result-title').allInnerTexts();
  const count = await resultButtons(page).count();
  expect(count).toBeGreaterThanOrEqual(2);
  expect(count).toBeLessThanOrEqual(5);
  const target = path.join(archivo.tempDir, 'mixco.pdf');
  archivo.nextSavePath = target;
  await exportPanel(page).getByText('Export results…').click();
  await exportPanel(page).getByRole('combobox', { name: 'Format' }).selectOption('PDF, one file with contents');
  // A PDF offers marking the hits instead of a receipt.
  await expect(exportPanel(page).getByRole('checkbox', { name: /search receipt/ })).toHaveCount(0);
  await exportPanel(page).getByRole('button', { name: 'Export', exact: true }).click();
  await expect(exportPanel(page).getByRole('button', { name: 'Cancel export' })).toBeVisible();
  await expect(exportLine(page)).toContainText(`Saved ${count} results to ${target}`, { timeout: 90_000 });
  await expect(exportPanel(page).getByRole('button', { name: 'Cancel export' })).toHaveCount(0);

  const text = flowing(pdfText(target));
  expect(text).toContain('Contents');
  expect(text).toContain('“Mixco”');
  expect(text).toContain(SEED_TITLE);
  for (const title of titles) expect(text).toContain(title.replace(/\s+/g, ' ').trim());
});

test('a results PDF shows its progress and can be cancelled, leaving no file', async ({ archivo }) => {
  test.setTimeout(120_000);
  const { page } = archivo;
  await search(page, 'Mixco');
  const target = path.join(archivo.tempDir, 'cancelled.pdf');
  archivo.nextSavePath = target;
  await exportPanel(page).getByText('Export results…').click();
  await exportPanel(page).getByRole('combobox', { name: 'Format' }).selectOption('PDF, one file with contents');
  await exportPanel(page).getByRole('button', { name: 'Export', exact: true }).click();
  // The layout pass prints the whole document once: long enough to see it and cancel it.
  await expect(exportLine(page)).toContainText(/Laying out \d+ articles…/, { timeout: 30_000 });
  await exportPanel(page).getByRole('button', { name: 'Cancel export' }).click();
  await expect(exportLine(page)).toHaveText('Export cancelled', { timeout: 30_000 });
  expect(existsSync(target)).toBe(false);
});

test('in Spanish, the controls speak Spanish and APA is cited with Spanish dates', async ({ archivo }) => {
  const { page } = archivo;
  await openSeed(page);
  await archivo.emit('app:command', 'language-es');
  // The pane's own name is Spanish now too, so find the control by its place.
  await expect(page.locator('.results-export summary')).toHaveText('Exportar resultados…');
  const cites = article(page).getByRole('group', { name: 'Copiar una cita de este artículo' });
  await cites.getByRole('button', { name: 'APA 7' }).click();
  await expect(cites.getByRole('status')).toHaveText('Cita APA copiada');
  expect(archivo.copied.at(-1)?.text).toContain('(2012, 17 de febrero)');
});

test('ticked results: Space and clicks tick rows, and only those are exported, in list order', async ({ archivo }) => {
  const { page } = archivo;
  await search(page, 'Mixco');
  const count = await resultButtons(page).count();
  expect(count).toBeGreaterThanOrEqual(3);
  const ids = (await archivo.session.getLibrary()!.search('Mixco', { limit: 50 })).results.map((hit) => hit.id);

  // Keyboard: Space on the focused row ticks it (and does not open it); mouse: the row's tick box.
  await resultButtons(page).first().focus();
  await page.keyboard.press('Space');
  await expect(article(page)).toHaveCount(0);
  const ticks = results(page).getByRole('checkbox', { name: /^Tick “/ });
  await expect(ticks.nth(0)).toBeChecked();
  await ticks.nth(2).click();
  await expect(ticks.nth(2)).toBeChecked();
  await expect(ticks.nth(1)).not.toBeChecked();
  await expect(results(page).locator('.ticked-bar')).toContainText('2 results ticked');

  await exportPanel(page).getByText('Export results…').click();
  await expect(exportPanel(page).getByRole('radio', { name: 'Only the 2 ticked results' })).toBeChecked();
  await expect(exportPanel(page).getByRole('radio', { name: `All ${count} results` })).not.toBeChecked();
  const target = path.join(archivo.tempDir, 'ticked.csv');
  archivo.nextSavePath = target;
  await exportPanel(page).getByRole('button', { name: 'Export', exact: true }).click();
  await expect(exportLine(page)).toContainText(`Saved 2 results to ${target}`, { timeout: 30_000 });
  const rows = readFileSync(target, 'utf8').trimEnd().split('\r\n').slice(1);
  expect(rows.map((row) => ids.find((id) => row.includes(id)))).toEqual([ids[0], ids[2]]);
  await shot(page, 'ticked-results-export');

  // A new search is a new list: the ticks go.
  await search(page, 'Mixco violence');
  await expect(results(page).locator('.ticked-bar')).toHaveCount(0);
  await expect(results(page).getByRole('checkbox', { checked: true })).toHaveCount(0);
});

test('one PDF per ticked article, with the search’s words marked, into a new folder', async ({ archivo }) => {
  test.setTimeout(120_000);
  const { page } = archivo;
  await search(page, 'Mixco');
  const ticks = results(page).getByRole('checkbox', { name: /^Tick “/ });
  await ticks.nth(0).click();
  // Shift extends from the last tick, as in a file manager.
  await ticks.nth(1).click({ modifiers: ['Shift'] });
  await expect(results(page).locator('.ticked-bar')).toContainText('2 results ticked');
  await exportPanel(page).getByText('Export results…').click();
  await exportPanel(page).getByRole('combobox', { name: 'Format' }).selectOption('PDF, one file per article');
  await exportPanel(page).getByRole('checkbox', { name: 'Mark the words the search matched' }).check();
  archivo.nextSavePath = archivo.tempDir;
  await exportPanel(page).getByRole('button', { name: 'Export', exact: true }).click();
  await expect.poll(() => archivo.suggestedNames.at(-1) ?? '').toMatch(/^archivo-mixco-\d{4}-\d\d-\d\d$/);
  const folderName = archivo.suggestedNames.at(-1)!;
  const folder = path.join(archivo.tempDir, folderName);
  await expect(exportLine(page)).toContainText(`Saved 2 PDFs in ${folder}`, { timeout: 90_000 });
  const files = readdirSync(folder).filter((name) => name.endsWith('.pdf'));
  expect(files).toHaveLength(2);
  for (const file of files) expect(markedPixels(path.join(folder, file))).toBeGreaterThan(50);
});

test('"Mark hits" makes the article’s PDF mark the words its search matched, and is remembered', async ({ archivo }) => {
  test.setTimeout(90_000);
  const { page } = archivo;
  await openSeed(page);
  const markHits = article(page).getByRole('checkbox', { name: 'Mark hits' });
  await expect(markHits).not.toBeChecked();
  const plain = path.join(archivo.tempDir, 'plain.pdf');
  archivo.nextSavePath = plain;
  await article(page).getByRole('button', { name: /Export PDF/ }).click();
  await expect(article(page).locator('.export-status')).toContainText(`Saved to ${plain}`, { timeout: 60_000 });
  expect(markedPixels(plain)).toBe(0);

  await markHits.check();
  const marked = path.join(archivo.tempDir, 'marked.pdf');
  archivo.nextSavePath = marked;
  await article(page).getByRole('button', { name: /Export PDF/ }).click();
  await expect(article(page).locator('.export-status')).toContainText(`Saved to ${marked}`, { timeout: 60_000 });
  expect(markedPixels(marked)).toBeGreaterThan(50);
  renderFirstPage(marked, path.join(SCREENSHOTS, 'pdf-marked-hits'));

  await page.reload();
  await openSeed(page);
  await expect(article(page).getByRole('checkbox', { name: 'Mark hits' })).toBeChecked();
});
