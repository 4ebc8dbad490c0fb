/**
 * Process-wide guards, installed once after `ready`: no new windows, no navigation away from the app,
 * no <webview>, no permission ever granted, no request leaving the machine. The decisions themselves
 * live in navigation-policy.ts and external-links.ts, where they are unit-tested against hostile URLs.
 *
 * A click on a web link (in the shell, or in an article frame) is a navigation: it is always stopped
 * here, and a plain http(s) link is then offered to the user's browser after a confirmation.
 */
import { app, BrowserWindow, dialog, shell, type Session, type WebContents } from 'electron';
import { createExternalOpener, type ExternalOpenDeps, type ExternalOpenOutcome } from './external-links';
import { isNavigationAllowed, isRequestBlocked } from './navigation-policy';

let sharedOpener: Opener | null = null;

/**
 * The app's one confirm-then-open flow, shared by clicked links (below) and the `app:open-external`
 * IPC channel (main.ts passes it to createIpcHandlers as `openExternal`), so there is one dialog at a time.
 */
export function openExternalAfterConfirm(url: unknown): Promise<ExternalOpenOutcome> {
  sharedOpener ??= createExternalOpener(electronExternalDeps());
  return sharedOpener(url);
}

export function setupSecurity(session: Session): void {
  app.on('web-contents-created', (_event, contents) => guardContents(contents, openExternalAfterConfirm));

  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    const cancel = isRequestBlocked(details.url);
    if (cancel) console.warn(`archivo: blocked a request to ${details.url.slice(0, 200)}`);
    callback({ cancel });
  });
}

type Opener = ReturnType<typeof createExternalOpener>;

export function guardContents(contents: WebContents, openExternal: Opener): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event) => {
    if (!isNavigationAllowed(event.url, true)) event.preventDefault();
  });
  // Fires for the main frame too (since Electron 25), so the browser is offered once, from here.
  contents.on('will-frame-navigate', (event) => {
    if (isNavigationAllowed(event.url, event.isMainFrame)) return;
    event.preventDefault();
    const url = event.url;
    // Outside the event handler, as Electron advises; refused URLs (file:, javascript:, …) end there.
    setImmediate(() => void openExternal(url));
  });
  contents.on('will-redirect', (event) => {
    if (!isNavigationAllowed(event.url, event.isMainFrame)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

function electronExternalDeps(): ExternalOpenDeps {
  return {
    confirm: async ({ url, host, warning }) => {
      const options: Electron.MessageBoxOptions = {
        type: 'question',
        buttons: ['Open in Browser', 'Cancel'],
        defaultId: 1,
        cancelId: 1,
        noLink: true,
        title: 'Open Link',
        message: `Open ${host} in your web browser?`,
        detail: `${warning === null ? '' : `${warning}\n\n`}${url}\n\nThe site will learn that someone opened this link.`,
      };
      const parent = BrowserWindow.getFocusedWindow();
      const result = parent === null ? await dialog.showMessageBox(options) : await dialog.showMessageBox(parent, options);
      return result.response === 0;
    },
    openExternal: (url) => shell.openExternal(url),
  };
}
