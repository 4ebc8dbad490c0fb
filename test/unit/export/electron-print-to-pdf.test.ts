/**
 * electron/print-to-pdf.ts against a stand-in `electron` module: the binary cannot run here, so this
 * checks what the code asks Electron for (window options, print options, request filter, cleanup).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PDFDocument } from 'pdf-lib';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { seedArticle } from '../../fixtures/export/seed-article';

type Listener = (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void;

const electron = vi.hoisted(() => {
  const state = {
    locale: 'en-US',
    windows: [] as { options: Record<string, unknown>; destroyed: boolean; loaded: string | null }[],
    requestListener: null as Listener | null,
    onLoad: (_file: string): void => undefined,
    printToPDF: vi.fn<(options: unknown) => Promise<Buffer>>(),
  };
  class BrowserWindow {
    readonly record: (typeof state.windows)[number];
    readonly webContents = {
      printToPDF: (options: unknown) => state.printToPDF(options),
      executeJavaScript: async () => true,
    };
    constructor(options: Record<string, unknown>) {
      this.record = { options, destroyed: false, loaded: null };
      state.windows.push(this.record);
    }
    async loadFile(file: string): Promise<void> {
      this.record.loaded = file;
      state.onLoad(file);
    }
    destroy(): void {
      this.record.destroyed = true;
    }
  }
  const fakeSession = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    webRequest: { onBeforeRequest: (listener: Listener) => void (state.requestListener = listener) },
  };
  return {
    state,
    module: {
      app: { getLocale: () => state.locale, getVersion: () => '9.9.9' },
      BrowserWindow,
      session: { fromPartition: vi.fn(() => fakeSession) },
    },
  };
});
vi.mock('electron', () => electron.module);

const { PRINT_TO_PDF_OPTIONS, renderArticlePdf, renderHtmlToPdf } = await import('../../../electron/print-to-pdf');

function cancels(url: string): boolean {
  let cancel: boolean | undefined;
  electron.state.requestListener?.({ url }, (response) => (cancel = response.cancel));
  return cancel ?? false;
}

async function tinyPdf(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.addPage();
  return Buffer.from(await doc.save());
}

beforeEach(async () => {
  electron.state.windows.length = 0;
  electron.state.onLoad = () => undefined;
  electron.state.printToPDF.mockReset().mockResolvedValue(await tinyPdf());
});

describe('electron/print-to-pdf', () => {
  test('prints with the Electron 41 options, paper size from CSS, tagged with an outline', () => {
    expect(PRINT_TO_PDF_OPTIONS).toEqual({
      preferCSSPageSize: true,
      printBackground: true,
      generateTaggedPDF: true,
      generateDocumentOutline: true,
    });
  });

  test('a hidden, sandboxed window without preload or Node, in its own session, always destroyed', async () => {
    let loaded = '';
    electron.state.onLoad = (file) => {
      loaded = file;
      expect(readFileSync(file, 'utf8')).toBe('<p>Pérez</p>');
    };
    const pdf = await renderHtmlToPdf('<p>Pérez</p>');
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
    const [window] = electron.state.windows;
    expect(window?.options).toMatchObject({
      show: false,
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, backgroundThrottling: false },
    });
    expect((window?.options['webPreferences'] as Record<string, unknown>)['preload']).toBeUndefined();
    expect(window?.destroyed).toBe(true);
    expect(electron.state.printToPDF).toHaveBeenCalledWith(PRINT_TO_PDF_OPTIONS);
    expect(electron.module.session.fromPartition).toHaveBeenCalledWith('archivo-print');
    expect(existsSync(path.dirname(loaded))).toBe(false); // temp folder removed
  });

  test('while printing, only the article file may load: no network, no other file', async () => {
    const seen: Record<string, boolean> = {};
    electron.state.onLoad = (file) => {
      seen['own file'] = cancels(pathToFileURL(file).href);
      seen['sibling file'] = cancels(pathToFileURL(path.join(path.dirname(file), 'other.html')).href);
      seen['/etc/passwd'] = cancels('file:///etc/passwd');
      seen['https'] = cancels('https://tracker.example/pixel.gif');
      seen['data'] = cancels('data:image/png;base64,iVBORw0KGgo=');
    };
    await renderHtmlToPdf('<p>x</p>');
    expect(seen).toEqual({ 'own file': false, 'sibling file': true, '/etc/passwd': true, https: true, data: false });
    const file = electron.state.windows[0]?.loaded ?? '';
    expect(cancels(pathToFileURL(file).href)).toBe(true); // revoked afterwards
  });

  test('the window is destroyed and the error surfaces when printing fails', async () => {
    electron.state.printToPDF.mockRejectedValueOnce(new Error('Printing failed'));
    await expect(renderHtmlToPdf('<p>x</p>')).rejects.toThrow('Printing failed');
    expect(electron.state.windows[0]?.destroyed).toBe(true);
  });

  test("renderArticlePdf prints the template in the app's locale and adds the metadata", async () => {
    electron.state.locale = 'es-ES';
    let html = '';
    electron.state.onLoad = (file) => (html = readFileSync(file, 'utf8'));
    const pdf = await PDFDocument.load(await renderArticlePdf(seedArticle), { updateMetadata: false });
    expect(html).toContain('size: A4;');
    expect(html).toContain('Procedencia');
    expect(pdf.getTitle()).toBe(seedArticle.title);
    expect(pdf.getSubject()).toBe('Diálogo Americas — 17 de febrero de 2012');
    expect(pdf.getCreator()).toBe('Archivo 9.9.9');
    expect(pdf.getAuthor()).toBeUndefined();
  });
});
