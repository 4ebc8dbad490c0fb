import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import type { AppCommand } from '../../../electron/api';
import { buildMenuTemplate, type MenuContext } from '../../../electron/menu-template';

function flatten(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function build(context: Partial<MenuContext> = {}) {
  const sent: AppCommand[] = [];
  let opened = 0;
  const template = buildMenuTemplate(
    { openArchive: () => (opened += 1), sendCommand: (command) => sent.push(command) },
    { isPackaged: true, platform: 'linux', appName: 'Archivo', ...context },
  );
  return { items: flatten(template), top: template, sent, opened: () => opened };
}

const click = (item: MenuItemConstructorOptions | undefined): void =>
  (item?.click as unknown as (() => void) | undefined)?.();

describe('buildMenuTemplate', () => {
  it('opens an archive with Ctrl/Cmd+O', () => {
    const menu = build();
    const open = menu.items.find((item) => item.label === 'Open Archive…');
    expect(open?.accelerator).toBe('CmdOrCtrl+O');
    click(open);
    expect(menu.opened()).toBe(1);
  });

  it('asks the renderer to export with Ctrl/Cmd+P and to focus search from Help', () => {
    const menu = build();
    const exportItem = menu.items.find((item) => item.label === 'Export PDF…');
    expect(exportItem?.accelerator).toBe('CmdOrCtrl+P');
    click(exportItem);
    click(menu.items.find((item) => item.label === 'Keyboard Shortcuts'));
    expect(menu.sent).toEqual(['export-pdf', 'focus-search']);
  });

  it('offers no reload and no developer tools in a packaged app', () => {
    const roles = build({ isPackaged: true }).items.map((item) => item.role);
    expect(roles).not.toContain('reload');
    expect(roles).not.toContain('forceReload');
    expect(roles).not.toContain('toggleDevTools');
  });

  it('offers them in development', () => {
    const roles = build({ isPackaged: false }).items.map((item) => item.role);
    expect(roles).toContain('reload');
    expect(roles).toContain('toggleDevTools');
  });

  it('puts Quit in File on Windows/Linux and in the app menu on macOS', () => {
    const linux = build({ platform: 'linux' });
    expect(linux.top[0]?.label).toBe('&File');
    expect(linux.items.filter((item) => item.role === 'quit')).toHaveLength(1);
    const mac = build({ platform: 'darwin' });
    expect(mac.top[0]?.label).toBe('Archivo');
    expect(mac.items.filter((item) => item.role === 'quit')).toHaveLength(1);
    expect(mac.top.map((item) => item.role)).toContain('windowMenu');
  });
});
