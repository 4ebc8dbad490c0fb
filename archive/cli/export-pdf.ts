/** `archivo export-pdf`: the same print template as the app, printed by Electron or a local Chromium. */
import path from 'node:path';
import { APP_VERSION } from '../app-version';
import { exportArticlePdf } from '../export/export-article';
import { resolvePdfRenderer } from '../export/resolve-renderer';
import { writeFileAtomic } from '../fs/write-file-atomic';
import type { Article } from '../model/article';

export async function runExportPdf(article: Article, out: string): Promise<{ path: string; renderer: string }> {
  const target = path.resolve(out.toLowerCase().endsWith('.pdf') ? out : `${out}.pdf`);
  const renderer = resolvePdfRenderer();
  const pdf = await exportArticlePdf(article, {
    locale: Intl.DateTimeFormat().resolvedOptions().locale,
    renderer: renderer.render,
    appVersion: APP_VERSION,
  });
  await writeFileAtomic(target, pdf);
  return { path: target, renderer: renderer.description };
}
