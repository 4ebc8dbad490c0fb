/** Narrowing results: facets with counts beside the list, the timeline by year, and the way back out. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { results, resultButtons, resultStatus, search, shot, writeBigArchive } from './helpers';

const ARTICLES = 200; // 10 per year over 2001–2020, 40 per source
const filters = (page: Page) => page.getByRole('region', { name: 'Filters' });
const timeline = (page: Page) => page.getByRole('group', { name: 'Results by year' });
const count = (page: Page) => resultStatus(page).locator('.count');
const facet = (page: Page, name: string) => filters(page).getByRole('group', { name });

test.describe('a 200-article archive over five sources and twenty years', () => {
  test.beforeEach(async ({ archivo }) => {
    const root = path.join(archivo.tempDir, 'budget');
    writeBigArchive(root, ARTICLES);
    await archivo.start({ archive: root });
    const probe = await archivo.session.getLibrary()?.search('budget', { limit: 1 });
    expect(probe?.facets, 'the core returns facets for the filters and the timeline').toBeDefined();
    await archivo.page.setViewportSize({ width: 1440, height: 900 });
    await search(archivo.page, 'budget');
  });

  test('source facets show counts, filter the list, and can be removed again', async ({ archivo: { page } }) => {
    const source = facet(page, 'Source');
    await expect(source.getByRole('checkbox')).toHaveCount(5);
    const herald = source.getByRole('checkbox', { name: /The Coastal Herald \(40 results\)/ });
    await herald.check();
    await expect(count(page)).toHaveText('40 results');
    for (const meta of await resultButtons(page).locator('.result-meta').allTextContents()) expect(meta).toContain('The Coastal Herald');
    // The other sources stay listed, with what each would add, so a second can be added (values of one facet are alternatives).
    await expect(source.getByRole('checkbox')).toHaveCount(5);
    await source.getByRole('checkbox', { name: /Pacific Wire \(40 results\)/ }).check();
    await expect(count(page)).toHaveText('80 results');
    await shot(page, 'filters');

    await results(page).getByRole('button', { name: 'Remove filter: Pacific Wire' }).click();
    await expect(count(page)).toHaveText('40 results');
    await expect(herald).toBeChecked();
    await results(page).getByRole('button', { name: 'Remove filter: The Coastal Herald' }).click();
    await expect(count(page)).toHaveText(`${ARTICLES} results`);
  });

  test('the timeline filters by a clicked year, a Shift+clicked range and a dragged range', async ({ archivo: { page } }) => {
    const bars = timeline(page).getByRole('button');
    await expect(bars).toHaveCount(20);
    await expect(timeline(page).getByRole('button', { name: '2005: 10 results' })).toBeVisible();

    await timeline(page).getByRole('button', { name: /^2005:/ }).click();
    await expect(count(page)).toHaveText('10 results');
    await expect(timeline(page).getByRole('button', { name: /^2005:/ })).toHaveAttribute('aria-pressed', 'true');
    await timeline(page).getByRole('button', { name: /^2008:/ }).click({ modifiers: ['Shift'] });
    await expect(count(page)).toHaveText('40 results');
    await expect(results(page).getByRole('button', { name: 'Remove filter: 2005–2008' })).toBeVisible();

    // Drag from 2010 to 2014: five years.
    const from = await timeline(page).getByRole('button', { name: /^2010:/ }).boundingBox();
    const to = await timeline(page).getByRole('button', { name: /^2014:/ }).boundingBox();
    if (!from || !to) throw new Error('timeline bars not laid out');
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 6 });
    await page.mouse.up();
    await expect(count(page)).toHaveText('50 results');
    await expect(page.getByRole('region', { name: 'Search results' }).getByRole('button', { name: 'Remove filter: 2010–2014' })).toBeVisible();
    await shot(page, 'timeline-range');

    await page.locator('.timeline').getByRole('button', { name: 'All years' }).click();
    await expect(count(page)).toHaveText(`${ARTICLES} results`);
  });

  test('the timeline works from the keyboard: arrows between years, Enter, Shift+Enter for a range', async ({ archivo: { page } }) => {
    await timeline(page).getByRole('button', { name: /^2020:/ }).focus();
    await page.keyboard.press('Home');
    await expect(timeline(page).getByRole('button', { name: /^2001:/ })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(count(page)).toHaveText('10 results');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(timeline(page).getByRole('button', { name: /^2003:/ })).toBeFocused();
    await page.keyboard.press('Shift+Enter');
    await expect(count(page)).toHaveText('30 results');
  });

  test('a filter that leaves nothing says so and offers to remove it', async ({ archivo: { page } }) => {
    await filters(page).getByRole('checkbox', { name: /Folha do Sul/ }).check();
    await expect(count(page)).toHaveText('40 results');
    await search(page, 'budget Herald');
    await expect(resultStatus(page)).toContainText('Filters are hiding some results');
    // The facets stay, counted without their own filter: they show what unticking would bring back.
    await expect(filters(page).getByRole('checkbox', { name: /Folha do Sul \(0 results\)/ })).toBeChecked();
    await expect(filters(page).getByRole('checkbox', { checked: false, name: /\([1-9]\d* results?\)/ }).first()).toBeVisible();
    await results(page).getByRole('button', { name: 'Remove filter: Folha do Sul' }).click();
    await expect(count(page)).toHaveText('40 results');
  });

  test('sorting newest first puts 2020 on top', async ({ archivo: { page } }) => {
    await results(page).getByRole('combobox', { name: 'Sort' }).selectOption('newest');
    await expect(resultButtons(page).first().locator('.result-meta')).toContainText('2020');
    await results(page).getByRole('combobox', { name: 'Sort' }).selectOption('oldest');
    await expect(resultButtons(page).first().locator('.result-meta')).toContainText('2001');
  });
});

test.describe('counts while filtering, in an archive of three sources and three languages', () => {
  /** Source → how many articles in each language; every article mentions Mixco. */
  const MIX: Record<string, Record<string, number>> = {
    'Diario del Norte': { es: 5, en: 1 },
    'The Coastal Herald': { en: 4 },
    'Folha do Sul': { pt: 3, en: 2 },
  };

  test.beforeEach(async ({ archivo }) => {
    const root = path.join(archivo.tempDir, 'mixed');
    mkdirSync(root, { recursive: true });
    const lines = Object.entries(MIX).flatMap(([source, languages]) =>
      Object.entries(languages).flatMap(([language, n]) =>
        Array.from({ length: n }, (_, i) =>
          JSON.stringify({ title: `Mixco ${source} ${language} ${i + 1}`, text: `Council news from Mixco, item ${i + 1}.`, date_publish: `2015-0${i + 1}-10`, source_name: source, language }),
        ),
      ),
    );
    writeFileSync(path.join(root, 'mixed.jsonl'), `${lines.join('\n')}\n`);
    await archivo.start({ archive: root });
    await archivo.page.setViewportSize({ width: 1440, height: 900 });
    await search(archivo.page, 'mixco');
  });

  test('a ticked source keeps the others listed with what they would add; a ticked language changes the source counts', async ({ archivo: { page } }) => {
    const sources = facet(page, 'Source');
    const languages = facet(page, 'Language');
    await expect(count(page)).toHaveText('15 results');
    await sources.getByRole('checkbox', { name: /Diario del Norte \(6 results\)/ }).check();
    await expect(count(page)).toHaveText('6 results');
    // The other sources stay, counted as if they were added.
    await expect(sources.getByRole('checkbox')).toHaveCount(3);
    await expect(sources.getByRole('checkbox', { name: /Folha do Sul \(5 results\)/ })).not.toBeChecked();
    await expect(sources.getByRole('checkbox', { name: /The Coastal Herald \(4 results\)/ })).not.toBeChecked();
    // The languages narrow to the ticked source.
    await expect(languages.getByRole('checkbox')).toHaveCount(2);
    await expect(languages.getByRole('checkbox', { name: /Spanish \(5 results\)/ })).toBeVisible();

    await languages.getByRole('checkbox', { name: /English \(1 result\)/ }).check();
    await expect(count(page)).toHaveText('1 result');
    // Now each source counts its English articles; the languages still show what Diario del Norte has.
    await expect(sources.getByRole('checkbox', { name: /Diario del Norte \(1 result\)/ })).toBeChecked();
    await expect(sources.getByRole('checkbox', { name: /Folha do Sul \(2 results\)/ })).toBeVisible();
    await expect(languages.getByRole('checkbox', { name: /Spanish \(5 results\)/ })).not.toBeChecked();
    await sources.getByRole('checkbox', { name: /The Coastal Herald \(4 results\)/ }).check();
    await expect(count(page)).toHaveText('5 results');
    await expect(languages.getByRole('checkbox', { name: /English \(5 results\)/ })).toBeChecked();
  });
});
