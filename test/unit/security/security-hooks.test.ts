/**
 * The process-wide guards of electron/security.ts, driven the way Electron drives them: every new
 * WebContents is guarded, every permission is refused, windows are denied, navigation away from the
 * app is stopped, <webview> never attaches, and only a confirmed http(s) link reaches the browser.
 * Electron itself is replaced by recording fakes (its binary cannot run here).
 */
import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => {
  const appHandlers = new Map<string, (...args: unknown[]) => void>();
  return {
    appHandlers,
    opened: [] as string[],
    dialogAnswers: [] as number[],
    dialogs: [] as { message: string; detail: string }[],
  };
});

vi.mock('electron', () => ({
  app: { on: (name: string, handler: (...args: unknown[]) => void) => electron.appHandlers.set(name, handler) },
  BrowserWindow: { getFocusedWindow: () => null },
  dialog: {
    showMessageBox: async (options: { message: string; detail: string }) => {
      electron.dialogs.push(options);
      return { response: electron.dialogAnswers.shift() ?? 1 };
    },
  },
  shell: {
    openExternal: async (url: string) => {
      electron.opened.push(url);
    },
  },
}));

const { setupSecurity } = await import('../../../electron/security');

class FakeContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  /** Emits like Electron: an event object with preventDefault, carrying url and isMainFrame. */
  navigate(channel: string, url: string, isMainFrame = true): boolean {
    let prevented = false;
    this.emit(channel, { url, isMainFrame, preventDefault: () => (prevented = true) });
    return prevented;
  }
}

interface FakeSession {
  permissionRequest: ((contents: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void) | null;
  permissionCheck: ((...args: unknown[]) => boolean) | null;
  beforeRequest: ((details: { url: string }, callback: (response: { cancel: boolean }) => void) => void) | null;
}

function install(): { session: FakeSession; contents: FakeContents } {
  electron.appHandlers.clear();
  const session: FakeSession = { permissionRequest: null, permissionCheck: null, beforeRequest: null };
  setupSecurity({
    setPermissionRequestHandler: (handler: FakeSession['permissionRequest']) => (session.permissionRequest = handler),
    setPermissionCheckHandler: (handler: FakeSession['permissionCheck']) => (session.permissionCheck = handler),
    webRequest: { onBeforeRequest: (handler: FakeSession['beforeRequest']) => (session.beforeRequest = handler) },
  } as unknown as Electron.Session);
  const contents = new FakeContents();
  const created = electron.appHandlers.get('web-contents-created');
  if (created === undefined) throw new Error('setupSecurity installed no web-contents-created hook');
  created({}, contents);
  return { session, contents };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

beforeEach(async () => {
  // Let the previous test's deferred link handling finish before its records are cleared.
  for (let i = 0; i < 3; i++) await tick();
  electron.opened.length = 0;
  electron.dialogs.length = 0;
  electron.dialogAnswers.length = 0;
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('setupSecurity', () => {
  it('refuses every permission request and check', () => {
    const { session } = install();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'fileSystem', 'openExternal', 'fullscreen', 'pointerLock', 'hid', 'serial', 'usb']) {
      const answers: boolean[] = [];
      session.permissionRequest!(null, permission, (granted) => answers.push(granted), { requestingUrl: 'app://archivo/index.html' });
      expect(answers, permission).toEqual([false]);
      expect(session.permissionCheck!(null, permission, 'app://archivo', {}), permission).toBe(false);
    }
  });

  it('cancels every request that would leave the machine', () => {
    const { session } = install();
    const verdicts = new Map<string, boolean>();
    for (const url of ['https://track.example/pixel.gif', 'http://127.0.0.1:9/', 'file:///etc/passwd', 'app://archivo/assets/x.js', 'data:image/png;base64,AA==']) {
      session.beforeRequest!({ url }, ({ cancel }) => verdicts.set(url, cancel));
    }
    expect(Object.fromEntries(verdicts)).toEqual({
      'https://track.example/pixel.gif': true,
      'http://127.0.0.1:9/': true,
      'file:///etc/passwd': true,
      'app://archivo/assets/x.js': false,
      'data:image/png;base64,AA==': false,
    });
  });

  it('denies every new window, whatever the URL', () => {
    const { contents } = install();
    for (const url of ['app://archivo/index.html', 'https://example.com/', 'about:blank', 'javascript:alert(1)']) {
      expect(contents.windowOpenHandler!({ url })).toEqual({ action: 'deny' });
    }
  });

  it('never lets a <webview> attach', () => {
    const { contents } = install();
    let prevented = false;
    contents.emit('will-attach-webview', { preventDefault: () => (prevented = true) }, {}, { src: 'https://example.com/' });
    expect(prevented).toBe(true);
  });

  it('stops the main window leaving the app, and article frames loading anything but srcdoc', () => {
    const { contents } = install();
    expect(contents.navigate('will-navigate', 'app://archivo/index.html')).toBe(false);
    for (const url of ['https://example.com/', 'file:///etc/passwd', 'app://evil/', 'data:text/html,x']) {
      expect(contents.navigate('will-navigate', url), url).toBe(true);
      expect(contents.navigate('will-frame-navigate', url, true), url).toBe(true);
      expect(contents.navigate('will-frame-navigate', url, false), url).toBe(true);
      expect(contents.navigate('will-redirect', url, false), url).toBe(true);
    }
    expect(contents.navigate('will-frame-navigate', 'about:srcdoc', false)).toBe(false);
  });

  it('offers a clicked web link to the browser only after the user confirms, once per click', async () => {
    const { contents } = install();
    electron.dialogAnswers.push(1); // Cancel
    contents.navigate('will-navigate', 'https://www.elfaro.net/es/');
    contents.navigate('will-frame-navigate', 'https://www.elfaro.net/es/', true);
    await tick();
    await tick();
    expect(electron.dialogs).toHaveLength(1);
    expect(electron.dialogs[0]?.message).toContain('www.elfaro.net');
    expect(electron.opened).toEqual([]);

    electron.dialogAnswers.push(0); // Open in Browser
    contents.navigate('will-frame-navigate', 'https://www.elfaro.net/es/', false);
    await tick();
    await tick();
    expect(electron.opened).toEqual(['https://www.elfaro.net/es/']);
  });

  it('never asks about, nor opens, a dangerous link clicked in an article', async () => {
    const { contents } = install();
    electron.dialogAnswers.push(0, 0, 0, 0);
    for (const url of ['file:///C:/Windows/System32/calc.exe', 'ms-msdt:/id PCWDiagnostic', 'search-ms:query=x', 'smb://attacker.example/share']) {
      expect(contents.navigate('will-frame-navigate', url, false)).toBe(true);
    }
    await tick();
    await tick();
    expect(electron.dialogs).toEqual([]);
    expect(electron.opened).toEqual([]);
  });
});
