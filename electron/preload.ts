/**
 * The sandboxed preload: exposes `window.archivo` and nothing else. Bundled to ONE CommonJS file whose
 * only require is `electron` (a sandboxed preload cannot load anything else, nor ESM); the build checks it.
 * The IPC event object never reaches the page (it carries `sender`), and every listener comes with
 * its own unsubscribe function.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { ArchivoApi, EventChannels } from './api';
import { createBridge, type Invoke, type Subscribe } from './bridge';

const invoke: Invoke = (channel, ...args) => ipcRenderer.invoke(channel, ...args);

const subscribe: Subscribe = (channel, listener) => {
  if (typeof listener !== 'function') throw new TypeError('listener must be a function');
  const wrapped = (_event: IpcRendererEvent, payload: EventChannels[typeof channel]): void => listener(payload);
  ipcRenderer.on(channel, wrapped);
  return () => {
    ipcRenderer.removeListener(channel, wrapped);
  };
};

contextBridge.exposeInMainWorld('archivo', createBridge(invoke, subscribe) satisfies ArchivoApi);
