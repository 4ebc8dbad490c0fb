/**
 * Defence in depth for the article frame: even RAW, unsanitised hostile HTML shown the way the UI shows
 * article HTML (an `<iframe sandbox srcdoc>` without allow-scripts, ARTICLE_FRAME_CSP in a meta tag, inside
 * a page under the shell's CSP) runs no script, makes no request, navigates nothing and opens no window.
 * The sanitiser is the first wall; this proves the second one holds alone.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { ARTICLE_FRAME_CSP } from '../../electron/content-security-policy';
import { HOSTILE_FIXTURE_DIR } from '../fixtures/hostile-archive/build-archive';
import { serveDirectory, type StaticServer } from './static-server';

let dir: string;
let server: StaticServer;
let fixtures: { name: string; html: string }[];

test.beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'archivo-frame-'));
  // A host page with no script of its own: the shell CSP (sent by the server) forbids inline script.
  await writeFile(path.join(dir, 'index.html'), '<!doctype html><html><head><title>host</title></head><body><main id="host"></main></body></html>');
  server = await serveDirectory(dir);
  const names = (await readdir(HOSTILE_FIXTURE_DIR)).filter((name) => name.endsWith('.html'));
  fixtures = await Promise.all(names.map(async (name) => ({ name, html: await readFile(path.join(HOSTILE_FIXTURE_DIR, name), 'latin1') })));
});
test.afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

test('raw hostile pages in the article frame run nothing and reach nothing', async ({ page, context }) => {
  expect(fixtures.length).toBeGreaterThanOrEqual(9);
  const requests: string[] = [];
  const navigations: string[] = [];
  const popups: string[] = [];
  const dialogs: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url === server.url) return route.continue();
    requests.push(url);
    return route.abort('blockedbyclient');
  });
  context.on('page', (other) => popups.push(other.url()));
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(server.url);
  page.on('framenavigated', (frame) => navigations.push(`${frame === page.mainFrame() ? 'main' : 'frame'} ${frame.url()}`));

  for (const { name, html } of fixtures) {
    const srcdoc = `<!doctype html><meta http-equiv="Content-Security-Policy" content="${ARTICLE_FRAME_CSP}">${html}`;
    await page.evaluate(
      ([id, doc]) => {
        const frame = document.createElement('iframe');
        frame.id = id;
        frame.setAttribute('sandbox', '');
        frame.setAttribute('referrerpolicy', 'no-referrer');
        frame.srcdoc = doc;
        document.getElementById('host')!.append(frame);
      },
      [name.replace(/\W/g, '-'), srcdoc] as const,
    );
  }
  // Let every meta refresh (0 s and 1 s), image, stylesheet, autofocus and animation have its chance.
  await page.waitForTimeout(2_500);

  expect(requests, 'no request left the page').toEqual([]);
  expect(popups, 'no window opened').toEqual([]);
  expect(dialogs, 'no script ran (alert)').toEqual([]);
  expect(page.url()).toBe(server.url);
  // Article frames stay on their srcdoc; the iframes the pages nest in them are refused (frame-src 'none'):
  // they stay empty or show Chromium's blocked-frame page. Nothing ever reached a real address.
  const reached = navigations.filter((entry) => !/^(main|frame) (about:srcdoc|about:blank|chrome-error:\/\/chromewebdata\/)?$/.test(entry));
  expect(reached, 'no frame navigated anywhere').toEqual([]);
  expect(await page.title()).toBe('host');
  const articleFrames = page.frames().filter((frame) => frame.parentFrame() === page.mainFrame());
  expect(articleFrames).toHaveLength(fixtures.length);
  for (const frame of articleFrames) expect(frame.url()).toBe('about:srcdoc');
});
