/**
 * The IPC boundary as a compromised renderer would attack it: calls from frames that are not the app
 * are refused before any handler runs, and no argument, however odd, crashes a handler or gets past
 * validation. Every call resolves with a cloneable result or rejects with an Error.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openArchive, type ArchiveLibrary } from '../../../archive/library';
import { INVOKE_CHANNELS, type ArchiveStatus } from '../../../electron/api';
import { createIpcHandlers, type IpcHandlerDeps, type IpcHandlers } from '../../../electron/ipc-handlers';

const registered = vi.hoisted(() => new Map<string, (event: unknown, ...args: unknown[]) => unknown>());
vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, handler: (event: unknown, ...args: unknown[]) => unknown) => registered.set(channel, handler) },
}));
const { registerIpcHandlers } = await import('../../../electron/ipc-main');

const SAMPLE_ARCHIVE = path.resolve(__dirname, '../../../archive/sample-archive');
let tmp: string;
let library: ArchiveLibrary;
let handlers: IpcHandlers;
const sideEffects: string[] = [];

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'archivo-ipc-fuzz-'));
  library = await openArchive(SAMPLE_ARCHIVE, { indexDir: path.join(tmp, 'index') });
  const status: ArchiveStatus = { state: 'ready', summary: library.summary, indexing: null };
  const deps: IpcHandlerDeps = {
    getLibrary: () => library,
    getStatus: () => status,
    chooseArchiveFolder: async () => null,
    openArchive: async (root) => {
      sideEffects.push(`open ${root}`);
      return status;
    },
    chooseSavePath: async () => null,
    renderPdf: async () => {
      sideEffects.push('render');
      return new Uint8Array();
    },
  };
  handlers = createIpcHandlers(deps);
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

/** What a renderer can send: anything structured-cloneable, plus the shapes each channel half-expects. */
const ipcValue = fc.oneof(
  fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withNullPrototype: true, withSparseArray: true }),
  fc.string({ unit: 'binary', maxLength: 3000 }),
  fc.constantFrom('', 'Mixco', '"unclosed', '((((((', 'a OR', '-', '*', 'x'.repeat(1001), '3e153439dee5a9ac', '../../etc/passwd', '__proto__', 'constructor'),
  fc.record({ limit: fc.oneof(fc.integer(), fc.double(), fc.string(), fc.constant(null), fc.bigInt()) }, { requiredKeys: [] }),
  fc.constantFrom(JSON.parse('{"__proto__":{"polluted":true}}') as unknown, { limit: 10, extra: 1 }, { limit: Number.NaN }, { limit: Infinity }, [1, 2]),
);

function settlesSafely(result: unknown): Promise<void> {
  expect(result).toBeInstanceOf(Promise);
  return (result as Promise<unknown>).then(
    (value) => {
      // Results cross the IPC boundary by structured clone: anything else would throw in Electron.
      expect(() => structuredClone(value)).not.toThrow();
    },
    (error: unknown) => {
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).message.length).toBeLessThan(500);
    },
  );
}

describe('every IPC handler, fed arbitrary arguments', () => {
  for (const channel of INVOKE_CHANNELS) {
    it(`${channel} resolves with a cloneable result or rejects with a short Error`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(ipcValue, { maxLength: 4 }), async (args) => {
          await settlesSafely(handlers[channel](...args));
        }),
        { numRuns: channel === 'archive:search' ? 600 : 300 },
      );
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    });
  }

  it('never reached a side effect with an invalid argument (no archive opened, nothing printed)', () => {
    // open-dialog's folder picker answers null and export's save dialog answers null: nothing may follow.
    expect(sideEffects).toEqual([]);
  });
});

describe('registerIpcHandlers (sender check)', () => {
  const calls: unknown[][] = [];
  beforeAll(() => {
    const recording = Object.fromEntries(
      INVOKE_CHANNELS.map((channel) => [channel, async (...args: unknown[]) => (calls.push([channel, ...args]), 'ran')]),
    ) as unknown as IpcHandlers;
    registerIpcHandlers(recording);
  });

  it('registers every channel once', () => {
    expect([...registered.keys()].sort()).toEqual([...INVOKE_CHANNELS].sort());
  });

  it.each([
    ['a destroyed or navigated frame (null)', null],
    ['a file:// page', { url: 'file:///tmp/evil.html' }],
    ['a web page', { url: 'https://evil.example/' }],
    ['an article frame (srcdoc)', { url: 'about:srcdoc' }],
    ['about:blank', { url: 'about:blank' }],
    ['a look-alike app host', { url: 'app://archivo.evil/index.html' }],
    ['credentials on the app URL', { url: 'app://x@archivo/index.html' }],
    ['a frame without a URL', { url: undefined }],
  ])('refuses a call from %s before any handler runs', (_label, senderFrame) => {
    calls.length = 0;
    for (const channel of INVOKE_CHANNELS) {
      expect(() => registered.get(channel)!({ senderFrame }, 'Mixco')).toThrow(/untrusted frame/);
    }
    expect(calls).toEqual([]);
  });

  it('passes a call from the app page through, arguments untouched', async () => {
    calls.length = 0;
    await expect(registered.get('archive:search')!({ senderFrame: { url: 'app://archivo/index.html#/a' } }, 'Mixco', { limit: 5 })).resolves.toBe('ran');
    expect(calls).toEqual([['archive:search', 'Mixco', { limit: 5 }]]);
  });
});
