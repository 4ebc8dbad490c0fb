/**
 * Type-ahead in the search box as a user meets it: the real built UI, the real IPC handlers and the
 * real archive core over the bundled sample archive. The box is a WAI-ARIA combobox whose list of
 * suggested words opens only while typing and takes no key until it is on screen.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, SAMPLE_ARCHIVE, test, type Harness } from './fixtures';
import { resultButtons, results, searchBox, shot } from './helpers';

const suggestionList = (page: Page) => page.getByRole('listbox', { name: 'Suggested words' });
const options = (page: Page) => suggestionList(page).getByRole('option');

/** What the list should show for `prefix`, as the core answers it: "word N articles", the word itself left out. */
async function expectedOptions(archivo: Harness, prefix: string): Promise<string[]> {
  const answer = (await archivo.session.getLibrary()?.suggest?.(prefix, 8)) ?? [];
  return answer.filter((s) => s.text !== prefix).map((s) => `${s.text} ${s.articles} ${s.articles === 1 ? 'article' : 'articles'}`);
}

test.describe('with the sample archive open', () => {
  test.beforeEach(async ({ archivo }) => {
    await archivo.start({ archive: SAMPLE_ARCHIVE });
  });

  test('typing lists the words completing the last one with their article counts; ↓ ↑ pick, Enter and Tab take', async ({ archivo }) => {
    const { page } = archivo;
    const box = searchBox(page);
    await expect(box).toBeFocused();
    await expect(box).toHaveAttribute('aria-expanded', 'false');
    await expect(suggestionList(page)).toBeHidden();

    await page.keyboard.type('guate');
    const expected = await expectedOptions(archivo, 'guate');
    expect(expected[0]).toMatch(/^guatemala \d+ articles?$/);
    await expect(options(page)).toHaveText(expected);
    await expect(box).toHaveAttribute('aria-expanded', 'true');
    await expect(box).toHaveAttribute('aria-controls', (await suggestionList(page).getAttribute('id')) ?? 'missing');
    await expect(box).not.toHaveAttribute('aria-activedescendant');

    // ↓ picks the first word; the focus stays in the box, which points at the picked option.
    await page.keyboard.press('ArrowDown');
    await expect(box).toBeFocused();
    await expect(options(page).nth(0)).toHaveAttribute('aria-selected', 'true');
    await expect(box).toHaveAttribute('aria-activedescendant', (await options(page).nth(0).getAttribute('id')) ?? 'missing');
    await page.keyboard.press('ArrowDown');
    await expect(options(page).nth(1)).toHaveAttribute('aria-selected', 'true');
    await expect(options(page).nth(0)).toHaveAttribute('aria-selected', 'false');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp'); // from the first, ↑ goes round to the last
    await expect(options(page).last()).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowDown');
    await expect(options(page).nth(0)).toHaveAttribute('aria-selected', 'true');

    await page.keyboard.press('Enter');
    await expect(box).toHaveValue('guatemala ');
    await expect(box).toBeFocused();
    await expect(box).toHaveAttribute('aria-expanded', 'false');
    await expect(suggestionList(page)).toBeHidden();
    await expect(results(page)).toHaveAttribute('aria-busy', 'false');
    await expect(resultButtons(page).first()).toContainText(/Guatemala/i);

    // The next word: Tab takes the picked one and keeps the focus in the box.
    await page.keyboard.type('viol');
    await expect(options(page)).toHaveText(await expectedOptions(archivo, 'viol'));
    await page.keyboard.press('ArrowDown');
    const picked = (await options(page).nth(0).locator('.suggestion-word').textContent()) ?? '';
    await page.keyboard.press('Tab');
    await expect(box).toHaveValue(`guatemala ${picked} `);
    await expect(box).toBeFocused();
    await expect(suggestionList(page)).toBeHidden();
  });

  test('a taken word keeps the accents and capitals typed so far', async ({ archivo }) => {
    const { page } = archivo;
    const box = searchBox(page);
    await expect(box).toBeFocused();
    await page.keyboard.type('Pére');
    await expect(options(page).first()).toContainText('perez');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(box).toHaveValue('Pérez ');
  });

  test('a click on a suggestion takes it, after a field prefix too', async ({ archivo }) => {
    const { page } = archivo;
    const box = searchBox(page);
    await expect(box).toBeFocused(); // the box is there to take the first key
    await page.keyboard.type('title:secu');
    await expect(options(page)).toHaveText(await expectedOptions(archivo, 'secu'));
    const word = (await options(page).last().locator('.suggestion-word').textContent()) ?? '';
    await options(page).last().click();
    await expect(box).toHaveValue(`title:${word} `);
    await expect(box).toBeFocused();
    await expect(suggestionList(page)).toBeHidden();
  });

  test('Esc closes the list first; only a second Esc clears the box', async ({ archivo: { page } }) => {
    const box = searchBox(page);
    await expect(box).toBeFocused();
    await page.keyboard.type('munic');
    await expect(options(page).first()).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(suggestionList(page)).toBeHidden();
    await expect(box).toHaveValue('munic');
    await expect(box).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(box).toHaveValue('');
  });

  test('with the list closed, ↓ and Enter still go to the results; a space or leaving the box closes it', async ({ archivo: { page } }) => {
    const box = searchBox(page);
    await expect(box).toBeFocused();
    // "municipal" finds articles and also has longer indexed words starting with it.
    await page.keyboard.type('municipal');
    await expect(options(page).first()).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(results(page)).toHaveAttribute('aria-busy', 'false');
    await page.keyboard.press('ArrowDown');
    await expect(resultButtons(page).first()).toBeFocused();
    await expect(box).toHaveValue('municipal');

    // Open, but nothing picked: Enter goes to the results as it always did.
    await box.focus();
    await page.keyboard.press('End');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('l');
    await expect(options(page).first()).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(resultButtons(page).first()).toBeFocused();
    await expect(suggestionList(page)).toBeHidden();

    // A finished word has nothing left to complete.
    await box.focus();
    await page.keyboard.press('End');
    await page.keyboard.type(' guate');
    await expect(options(page).first()).toBeVisible();
    await page.keyboard.type(' ');
    await expect(suggestionList(page)).toBeHidden();
    await expect(box).toHaveAttribute('aria-expanded', 'false');
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`axe: no violations with the list open and a word picked, ${theme} theme`, async ({ archivo: { page } }) => {
      await page.emulateMedia({ colorScheme: theme });
      await expect(searchBox(page)).toBeFocused();
      await page.keyboard.type('munic');
      await expect(options(page).first()).toBeVisible();
      await page.keyboard.press('ArrowDown');
      await expect(options(page).first()).toHaveAttribute('aria-selected', 'true');
      await shot(page, `typeahead-${theme}`);
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
      expect(violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
    });
  }
});

test('a late answer for an earlier word never replaces the answer for the word typed now', async ({ archivo }) => {
  const { page } = archivo;
  // The answer for "guate" is held back until after the user has moved on to another word.
  await page.addInitScript(() => {
    const w = window as unknown as Record<string, unknown> & { __archivoInvoke(channel: string, ...args: unknown[]): Promise<unknown> };
    const invoke = w.__archivoInvoke.bind(w);
    w['__slowAsked'] = false;
    w['__slowAnswered'] = false;
    w.__archivoInvoke = async (channel, ...args) => {
      if (channel !== 'archive:suggest' || args[0] !== 'guate') return invoke(channel, ...args);
      w['__slowAsked'] = true;
      const answer = await invoke(channel, ...args);
      await new Promise((resolve) => setTimeout(resolve, 600));
      w['__slowAnswered'] = true;
      return answer;
    };
  });
  await archivo.start({ archive: SAMPLE_ARCHIVE });
  const box = searchBox(page);
  await expect(box).toBeFocused();
  await page.keyboard.type('guate');
  await expect.poll(() => page.evaluate(() => (window as unknown as Record<string, unknown>)['__slowAsked'])).toBe(true);
  await box.fill('viol');
  const expected = await expectedOptions(archivo, 'viol');
  await expect(options(page)).toHaveText(expected);
  await expect.poll(() => page.evaluate(() => (window as unknown as Record<string, unknown>)['__slowAnswered'])).toBe(true);
  // Let the late answer land, then the list must still be the one for "viol".
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
  await expect(options(page)).toHaveText(expected);
  await expect(box).toHaveValue('viol');
});
