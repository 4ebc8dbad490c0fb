/** Accessibility: axe finds no violations on the main views in both themes, and everything works without a mouse. */
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { article, resultButtons, resultStatus, searchBox, shot, writeBigArchive } from './helpers';

async function expectNoViolations(page: Page, view: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  expect(summary, `axe violations on ${view}`).toEqual([]);
}

for (const theme of ['light', 'dark'] as const) {
  test(`axe: no violations on the main views in the ${theme} theme`, async ({ archivo }) => {
    const { page } = archivo;
    const root = path.join(archivo.tempDir, 'budget');
    writeBigArchive(root, 60);
    archivo.recentArchives = [root];
    await page.emulateMedia({ colorScheme: theme });
    await page.setViewportSize({ width: 1440, height: 900 });

    await archivo.start();
    await expect(page.getByRole('heading', { name: 'No archive open' })).toBeVisible();
    await expectNoViolations(page, 'the start screen');

    await archivo.session.open(root);
    await expect(searchBox(page)).toBeVisible();
    await expectNoViolations(page, 'the empty search');

    await searchBox(page).fill('budget');
    await expect(resultButtons(page).first()).toBeVisible();
    await expect(resultStatus(page)).toContainText('60 results');
    await expectNoViolations(page, 'the results with filters and timeline');

    await searchBox(page).fill('zzqx');
    await expect(resultStatus(page)).toContainText('Nothing matches');
    await expectNoViolations(page, 'no results');

    await searchBox(page).fill('budget');
    await resultButtons(page).first().click();
    await expect(article(page)).toBeVisible();
    await page.keyboard.press('Control+f');
    await expect(page.getByRole('searchbox', { name: 'Find in article' })).toBeFocused();
    await page.keyboard.type('council');
    await expectNoViolations(page, 'the article with find');

    await page.keyboard.press('Escape');
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectNoViolations(page, 'the shortcuts dialog');
  });
}

test('the whole flow works from the keyboard alone', async ({ archivo }) => {
  const { page } = archivo;
  const root = path.join(archivo.tempDir, 'budget');
  writeBigArchive(root, 60);
  await archivo.start({ archive: root });
  await page.setViewportSize({ width: 1440, height: 900 });

  // Search, move, open.
  await expect(searchBox(page)).toBeFocused();
  await page.keyboard.type('budget');
  await expect(resultStatus(page)).toContainText('60 results');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  const third = resultButtons(page).nth(2);
  await expect(third).toBeFocused();
  const title = (await third.locator('.result-title').textContent()) ?? '';
  await page.keyboard.press('Enter');
  await expect(article(page).getByRole('heading', { level: 2 }).first()).toHaveText(title);
  await expect(article(page).getByRole('heading', { level: 2 }).first()).toBeFocused();

  // Find in the article, next match, close it.
  await page.keyboard.press('Control+f');
  // The find bar opens on the next render: type only once it has the focus, as a person would.
  await expect(page.getByRole('searchbox', { name: 'Find in article' })).toBeFocused();
  await page.keyboard.type('schools');
  await expect(article(page).locator('#find-counter')).toHaveText('1 of 1');
  await page.keyboard.press('Escape');

  // Export, answering the (stubbed) save dialog.
  archivo.nextSavePath = path.join(archivo.tempDir, 'keyboard.pdf');
  await page.keyboard.press('Control+p');
  await expect(article(page).locator('.export-status')).toContainText('Saved to', { timeout: 30_000 });

  // Back to the list, on the same row.
  await page.keyboard.press('Escape');
  await expect(article(page)).toHaveCount(0);
  await expect(third).toBeFocused();

  // Tab from the list to the filters; Space ticks one.
  const filter = page.getByRole('region', { name: 'Filters' }).getByRole('checkbox').first();
  if ((await filter.count()) > 0) {
    await filter.focus(); // the filters come before the list in tab order: Shift+Tab reaches them
    await page.keyboard.press('Space');
    await expect(filter).toBeChecked();
    await expect(resultStatus(page)).toContainText('12 results');
  }

  // The search syntax and shortcut list opens and closes, returning focus.
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Search syntax and keyboard shortcuts' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.keyboard.press('/');
  await expect(searchBox(page)).toBeFocused();
  await shot(page, 'keyboard-only');
});

test('focus is always visible: a focused result row and button show an outline', async ({ archivo }) => {
  const { page } = archivo;
  const root = path.join(archivo.tempDir, 'budget');
  writeBigArchive(root, 10);
  await archivo.start({ archive: root });
  await expect(searchBox(page)).toBeFocused();
  await page.keyboard.type('budget');
  await expect(resultButtons(page).first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  const outline = await resultButtons(page).first().evaluate((element) => getComputedStyle(element).outlineStyle);
  expect(outline).toBe('solid');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(focused).toBe('solid');
});
