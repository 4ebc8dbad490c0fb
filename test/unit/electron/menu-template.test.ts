import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import type { AppCommand } from '../../../electron/api';
import { buildMenuTemplate, type MenuContext, type MenuState } from '../../../electron/menu-template';

function flatten(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function build(context: Partial<MenuContext> = {}, state?: MenuState) {
  const sent: AppCommand[] = [];
  const reopened: string[] = [];
  let opened = 0;
  const template = buildMenuTemplate(
    { openArchive: () => (opened += 1), openRecent: (root) => reopened.push(root), sendCommand: (command) => sent.push(command) },
    { isPackaged: true, platform: 'linux', appName: 'Archivo', ...context },
    state,
  );
  return { items: flatten(template), top: template, sent, reopened, opened: () => opened };
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

  it('asks the renderer to export with Ctrl/Cmd+P and to list the shortcuts from Help', () => {
    const menu = build();
    const exportItem = menu.items.find((item) => item.label === 'Export PDF…');
    expect(exportItem?.accelerator).toBe('CmdOrCtrl+P');
    click(exportItem);
    click(menu.items.find((item) => item.label === 'Search Syntax and Shortcuts'));
    expect(menu.sent).toEqual(['export-pdf', 'show-shortcuts']);
  });

  it('has the same accelerators as the page: search, find, text size', () => {
    const menu = build();
    const byLabel = (label: string) => menu.items.find((item) => item.label === label);
    expect(byLabel('Search')?.accelerator).toBe('CmdOrCtrl+K');
    expect(byLabel('Find in Article')?.accelerator).toBe('CmdOrCtrl+F');
    expect(byLabel('Larger Text')?.accelerator).toBe('CmdOrCtrl+=');
    expect(byLabel('Smaller Text')?.accelerator).toBe('CmdOrCtrl+-');
    expect(byLabel('Normal Text Size')?.accelerator).toBe('CmdOrCtrl+0');
    for (const label of ['Search', 'Find in Article', 'Larger Text', 'Smaller Text', 'Normal Text Size']) click(byLabel(label));
    expect(menu.sent).toEqual(['focus-search', 'find-in-article', 'zoom-in', 'zoom-out', 'zoom-reset']);
    // Page zoom would scale twice with the text size: it is not offered.
    expect(menu.items.map((item) => item.role)).not.toContain('zoomIn');
  });

  it('lists recent archives in File and reopens the one chosen', () => {
    const menu = build({}, { recent: ['/data/news', '/data/R&D'], preferences: null });
    const recent = menu.items.find((item) => item.label === 'Recent Archives');
    const entries = recent?.submenu as MenuItemConstructorOptions[];
    expect(entries.map((item) => item.label)).toEqual(['/data/news', '/data/R&&D']);
    click(entries[1]);
    expect(menu.reopened).toEqual(['/data/R&D']);
    const none = build().items.find((item) => item.label === 'Recent Archives')?.submenu as MenuItemConstructorOptions[];
    expect(none[0]).toMatchObject({ label: 'No Recent Archives', enabled: false });
  });

  it('shows the theme and language in force, and speaks the UI language', () => {
    const menu = build({}, { recent: [], preferences: { theme: 'dark', language: 'es', effectiveLanguage: 'es', zoom: 100 } });
    expect(menu.top[0]?.label).toBe('&Archivo');
    const checked = menu.items.filter((item) => item.type === 'radio' && item.checked).map((item) => item.label);
    expect(checked).toEqual(['Oscuro', 'Español']);
    click(menu.items.find((item) => item.label === 'Claro'));
    click(menu.items.find((item) => item.label === 'Português'));
    expect(menu.sent).toEqual(['theme-light', 'language-pt']);
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
