/**
 * The static scan of the built app (test/static/scan-electron.mjs): each rule fires on a snippet that
 * makes the mistake (and stays quiet on the safe form), and the real build has no high finding.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- plain .mjs scripts without type declarations
import { scanHtml, scanJavaScript } from '../../static/electron-rules.mjs';
// @ts-expect-error -- plain .mjs scripts without type declarations
import { scanBuild } from '../../static/scan-electron.mjs';

interface Finding {
  rule: string;
  severity: 'high' | 'medium';
  file: string;
  line: number;
  message: string;
}
type Kind = 'main' | 'preload' | 'renderer';
const scanJs = scanJavaScript as (code: string, options: { file?: string; kind: Kind }) => Finding[];
const scanPage = scanHtml as (html: string) => Finding[];

/** A main bundle with every required guard, so snippets are judged on their own mistake only. */
const GUARDS = `
const { app, session } = require('electron');
app.enableSandbox();
app.on('web-contents-created', (_e, c) => {
  c.setWindowOpenHandler(() => ({ action: 'deny' }));
  c.on('will-navigate', (e) => e.preventDefault());
  c.on('will-frame-navigate', (e) => e.preventDefault());
  c.on('will-attach-webview', (e) => e.preventDefault());
});
session.defaultSession.setPermissionRequestHandler((_c, _p, callback) => callback(false));
session.defaultSession.setPermissionCheckHandler(() => false);
`;

function rulesFired(code: string, kind: Kind): string[] {
  return scanJs(kind === 'main' ? GUARDS + code : code, { kind })
    .filter((finding) => finding.severity === 'high')
    .map((finding) => finding.rule);
}

describe('each rule fires on the mistake it names', () => {
  it.each<[string, Kind, string, string]>([
    ['sandbox: false', 'main', 'weakened-web-preferences', "new BrowserWindow({ webPreferences: { sandbox: false } });"],
    ['sandbox: !1 (minified)', 'main', 'weakened-web-preferences', 'new BrowserWindow({webPreferences:{sandbox:!1}});'],
    ['nodeIntegration: true', 'main', 'weakened-web-preferences', 'new BrowserWindow({ webPreferences: { nodeIntegration: true } });'],
    ['nodeIntegration: !0 (minified)', 'main', 'weakened-web-preferences', 'new BrowserWindow({webPreferences:{nodeIntegration:!0}});'],
    ['nodeIntegrationInSubFrames', 'main', 'weakened-web-preferences', 'const p = { nodeIntegrationInSubFrames: true };'],
    ['nodeIntegrationInWorker', 'main', 'weakened-web-preferences', 'const p = { nodeIntegrationInWorker: true };'],
    ['contextIsolation: false', 'main', 'weakened-web-preferences', 'const p = { contextIsolation: false };'],
    ['webSecurity: false', 'main', 'weakened-web-preferences', 'const p = { webSecurity: false };'],
    ['webSecurity set by assignment', 'main', 'weakened-web-preferences', 'prefs.webSecurity = false;'],
    ['allowRunningInsecureContent', 'main', 'weakened-web-preferences', 'const p = { allowRunningInsecureContent: true };'],
    ['webviewTag: true', 'main', 'weakened-web-preferences', "const p = { 'webviewTag': true };"],
    ['experimentalFeatures', 'main', 'weakened-web-preferences', 'const p = { experimentalFeatures: true };'],
    ['enableBlinkFeatures', 'main', 'weakened-web-preferences', "const p = { enableBlinkFeatures: 'CSSVariables' };"],
    ['a scheme that bypasses CSP', 'main', 'weakened-web-preferences', "protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true, bypassCSP: true } }]);"],
    ['--no-sandbox', 'main', 'insecure-command-line-switch', "app.commandLine.appendSwitch('no-sandbox');"],
    ['--disable-web-security', 'main', 'insecure-command-line-switch', "app.commandLine.appendSwitch('disable-web-security');"],
    ['openExternal on an IPC argument', 'main', 'open-external-unvalidated', "ipcMain.handle('open', (_e, url) => shell.openExternal(url));"],
    ['openExternal in a window-open handler', 'main', 'open-external-unvalidated', 'c.setWindowOpenHandler(({ url }) => { shell.openExternal(url); return { action: "deny" }; });'],
    ['openExternal on a navigation', 'main', 'open-external-unvalidated', "c.on('will-navigate', (e) => { e.preventDefault(); shell.openExternal(e.url); });"],
    ['openExternal even as an injected dependency inside an event handler', 'main', 'open-external-unvalidated', "c.on('will-navigate', (e) => run({ openExternal: (u) => shell.openExternal(e.url) }));"],
    ['openPath on anything', 'main', 'open-external-unvalidated', 'shell.openPath(file);'],
    ['openExternal from a renderer', 'renderer', 'open-external-unvalidated', 'window.shell.openExternal(link.href);'],
    ['loadURL of https', 'main', 'remote-content-loaded', "win.loadURL('https://example.com/app');"],
    ['loadURL of a template http URL', 'main', 'remote-content-loaded', 'win.loadURL(`http://${host}/index.html`);'],
    ['loadURL of the dev server', 'main', 'remote-content-loaded', 'win.loadURL(process.env.VITE_DEV_SERVER_URL);'],
    ["'unsafe-eval' in a CSP", 'main', 'csp-allows-script-injection', "const csp = \"default-src 'self'; script-src 'self' 'unsafe-eval'\";"],
    ["'unsafe-inline' scripts", 'renderer', 'csp-allows-script-injection', "const csp = \"script-src 'self' 'unsafe-inline'\";"],
    ['scripts from https:', 'main', 'csp-allows-script-injection', "const csp = \"default-src 'none'; script-src https: 'self'\";"],
    ['default-src * (covers scripts)', 'main', 'csp-allows-script-injection', "const csp = 'default-src *';"],
    ['eval in the renderer', 'renderer', 'dynamic-code-in-renderer', 'eval(userText);'],
    ['new Function in the renderer', 'renderer', 'dynamic-code-in-renderer', "const f = new Function('a', body);"],
    ['Function() in the preload', 'preload', 'dynamic-code-in-renderer', "const f = Function('return this')();"],
    ['setTimeout with a string', 'renderer', 'dynamic-code-in-renderer', "setTimeout('doIt()', 10);"],
    ['ipcRenderer exposed whole', 'preload', 'ipc-renderer-exposed', "contextBridge.exposeInMainWorld('ipc', ipcRenderer);"],
    ['ipcRenderer exposed via a bundle import', 'preload', 'ipc-renderer-exposed', "contextBridge.exposeInMainWorld('api', { ipc: import_electron.ipcRenderer });"],
    ['ipcRenderer.invoke exposed unbound', 'preload', 'ipc-renderer-exposed', "contextBridge.exposeInMainWorld('api', { invoke: ipcRenderer.invoke });"],
    ['require exposed', 'preload', 'ipc-renderer-exposed', "contextBridge.exposeInMainWorld('api', { fs: require('fs') });"],
    ['a permission granted', 'main', 'permission-or-window-granted', 'ses.setPermissionRequestHandler((c, permission, cb) => cb(true));'],
    ['a permission granted conditionally', 'main', 'permission-or-window-granted', "ses.setPermissionRequestHandler((c, permission, cb) => cb(permission === 'media'));"],
    ['a permission check that can pass', 'main', 'permission-or-window-granted', 'ses.setPermissionCheckHandler(() => true);'],
    ['a new window allowed', 'main', 'permission-or-window-granted', "c.setWindowOpenHandler(() => ({ action: 'allow' }));"],
    ['a <webview> created', 'renderer', 'webview-created', "document.createElement('webview');"],
    ['<webview> markup', 'renderer', 'webview-created', "el.innerHTML = '<webview src=\"https://x\"></webview>';"],
  ])('%s', (_label, kind, rule, code) => {
    expect(rulesFired(code, kind)).toContain(rule);
  });

  it.each<[string, string]>([
    ['setPermissionRequestHandler', 'missing-permission-handler'],
    ['setPermissionCheckHandler', 'missing-permission-check-handler'],
    ['setWindowOpenHandler', 'missing-window-open-handler'],
    ["'will-frame-navigate'", 'missing-navigation-guard'],
    ["'will-attach-webview'", 'missing-webview-guard'],
    ["'web-contents-created'", 'missing-web-contents-hook'],
    ['enableSandbox', 'missing-sandbox-everywhere'],
  ])('a main bundle without %s is a high finding', (needle, rule) => {
    const stripped = GUARDS.split('\n').filter((line) => !line.includes(needle)).join('\n');
    expect(scanJs(GUARDS, { kind: 'main' })).toEqual([]);
    expect(scanJs(stripped, { kind: 'main' }).map((finding) => finding.rule)).toContain(rule);
  });

  it('flags a page without a CSP, or with one that allows inline script', () => {
    expect(scanPage('<html><head></head></html>').map((f) => f.rule)).toEqual(['missing-csp']);
    expect(scanPage(`<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'unsafe-inline'">`).map((f) => f.rule)).toEqual(['csp-allows-script-injection']);
    expect(scanPage(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'">`)).toEqual([]);
  });
});

describe('the safe forms stay quiet', () => {
  it.each<[string, Kind, string]>([
    ['the hardened webPreferences', 'main', 'new BrowserWindow({ webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true, webviewTag: false } });'],
    ['minified hardened webPreferences', 'main', 'new BrowserWindow({webPreferences:{sandbox:!0,contextIsolation:!0,nodeIntegration:!1}});'],
    ['openExternal as the injected dependency of the confirm flow', 'main', 'const deps = { openExternal: (url) => shell.openExternal(url) };'],
    ['an IPC handler calling the confirm flow (an app function, not the shell)', 'main', "ipcMain.handle('open', (_e, url) => deps.openExternal(url));"],
    ['openExternal of a checked verdict', 'main', 'async function open(raw) { const verdict = externalUrlVerdict(raw); if (verdict.ok && await ask()) await deps.openExternal(verdict.url); }'],
    ['loadURL of the app scheme', 'main', "win.loadURL('app://archivo/index.html');"],
    ['a strict CSP with inline styles for the article frame', 'main', "const a = \"default-src 'none'; style-src 'unsafe-inline'; img-src data:\";"],
    ['a preload that wraps invoke', 'preload', "contextBridge.exposeInMainWorld('archivo', { search: (q) => ipcRenderer.invoke('archive:search', q) });"],
    ['a preload that exposes a built bridge', 'preload', "contextBridge.exposeInMainWorld('archivo', createBridge(invoke, subscribe));"],
    ['setTimeout with a function', 'renderer', 'setTimeout(() => run(), 10);'],
  ])('%s', (_label, kind, code) => {
    expect(rulesFired(code, kind)).toEqual([]);
  });
});

describe('the real build', () => {
  const root = path.resolve(__dirname, '../../..');
  beforeAll(() => {
    // Scan what the current source builds to, not a stale bundle.
    execFileSync(process.execPath, ['esbuild.config.mjs', 'main', 'preload'], { cwd: root, stdio: 'pipe' });
    if (!existsSync(path.join(root, 'out/renderer/index.html'))) {
      execFileSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build'], { cwd: root, stdio: 'pipe' });
    }
  }, 120_000);

  it('has no high-severity finding in main, preload and renderer', () => {
    const findings = (scanBuild as () => Finding[])();
    expect(findings.filter((finding) => finding.severity === 'high')).toEqual([]);
  });
});
