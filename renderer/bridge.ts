/**
 * The renderer's only door to the main process: `window.archivo`, installed by the preload (or by the
 * browser-test harness). Types come from the shared contract, so the two sides cannot drift.
 */
import type { ArchivoApi } from '../electron/api';

declare global {
  interface Window {
    readonly archivo?: ArchivoApi;
  }
}

/** The bridge, or null when the page was opened outside Archivo (then the UI explains instead of crashing). */
export function findArchivo(): ArchivoApi | null {
  return window.archivo ?? null;
}
