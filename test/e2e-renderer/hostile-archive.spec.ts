/**
 * The hostile archive in the real UI (built renderer + real IPC handlers + real core): opening every
 * article makes zero network requests, zero navigations, opens no window and no dialog, and shows the
 * article's news text. The fixtures' guard already fails a test on any outside request or console
 * error; this spec also records and asserts each of those explicitly.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { buildHostileArchive, HOSTILE_MARKER_WORD } from '../fixtures/hostile-archive/build-archive';
import { expect, test } from './fixtures';
import { article as articleView, results as resultsRegion, search } from './helpers';

let archiveRoot: string;

test.beforeAll(async () => {
  archiveRoot = await buildHostileArchive();
});
test.afterAll(async () => {
  await rm(archiveRoot, { recursive: true, force: true });
});

test('opening every hostile article stays offline, in place, in one window', async ({ archivo, rendererUrl, context }) => {
  test.setTimeout(120_000);
  const { page } = archivo;
  const outside: string[] = [];
  const navigations: string[] = [];
  const popups: string[] = [];
  const dialogs: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(rendererUrl)) outside.push(request.url());
  });
  context.on('page', (other) => popups.push(other.url()));
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });

  await archivo.start({ archive: archiveRoot });
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) navigations.push(frame.url());
  });
  const startUrl = page.url();

  await search(page, HOSTILE_MARKER_WORD);
  const results = resultsRegion(page);
  const count = (await archivo.session.getLibrary()?.search(HOSTILE_MARKER_WORD, { limit: 500 }))?.results.length ?? 0;
  expect(count, 'every hostile file gave at least one article').toBeGreaterThanOrEqual(14);

  for (let index = 0; index < count; index++) {
    // The list is virtualised: bring row `index` into the page before clicking it.
    const button = results.locator(`li[data-index="${index}"] button`).first();
    for (let tries = 0; tries < 20 && (await button.count()) === 0; tries++) {
      await results.locator('.result-scroller').evaluate((scroller, at) => scroller.scrollBy(0, at), 200);
    }
    const title = ((await button.locator('.result-title').textContent()) ?? '').trim();
    await button.click();
    const article = articleView(page);
    await expect(article.getByRole('heading', { level: 2 }).first()).toHaveText(title);
    await expect(article).toContainText(/agua|Quetzaltenango/i);
    // Whatever the stored article holds, the page gained no script, frame, image or form.
    expect(await article.locator('script, iframe:not([sandbox]), img[src^="http"], img[src^="file"], form, base, meta, object, embed, a[href^="javascript"]').count(), title).toBe(0);
    expect(await page.locator('base, meta[http-equiv="refresh" i]').count(), title).toBe(0);
    // Let a meta refresh, an image load or an autofocus fire if anything slipped through.
    await page.waitForTimeout(150);
  }

  expect(outside, 'no request left the app').toEqual([]);
  expect(navigations, 'the window never navigated').toEqual([]);
  expect(page.url()).toBe(startUrl);
  expect(popups, 'no window opened').toEqual([]);
  expect(dialogs, 'no dialog (no script ran)').toEqual([]);
  expect(context.pages()).toHaveLength(1);
  expect(path.isAbsolute(archiveRoot)).toBe(true);
});
