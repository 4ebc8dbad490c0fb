/**
 * Searching as a user does it: the real built UI, the real IPC handlers and the real archive core
 * (in its worker thread) over the bundled sample archive or a generated one. Only dialogs are stubbed.
 */
import path from 'node:path';
import { expect, SAMPLE_ARCHIVE, test } from './fixtures';
import { results, resultButtons, resultStatus, search, searchBox, SEED_TITLE, shot, writeBigArchive, article } from './helpers';

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
    await expect(resultStatus(page)).toContainText('Type a word or two');
    await shot(page, 'ready');
  });

  test('"Mixco" lists ranked results with the matches in <mark>', async ({ archivo: { page, session } }) => {
    await search(page, 'Mixco');
    const rows = resultButtons(page);
    const count = await rows.count();
    expect(count).toBeGreaterThan(0);
    await expect(resultStatus(page)).toHaveText(new RegExp(`^${count} results?`));
    // Shown in the core's ranking order, untouched by the UI.
    const ranked = (await session.getLibrary()?.search('Mixco', { limit: 100 }))?.results.map((hit) => hit.title);
    expect(await rows.locator('.result-title').allTextContents()).toEqual(ranked);
    const seed = rows.filter({ hasText: SEED_TITLE });
    await expect(seed).toHaveCount(1);
    await expect(seed).toContainText('Feb 17, 2012');
    await expect(seed).toContainText('Diálogo Americas');
    await expect(seed).toContainText('English');
    // Every highlighted word is the searched one, whatever its case or accents.
    const marks = await results(page).locator('mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(mark.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()).toBe('mixco');
    await expect(results(page)).not.toContainText('<mark>');
    await shot(page, 'search-mixco');
  });

  test('"perez" without the accent finds the article about President Pérez', async ({ archivo: { page } }) => {
    await search(page, 'perez');
    const seed = resultButtons(page).filter({ hasText: SEED_TITLE });
    await expect(seed).toHaveCount(1);
    await expect(seed.locator('mark').first()).toHaveText('Pérez');
  });

  test('keyboard: / focuses search, arrows and j/k move, Enter opens, Esc closes', async ({ archivo }) => {
    const { page } = archivo;
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
    await shot(page, 'keyboard-focus');
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
    const heading = article(page).getByRole('heading', { level: 2 }).first();
    await expect(heading).toHaveText(title);
    await expect(heading).toBeFocused();
    await expect(rows.nth(0)).toHaveAttribute('aria-current', 'true');

    await page.keyboard.press('Escape');
    await expect(article(page)).toHaveCount(0);
    await expect(rows.nth(0)).toBeFocused();

    // The menu's command (Help, or an accelerator main handles) and the page's own shortcut both work.
    await archivo.emit('app:command', 'focus-search');
    await expect(searchBox(page)).toBeFocused();
    await searchBox(page).blur();
    await page.keyboard.press('Control+k');
    await expect(searchBox(page)).toBeFocused();
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

  test('nothing found and unparsable queries say what to do next', async ({ archivo: { page } }) => {
    await search(page, 'zzxqvw');
    await expect(resultStatus(page)).toContainText('Nothing matches “zzxqvw”.');
    await expect(resultStatus(page)).toContainText('Try fewer words');
    await expect(resultButtons(page)).toHaveCount(0);
    await shot(page, 'no-results');

    await search(page, '"Secure Municipality');
    await expect(resultStatus(page)).toContainText('This search cannot be run: The quote at character 1 is never closed.');
    // The query is shown with the quote at fault marked.
    await expect(resultStatus(page).locator('.query-at-fault mark')).toHaveText('"');
    await expect(resultStatus(page)).toContainText('Quotes find a phrase');
    await expect(resultStatus(page)).toContainText('The ? button above shows the whole syntax.');

    // Only words too common to be indexed: said, not an empty list.
    await search(page, 'the of');
    await expect(resultStatus(page)).toContainText('"the", "of" are too common to be searched on their own');
    await search(page, 'Mixco date:2013..2012');
    await expect(resultStatus(page)).toContainText('ends before it starts: write 2012..2013');
    await expect(resultStatus(page).locator('.query-at-fault')).toHaveText('Mixco date:2013..2012');
    await expect(resultStatus(page).locator('.query-at-fault mark')).toHaveText('2013..2012');
    await shot(page, 'query-error');
  });

  test('a query still being typed is not called a mistake: that waits until typing pauses', async ({ archivo: { page } }) => {
    // Every error message that appears at any moment, however briefly.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { errorsSeen: string[] }).errorsSeen = seen;
      new MutationObserver(() => {
        for (const message of document.querySelectorAll('.results-status .message.error')) seen.push(message.textContent ?? '');
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    // Slower than the search's debounce: "t", "th", "the" (only a common word) and "the Mix" are each searched.
    await searchBox(page).pressSequentially('the Mixco', { delay: 300 });
    await expect(resultButtons(page).filter({ hasText: SEED_TITLE })).toHaveCount(1);
    await searchBox(page).pressSequentially(' "Secure', { delay: 300 });
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { errorsSeen: string[] }).errorsSeen)).toEqual([]);
    // The quote stays open once typing stops: now it is said.
    await expect(resultStatus(page)).toContainText('The quote at character 11 is never closed.');
  });

  test('Enter on a query that cannot be run says why at once, and keeps the focus on the query to put it right', async ({ archivo: { page } }) => {
    await search(page, 'Mixco');
    await expect(resultButtons(page).filter({ hasText: SEED_TITLE })).toHaveCount(1);
    // When Enter is pressed, and when the message first shows.
    await page.evaluate(() => {
      const times: { enter?: number; message?: number } = {};
      (window as unknown as { enterTimes: typeof times }).enterTimes = times;
      document.addEventListener('keydown', (event) => event.key === 'Enter' && (times.enter ??= performance.now()), true);
      new MutationObserver(() => {
        if (document.querySelector('.results-status .message.error')) times.message ??= performance.now();
      }).observe(document.body, { childList: true, subtree: true });
    });
    await searchBox(page).fill('Mixco "Secure');
    await searchBox(page).press('Enter');
    await expect(resultStatus(page)).toContainText('The quote at character 7 is never closed.');
    await expect(resultButtons(page)).toHaveCount(0);
    await expect(searchBox(page)).toBeFocused();
    // As soon as the search has answered, not once a second without typing has passed.
    const { enter, message } = await page.evaluate(() => (window as unknown as { enterTimes: { enter: number; message: number } }).enterTimes);
    expect(message - enter).toBeLessThan(600);
    // A query that can be run: Enter goes into its results, as before, even pressed at once.
    await searchBox(page).fill('Mixco');
    await searchBox(page).press('Enter');
    await expect(resultButtons(page).first()).toBeFocused();
    await expect(resultButtons(page).first().locator('mark').first()).toHaveText(/^mixco$/i);
  });

  test('Enter before the results are in waits for them, then goes into them; on a query that finds nothing it stays in the box', async ({ archivo }) => {
    const { page } = archivo;
    await search(page, 'Mixco');
    await expect(resultButtons(page).filter({ hasText: SEED_TITLE })).toHaveCount(1);
    archivo.searchDelayMs = (query) => (query === 'perez' ? 800 : 0);
    await searchBox(page).fill('perez');
    await searchBox(page).press('Enter');
    // Not onto a row of the "Mixco" results still on screen.
    await expect(searchBox(page)).toBeFocused();
    await expect(resultButtons(page).first()).toBeFocused();
    await expect(resultButtons(page).first().locator('mark').first()).toHaveText('Pérez');

    await searchBox(page).fill('zzxqvw');
    await searchBox(page).press('Enter');
    await expect(resultStatus(page)).toContainText('Nothing matches “zzxqvw”.');
    await expect(searchBox(page)).toBeFocused();
  });

  test('the last query is there again after a restart', async ({ archivo: { page } }) => {
    await search(page, 'Mixco');
    await page.reload();
    await expect(searchBox(page)).toHaveValue('Mixco');
    await expect(resultButtons(page).filter({ hasText: SEED_TITLE })).toHaveCount(1);
  });
});

test.describe('a large result set', () => {
  const ARTICLES = 3000;

  test.beforeEach(async ({ archivo }) => {
    const root = path.join(archivo.tempDir, 'big-archive');
    writeBigArchive(root, ARTICLES);
    await archivo.start({ archive: root });
  });

  test('scrolls through thousands of hits with only a screenful of rows in the page, fetching pages by offset', async ({ archivo: { page } }) => {
    await search(page, 'budget');
    await expect(resultStatus(page)).toHaveText(`${ARTICLES.toLocaleString('en')} results`);
    const rows = resultButtons(page);
    // Virtualized: a few dozen rows exist, not thousands.
    expect(await rows.count()).toBeLessThan(60);
    await expect(results(page).getByRole('listitem').first()).toHaveAttribute('aria-setsize', String(ARTICLES));

    // End jumps to the last hit: its page is fetched by offset and the row is focused and in view.
    await searchBox(page).press('ArrowDown');
    await expect(rows.first()).toBeFocused();
    await page.keyboard.press('End');
    const last = results(page).locator(`.result[data-index="${ARTICLES - 1}"]`);
    await expect(last).toBeFocused();
    await expect(last).toContainText('Council budget report');
    await expect(last).toBeInViewport();
    await expect(results(page).locator(`li[aria-posinset="${ARTICLES}"] .result`)).toBeFocused();
    expect(await rows.count()).toBeLessThan(60);

    // k moves up one and keeps the selection in view; Home goes back to the first.
    await page.keyboard.press('k');
    await expect(results(page).locator(`.result[data-index="${ARTICLES - 2}"]`)).toBeFocused();
    await page.keyboard.press('Home');
    await expect(results(page).locator('.result[data-index="0"]')).toBeFocused();

    // Scrolling with the wheel loads the rows that come into view.
    const scroller = results(page).locator('.result-scroller');
    await scroller.evaluate((element) => element.scrollTo({ top: element.scrollHeight / 2 }));
    const middle = Math.floor(ARTICLES / 2);
    await expect(results(page).locator(`.result[data-index="${middle}"]`)).toContainText('Council budget report');
    await expect(results(page).locator('.result.placeholder')).toHaveCount(0);
  });

  test('a press on a row the list shows only in part opens it: the row is not scrolled from under the pointer between press and release', async ({ archivo: { page } }) => {
    await search(page, 'budget');
    const scrollerElement = results(page).locator('.result-scroller');
    const scroller = (await scrollerElement.boundingBox())!;
    const bottom = scroller.y + scroller.height;
    const rows = resultButtons(page);
    await expect(rows.first()).toContainText('Council budget report');
    // The first row the list's bottom edge cuts; the list is scrolled to cut it through its middle.
    let index = 0;
    for (let box = await rows.nth(0).boundingBox(); box && box.y + box.height <= bottom; box = await rows.nth(++index).boundingBox());
    const before = (await rows.nth(index).boundingBox())!;
    await scrollerElement.evaluate((element, by) => element.scrollBy(0, by), before.y + before.height / 2 - bottom);
    const row = results(page).locator(`.result[data-index="${index}"]`);
    const cut = (await row.boundingBox())!;
    expect(cut.y + cut.height, 'the row is cut by the bottom edge').toBeGreaterThan(bottom + 10);
    const title = ((await row.locator('.result-title').textContent()) ?? '').trim();
    // The mouse as a reader uses it: press where the title shows, hold as a person does, release.
    await page.mouse.move(scroller.x + 60, cut.y + 10);
    await page.mouse.down();
    await page.waitForTimeout(150);
    await page.mouse.up();
    await expect(article(page).getByRole('heading', { level: 2 }).first()).toHaveText(title);
    await expect(row).toHaveAttribute('aria-current', 'true');
  });

  test('a row that takes focus just as the list is scrolled stays where it is: the list does not jump to a scroll position it has not caught up with', async ({ archivo: { page } }) => {
    await search(page, 'budget');
    await expect(resultButtons(page).first()).toContainText('Council budget report');
    const scroller = results(page).locator('.result-scroller');
    const { scrolledTo, settledAt } = await scroller.evaluate(async (element) => {
      const view = element.getBoundingClientRect();
      // A row the list keeps in the page below its bottom edge, scrolled to the middle of the view.
      const row = [...element.querySelectorAll<HTMLButtonElement>('.result')].find((button) => button.getBoundingClientRect().top >= view.bottom)!;
      const box = row.getBoundingClientRect();
      element.scrollTop += box.top - (view.top + view.height / 2 - box.height / 2);
      const scrolledTo = element.scrollTop;
      // In the same moment (the list hears of a scroll a frame later), the row takes focus, as a press on it gives it.
      row.focus();
      for (let frame = 0; frame < 5; frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
      return { scrolledTo, settledAt: element.scrollTop };
    });
    expect(settledAt).toBe(scrolledTo);
  });

  test('the keyboard walks deep into a long list, each step focusing the next row', async ({ archivo: { page } }) => {
    await search(page, 'budget');
    await searchBox(page).press('ArrowDown');
    for (let i = 0; i < 40; i++) await page.keyboard.press('j');
    await expect(results(page).locator('.result[data-index="40"]')).toBeFocused();
    await shot(page, 'large-result-set');
  });
});
