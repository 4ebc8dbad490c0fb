/**
 * The colour tokens of both themes, read from the real style sheet, reach WCAG AA (4.5:1) for every
 * pair the UI puts text on (axe checks the rendered pages too; this covers states axe may not see:
 * highlights, the current match, chips, errors).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const css = readFileSync(path.resolve(__dirname, '../../../renderer/styles.css'), 'utf8');

function tokens(theme: 'light' | 'dark'): Map<string, string> {
  const block = new RegExp(`/\\* theme: ${theme} \\*/[^{]*\\{([^}]*)\\}`).exec(css)?.[1];
  if (!block) throw new Error(`no ${theme} theme block in styles.css`);
  return new Map([...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!]));
}

function luminance(hex: string): number {
  const channel = (i: number): number => {
    const c = parseInt(hex.slice(1 + i * 2, 3 + i * 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const PAIRS: readonly [text: string, background: string][] = [
  ['text', 'bg'],
  ['text', 'surface'],
  ['text', 'surface-2'],
  ['text', 'selected'],
  ['text', 'accent-soft'],
  ['muted', 'bg'],
  ['muted', 'surface'],
  ['muted', 'surface-2'],
  ['muted', 'selected'],
  ['accent', 'bg'],
  ['accent', 'surface'],
  ['accent', 'selected'],
  ['accent-text', 'accent'],
  ['mark-text', 'mark-bg'],
  ['current-text', 'current-bg'],
  ['find-text', 'find-bg'],
  ['error', 'bg'],
  ['error', 'surface'],
  ['error', 'error-bg'],
  ['text', 'error-bg'],
];

describe.each(['light', 'dark'] as const)('the %s theme', (theme) => {
  const palette = tokens(theme);
  it.each(PAIRS)('--%s on --%s reaches 4.5:1', (fg, bg) => {
    const a = palette.get(fg);
    const b = palette.get(bg);
    expect(a && b, `${fg} and ${bg} are defined`).toBeTruthy();
    expect(contrast(a!, b!)).toBeGreaterThanOrEqual(4.5);
  });

  it('draws control borders and focus rings at 3:1 against the surface (WCAG 1.4.11)', () => {
    expect(contrast(palette.get('border-strong')!, palette.get('surface')!)).toBeGreaterThanOrEqual(3);
    expect(contrast(palette.get('focus')!, palette.get('surface')!)).toBeGreaterThanOrEqual(3);
    expect(contrast(palette.get('focus')!, palette.get('bg')!)).toBeGreaterThanOrEqual(3);
  });
});
