/**
 * Loads a package the first time it is needed rather than when the bundle starts. jsdom and
 * playwright-core each take most of a second to load: every indexing thread and every CLI command
 * paid for both, even for an archive without one HTML page and a command that prints no PDF.
 */
import { createRequire } from 'node:module';
import path from 'node:path';

/** This module's own location, in the CommonJS bundle and under vitest alike. */
export function moduleLocation(): string {
  return typeof __filename === 'string' ? __filename : path.join(process.cwd(), 'index.js');
}

/** `require(id)`, resolved from `from` (by default, from here); bundlers leave a call like this alone. */
export function requireLazily<T>(id: string, from: string = moduleLocation()): T {
  return createRequire(from)(id) as T;
}
