/**
 * The only file that touches `ipcMain`: registers each invoke channel with a sender check in front of
 * its handler, and offers a typed way to push events to a renderer.
 */
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { INVOKE_CHANNELS, type EventChannel, type EventChannels } from './api';
import { isAppUrl } from './app-url';
import type { IpcHandlers } from './ipc-handlers';

export function registerIpcHandlers(handlers: IpcHandlers): void {
  for (const channel of INVOKE_CHANNELS) {
    const handler = handlers[channel];
    // Registering a channel twice throws; a re-created window must not call this again.
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, ...args: unknown[]) => {
      // Read synchronously: senderFrame turns null once the frame has navigated or gone.
      assertTrustedSender(event, channel);
      return handler(...args);
    });
  }
}

function assertTrustedSender(event: IpcMainInvokeEvent, channel: string): void {
  const frame = event.senderFrame;
  if (frame === null || !isAppUrl(frame.url)) {
    throw new Error(`${channel}: refused a call from an untrusted frame`);
  }
}

export function sendToRenderer<C extends EventChannel>(contents: WebContents, channel: C, payload: EventChannels[C]): void {
  if (!contents.isDestroyed()) contents.send(channel, payload);
}
