/**
 * Serves the renderer build over `app://archivo/` instead of file:// (a file:// page that is
 * compromised could read any file). The scheme is declared privileged in main.ts before `ready`;
 * the handler is installed here after it.
 */
import { readFile } from 'node:fs/promises';
import { protocol, type CustomScheme, type Session } from 'electron';
import { resolveAppAsset } from './app-asset';
import { APP_SCHEME } from './app-url';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';

/**
 * standard: relative URLs resolve and web storage works; secure: treated like https;
 * supportFetchAPI: module scripts load. Never bypassCSP, and no corsEnabled (other origins must not read it).
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
} as const;

export function setupAppProtocol(session: Session, rendererRoot: string): void {
  session.protocol.handle(APP_SCHEME, async (request) => {
    const asset = resolveAppAsset(rendererRoot, request.url);
    if (!asset.ok) return textResponse(asset.status, asset.reason);
    try {
      const body = await readFile(asset.path);
      return new Response(new Uint8Array(body.buffer, body.byteOffset, body.byteLength), {
        status: 200,
        headers: { 'Content-Type': asset.contentType, ...SECURITY_HEADERS },
      });
    } catch {
      return textResponse(404, 'Not found');
    }
  });
}

function textResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS } });
}

/** Registered only on the default session; exported so main.ts makes the one pre-ready call. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
}
