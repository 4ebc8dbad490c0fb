/**
 * Runs in the page before the renderer (bundled with esbuild, injected with addInitScript). It builds
 * `window.archivo` with the same `createBridge` the preload uses; only the transport differs:
 * invoke goes to a Playwright binding that calls the real IPC handlers in Node, and events arrive
 * through `window.__archivoEmit`, which the test process calls the way main would send them.
 */
import type { EventChannel, EventChannels, InvokeChannel, InvokeChannels } from '../../electron/api';
import { createBridge, type Invoke, type Subscribe } from '../../electron/bridge';

interface HarnessWindow {
  __archivoInvoke(channel: InvokeChannel, ...args: unknown[]): Promise<unknown>;
  __archivoEmit(channel: EventChannel, payload: unknown): void;
}

const harness = window as unknown as HarnessWindow;
const listeners = new Map<EventChannel, Set<(payload: unknown) => void>>();

const invoke: Invoke = <C extends InvokeChannel>(channel: C, ...args: InvokeChannels[C]['args']) =>
  harness.__archivoInvoke(channel, ...args) as Promise<InvokeChannels[C]['result']>;

const subscribe: Subscribe = <C extends EventChannel>(channel: C, listener: (payload: EventChannels[C]) => void) => {
  const set = listeners.get(channel) ?? new Set();
  listeners.set(channel, set);
  const wrapped = (payload: unknown): void => listener(payload as EventChannels[C]);
  set.add(wrapped);
  return () => {
    set.delete(wrapped);
  };
};

harness.__archivoEmit = (channel, payload) => {
  for (const listener of listeners.get(channel) ?? []) listener(payload);
};

// Like contextBridge.exposeInMainWorld: a frozen, non-writable global the page cannot replace.
Object.defineProperty(window, 'archivo', { value: Object.freeze(createBridge(invoke, subscribe)), enumerable: true });
