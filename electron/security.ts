/**
 * Process-wide guards, installed once after `ready`: no new windows, no navigation away from the app,
 * no <webview>, no permission ever granted, no request leaving the machine. The decisions themselves
 * live in navigation-policy.ts, where they are unit-tested against hostile URLs.
 */
import { app, type Session, type WebContents } from 'electron';
import { isNavigationAllowed, isRequestBlocked } from './navigation-policy';

export function setupSecurity(session: Session): void {
  app.on('web-contents-created', (_event, contents) => guardContents(contents));

  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    const cancel = isRequestBlocked(details.url);
    if (cancel) console.warn(`archivo: blocked a request to ${details.url.slice(0, 200)}`);
    callback({ cancel });
  });
}

function guardContents(contents: WebContents): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event) => {
    if (!isNavigationAllowed(event.url, true)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isNavigationAllowed(event.url, event.isMainFrame)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isNavigationAllowed(event.url, event.isMainFrame)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
