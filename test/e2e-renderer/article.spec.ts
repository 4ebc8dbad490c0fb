/** Reading an article: text, provenance, search hits, find in article, saved web pages, links, export. */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { flowing, pdfText } from '../unit/export/poppler';
import { expect, SAMPLE_ARCHIVE, test } from './fixtures';
import { article, exportStatus, field, openSeed, provenance, resultButtons, search, SEED_COPYRIGHT, SEED_FILE, SEED_TEASER, SEED_TITLE, shot, writeBigArchive } from './helpers';

test.describe('the seed article', () => {
  test.beforeEach(async ({ archivo }) => {
    await archivo.start({ archive: SAMPLE_ARCHIVE });
  });

  test('reads with its byline, date and provenance, no paragraph twice', async ({ archivo: { page } }) => {
    await page.setViewportSize({ width: 1680, height: 1000 });
    await openSeed(page);
    const view = article(page);
    await expect(view.getByText('Author unknown')).toBeVisible();
    await expect(view.locator('time')).toHaveText('February 17, 2012');
    await expect(view.locator('time')).toHaveAttribute('datetime', '2012-02-17');

    const text = (await view.locator('.article-text').textContent()) ?? '';
    expect(text.split(SEED_TEASER).length - 1, 'the teaser appears exactly once').toBe(1);
    const paragraphs = await view.locator('.article-text p').allTextContents();
    expect(new Set(paragraphs).size, 'no paragraph is shown twice').toBe(paragraphs.length);
    await expect(view.locator('.article-body p').last()).toHaveText(/16 deaths a day\.$/);
    await expect(view.locator('.article-body')).not.toContainText('Copyright');

    await expect(field(page, 'Source')).toHaveText('Diálogo Americas');
    await expect(field(page, 'Copyright notice')).toHaveText(SEED_COPYRIGHT);
    await expect(field(page, 'File')).toHaveText(SEED_FILE);
    await expect(field(page, 'Original URL')).toHaveText('Not recorded in the file');
    await expect(field(page, 'Language')).toHaveText('English');
    await expect(field(page, 'Encoding')).toHaveText(/utf-8/i);
    await expect(field(page, 'SHA-256')).toHaveText(/^[0-9a-f]{64}$/);
    await expect(provenance(page).getByRole('link')).toHaveCount(0);
    await shot(page, 'article');
    await provenance(page).screenshot({ path: path.join(path.dirname(require.resolve('./helpers')), '../../test-results/screenshots/provenance.png') });
  });

  test('the search hits are highlighted in the article, with next and previous (F3)', async ({ archivo: { page } }) => {
    await openSeed(page);
    const hits = article(page).getByRole('group', { name: 'Matches of your search in this article' });
    const counter = hits.locator('output');
    await expect(counter).toHaveText(/^\d+ match(es)?$/);
    const total = Number((await counter.textContent())?.match(/\d+/)?.[0]);
    expect(total).toBeGreaterThan(0);
    await hits.getByRole('button', { name: 'Next match' }).click();
    await expect(counter).toHaveText(`1 of ${total}`);
    await page.keyboard.press('F3');
    await expect(counter).toHaveText(`${Math.min(2, total)} of ${total}`);
    await page.keyboard.press('Shift+F3');
    await expect(counter).toHaveText(`1 of ${total}`);
    // Drawn with the CSS Custom Highlight API: the current match is a real range over "Mixco".
    const current = await page.evaluate(() => {
      const highlight = CSS.highlights.get('search-hit-current');
      const range = highlight ? ([...highlight][0] as Range | undefined) : undefined;
      return range?.toString() ?? null;
    });
    expect(current?.toLowerCase()).toBe('mixco');
    await shot(page, 'article-hits');
  });

  test('Ctrl+F finds in the article: counter, Enter / Shift+Enter, Esc closes and returns to the text', async ({ archivo: { page } }) => {
    await openSeed(page);
    await page.keyboard.press('Control+f');
    const find = page.getByRole('searchbox', { name: 'Find in article' });
    await expect(find).toBeFocused();
    await find.fill('police');
    const counter = article(page).locator('#find-counter');
    await expect(counter).toHaveText(/^1 of \d+$/);
    const total = Number((await counter.textContent())?.split(' of ')[1]);
    await page.keyboard.press('Enter');
    await expect(counter).toHaveText(`${total > 1 ? 2 : 1} of ${total}`);
    await page.keyboard.press('Shift+Enter');
    await expect(counter).toHaveText(`1 of ${total}`);
    await page.keyboard.press('Shift+Enter');
    await expect(counter).toHaveText(`${total} of ${total}`);
    // Accents and capitals do not matter, as in search.
    await find.fill('PEREZ');
    await expect(counter).toHaveText(/^1 of \d+$/);
    await shot(page, 'find-in-article');
    await find.fill('zzqx');
    await expect(counter).toHaveText('No matches');
    await page.keyboard.press('Escape');
    await expect(find).toHaveCount(0);
    // Esc closed the find bar only, not the article.
    await expect(article(page).getByRole('heading', { level: 2 }).first()).toBeFocused();
  });

  test('"More like this" lists similar articles and opens them', async ({ archivo: { page, session } }) => {
    await openSeed(page);
    const status = session.getStatus();
    if (status.state !== 'ready') throw new Error('not ready');
    const seedId = (await session.getLibrary()?.search('Mixco', { limit: 20 }))?.results.find((hit) => hit.title === SEED_TITLE)?.id ?? '';
    const similar = (await session.getLibrary()?.moreLikeThis?.(seedId, 8))?.results ?? [];
    // The sample holds other Mixco and violence articles: the core must find some.
    expect(similar.length).toBeGreaterThan(0);
    const section = article(page).getByRole('region', { name: 'More like this' });
    await expect(section.getByRole('button')).toHaveCount(similar.length);
    const first = similar[0]!;
    await section.getByRole('button', { name: first.title }).click();
    await expect(article(page).getByRole('heading', { level: 2 }).first()).toHaveText(first.title);
  });

  test('Ctrl+P exports the open article to a PDF with its text and accents intact', async ({ archivo }) => {
    const { page } = archivo;
    await openSeed(page);
    archivo.nextSavePath = null;
    await article(page).getByRole('button', { name: /Export PDF/ }).click();
    await expect.poll(() => archivo.suggestedNames.length).toBe(1);
    await expect(exportStatus(page)).toHaveText('');
    expect(archivo.suggestedNames[0]).toMatch(/\.pdf$/);

    const target = path.join(archivo.tempDir, 'seed.pdf');
    archivo.nextSavePath = target;
    await page.keyboard.press('Control+p');
    await expect(exportStatus(page)).toHaveText(`Saved to ${target}`, { timeout: 30_000 });
    expect(existsSync(target)).toBe(true);
    const text = flowing(pdfText(target));
    expect(text).toContain(SEED_TITLE);
    expect(text).toContain('Pérez');
    expect(text).toContain(SEED_COPYRIGHT);
  });

  test('the menu command exports too, and an export failure is shown', async ({ archivo }) => {
    const { page } = archivo;
    await openSeed(page);
    const blocker = path.join(archivo.tempDir, 'not-a-folder');
    writeFileSync(blocker, 'a file, not a folder');
    archivo.nextSavePath = path.join(blocker, 'x.pdf');
    await archivo.emit('app:command', 'export-pdf');
    await expect(exportStatus(page)).toContainText('Export failed:', { timeout: 30_000 });
  });
});

test('"Open original…" asks main (which confirms with the user) and shows a refusal', async ({ archivo }) => {
  const { page } = archivo;
  const root = path.join(archivo.tempDir, 'budget');
  writeBigArchive(root, 3);
  await archivo.start({ archive: root });
  await search(page, 'budget');
  await resultButtons(page).first().click();
  const url = field(page, 'Original URL');
  await expect(url.locator(".url")).toHaveText(/^https:\/\/news\.example\.org\/20\d\d\/budget-\d$/);
  // The address is text, never a live link: nothing can navigate by accident.
  await expect(provenance(page).getByRole('link')).toHaveCount(0);

  archivo.externalAnswer = { outcome: 'canceled' };
  await url.getByRole('button', { name: 'Open original…' }).click();
  await expect.poll(() => archivo.externalRequests.length).toBe(1);
  expect(archivo.externalRequests[0]).toMatch(/^https:\/\/news\.example\.org\//);
  await expect(url.getByRole('status')).toHaveText('');

  archivo.externalAnswer = { outcome: 'refused', reason: 'the address points at this computer' };
  await url.getByRole('button', { name: 'Open original…' }).click();
  await expect(url.getByRole('status')).toHaveText('Not opened: the address points at this computer.');
});

test('a saved web page shows its structure, and nothing in it can run or load', async ({ archivo }) => {
  const { page } = archivo;
  const root = path.join(archivo.tempDir, 'saved-pages');
  mkdirSync(root, { recursive: true });
  const paragraph = 'The municipal water board approved the reservoir plan after a long public hearing in the town hall.';
  writeFileSync(
    path.join(root, 'reservoir.html'),
    `<!doctype html><html lang="en"><head><title>Reservoir plan approved</title>
<meta property="og:site_name" content="Valley Gazette"><meta property="article:published_time" content="2019-05-04">
<script>window.__pwned = true</script></head><body><article>
<h1>Reservoir plan approved</h1>
<p>${paragraph}</p><p>${paragraph.replace('water board', 'finance committee')}</p>
<h2>What changes</h2>
<ul><li>New intake on the north shore</li><li>Tariffs unchanged until 2021</li></ul>
<blockquote><p>We listened to every objection, said the chair of the board in her closing remarks.</p></blockquote>
<table><thead><tr><th>Item</th><th>Cost</th></tr></thead><tbody><tr><td>Intake</td><td>4.2 million</td></tr></tbody></table>
<p onclick="window.__pwned = true">Residents can read the full plan <a href="https://valley.example/plan">on the board's site</a>.
<img src="https://tracker.example/pixel.gif" alt=""></p>
<p>${paragraph.replace('approved', 'discussed')}</p>
</article></body></html>`,
  );
  await archivo.start({ archive: root });
  await search(page, 'reservoir');
  await resultButtons(page).first().click();
  const body = article(page).locator('.article-body');
  await expect(body).toContainText('approved the reservoir plan');
  const stored = await archivo.session.getLibrary()?.search('reservoir', { limit: 1 });
  const html = (await archivo.session.getLibrary()?.getArticle(stored?.results[0]?.id ?? ''))?.html ?? null;
  // The page has a list, a table and a quote: the reader keeps them, so the view must show them.
  expect(html).toMatch(/<li/i);
  expect(html).toMatch(/<table/i);
  expect(html).toMatch(/<blockquote/i);
  await expect(body).toHaveClass(/article-html/);
  await expect(body.getByRole('listitem')).toHaveCount(2);
  await expect(body.getByRole('table')).toBeVisible();
  await expect(body.locator('blockquote')).toContainText('We listened');
  // Nothing to run, load or click: no script, image, link or handler survives in the page.
  await expect(body.locator('script, img, a, iframe, [onclick], [style], [href], [src]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
  await shot(page, 'saved-page');
});
