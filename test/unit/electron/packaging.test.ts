/**
 * The packaging facts that, when wrong, give an installer whose window is blank or that cannot start
 * (ELECTRON-CHECKLIST §8), checked on electron-builder.yml and on the real renderer build.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { load as loadYaml } from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveAppAsset } from '../../../electron/app-asset';
import { APP_INDEX_URL } from '../../../electron/app-url';

const root = path.resolve(__dirname, '../../..');

interface BuilderConfig {
  directories: { output: string; buildResources: string };
  files: string[];
  extraResources: { from: string; to: string }[];
  asar: boolean;
  extraMetadata?: { desktopName?: string };
  electronFuses: Record<string, boolean>;
  toolsets?: { appimage?: string };
  linux: { target: string[]; category: string; maintainer: string; syncDesktopName: boolean };
  mac: { category: string };
}

const config = loadYaml(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  main: string;
  devDependencies: Record<string, string>;
  dependencies: Record<string, string>;
};

describe('electron-builder.yml', () => {
  it('writes installers to a folder that holds no compiled code', () => {
    expect(config.directories.output).toBe('release');
    expect(config.directories.buildResources).toBe('build');
    for (const pattern of config.files.filter((p) => !p.startsWith('!'))) {
      expect(pattern.startsWith('release') || pattern.startsWith('build/') || pattern.startsWith('dist')).toBe(false);
    }
  });

  it('packs the main bundle package.json points at, the preload and the renderer', () => {
    expect(pkg.main).toBe('out/electron/main.cjs');
    expect(config.files).toEqual(expect.arrayContaining(['package.json', 'out/electron/**', 'out/renderer/**']));
  });

  it('ships the sample archive where the packaged app looks for it', () => {
    expect(config.extraResources).toContainEqual({ from: 'archive/sample-archive', to: 'sample-archive' });
    expect(statSync(path.join(root, 'archive/sample-archive')).isDirectory()).toBe(true);
  });

  it('flips the fuses that close Node-level back doors, with the app in an asar', () => {
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
      enableCookieEncryption: true,
    });
  });

  it('has what the Linux targets require', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.linux.maintainer).toMatch(/<[^@>]+@[^>]+>/);
    expect(config.linux.category).toBe('Office');
    expect(config.linux.syncDesktopName).toBe(true);
    expect(config.extraMetadata?.desktopName).toBe('archivo.desktop');
    expect(config.toolsets?.appimage).toBe('1.0.3');
    expect(config.mac.category).toBe('public.app-category.news');
  });

  it('keeps electron a devDependency pinned at 41.10.3 or later', () => {
    expect(pkg.dependencies['electron']).toBeUndefined();
    const [major, minor, patch] = (pkg.devDependencies['electron'] ?? '').replace(/^[~^]/, '').split('.').map(Number);
    expect(major).toBe(41);
    expect((minor ?? 0) * 1000 + (patch ?? 0)).toBeGreaterThanOrEqual(10 * 1000 + 3);
  });

  it('has a 512×512 PNG icon', () => {
    const png = readFileSync(path.join(root, 'build/icon.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
  });
});

describe('the built renderer through the app:// resolver', () => {
  const rendererDir = path.join(root, 'out/renderer');
  let html: string;

  beforeAll(() => {
    if (!existsSync(path.join(rendererDir, 'index.html'))) {
      execFileSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build'], { cwd: root, stdio: 'pipe' });
    }
    html = readFileSync(path.join(rendererDir, 'index.html'), 'utf8');
  }, 120_000);

  it('serves index.html for the URL the window loads', () => {
    const index = resolveAppAsset(rendererDir, APP_INDEX_URL);
    expect(index).toEqual({ ok: true, path: path.join(rendererDir, 'index.html'), contentType: 'text/html; charset=utf-8' });
  });

  it('resolves every script and stylesheet index.html references to a file, with a module-script MIME type', () => {
    const refs = [...html.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) {
      const url = new URL(ref, APP_INDEX_URL).href;
      expect(url.startsWith('app://archivo/'), `${ref} leaves the app origin`).toBe(true);
      const asset = resolveAppAsset(rendererDir, url);
      expect(asset.ok, `${ref} does not resolve`).toBe(true);
      if (!asset.ok) continue;
      expect(existsSync(asset.path), `${ref} → ${asset.path} does not exist`).toBe(true);
      if (ref.endsWith('.js')) expect(asset.contentType).toBe('text/javascript; charset=utf-8');
      if (ref.endsWith('.css')) expect(asset.contentType).toBe('text/css; charset=utf-8');
    }
  });

  it('runs no inline script (the CSP allows none)', () => {
    const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(([, attrs, body]) => !/\bsrc=/.test(attrs!) && body!.trim() !== '');
    expect(inline).toEqual([]);
  });
});
