/** Locators and steps the renderer specs share, named the way a user (and a screen reader) sees the UI. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

export const SEED_TITLE = 'Guatemalan President Inaugurates Municipal Program against Violence';
export const SEED_TEASER =
  'On February 14, Guatemalan President Otto Pérez inaugurated the “Secure Municipality” program, which coordinates police and Military actions with the aim of reducing the violence that is plaguing the country, the local press reported.';
export const SEED_COPYRIGHT = 'Copyright © 2018 Diálogo Americas. All Rights Reserved.';
export const SEED_FILE = /000_3e153439dee5a9ac\.txt$/;
export const SCREENSHOTS = path.resolve(__dirname, '../../test-results/screenshots');

export const searchBox = (page: Page) => page.getByRole('combobox', { name: 'Search the archive' });
export const results = (page: Page) => page.getByRole('region', { name: 'Search results' });
export const resultButtons = (page: Page) => results(page).getByRole('listitem').getByRole('button');
export const resultStatus = (page: Page) => results(page).locator('.results-status');
export const article = (page: Page) => page.getByRole('article');
export const exportStatus = (page: Page) => article(page).locator('.export-status');
export const provenance = (page: Page) => page.getByRole('complementary', { name: 'Source & copyright' });
/** The value shown under a provenance label (a <dt>/<dd> pair). */
export const field = (page: Page, label: string) =>
  provenance(page).locator('.field', { has: page.locator('dt', { hasText: label }) }).locator('dd');

export async function search(page: Page, query: string): Promise<void> {
  await searchBox(page).fill(query);
  await expect(results(page)).toHaveAttribute('aria-busy', 'false');
  // The answer is on screen: rows, or the message saying why there are none.
  await expect(results(page).locator('.result, .results-status .message').first()).toBeVisible();
}

export async function openSeed(page: Page): Promise<void> {
  await search(page, 'Mixco');
  await resultButtons(page).filter({ hasText: SEED_TITLE }).click();
  await expect(article(page).getByRole('heading', { level: 2 }).first()).toHaveText(SEED_TITLE);
}

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

const SOURCES = ['Diario del Norte', 'The Coastal Herald', 'Folha do Sul', 'Pacific Wire', 'La Voz Central'];

/**
 * A JSON Lines archive of `count` distinct articles that all mention "budget", spread over 2001–2020
 * and five sources, to exercise paging, virtualization, facets and the timeline on real indexing.
 */
export function writeBigArchive(root: string, count: number): void {
  mkdirSync(root, { recursive: true });
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const year = 2001 + (i % 20);
    const month = String(1 + (i % 12)).padStart(2, '0');
    const source = SOURCES[i % SOURCES.length];
    lines.push(
      JSON.stringify({
        title: `Council budget report number ${i + 1}`,
        text: `The council published budget report ${i + 1} on schools, roads and water.\n\nIt is item ${i + 1} of the series, filed by the ${source} desk.`,
        date_publish: `${year}-${month}-15`,
        source_name: source,
        url: `https://news.example.org/${year}/budget-${i + 1}`,
        language: 'en',
      }),
    );
  }
  writeFileSync(path.join(root, 'budget.jsonl'), `${lines.join('\n')}\n`);
}
