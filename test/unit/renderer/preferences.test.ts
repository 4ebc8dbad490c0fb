import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFERENCES, MAX_PANE_WIDTH, parsePreferences, stepZoom } from '../../../renderer/preferences/preferences';

describe('parsePreferences', () => {
  it('gives the defaults for nothing, damage or a foreign shape', () => {
    expect(parsePreferences(null)).toEqual(DEFAULT_PREFERENCES);
    expect(parsePreferences('{not json')).toEqual(DEFAULT_PREFERENCES);
    expect(parsePreferences('[1,2]')).toEqual(DEFAULT_PREFERENCES);
  });

  it('keeps the good values and drops only the bad ones', () => {
    const parsed = parsePreferences(JSON.stringify({ theme: 'dark', language: 'klingon', zoom: 133, searchPaneWidth: 99_999, lastQuery: 'Mixco', pdfMarkHits: 'yes' }));
    expect(parsed).toEqual({ ...DEFAULT_PREFERENCES, theme: 'dark', searchPaneWidth: MAX_PANE_WIDTH, lastQuery: 'Mixco' });
    expect(parsePreferences(JSON.stringify({ pdfMarkHits: true })).pdfMarkHits).toBe(true);
  });
});

describe('stepZoom', () => {
  it('moves along the steps and stops at the ends; 0 resets', () => {
    expect(stepZoom(100, 1)).toBe(110);
    expect(stepZoom(100, -1)).toBe(90);
    expect(stepZoom(200, 1)).toBe(200);
    expect(stepZoom(80, -1)).toBe(80);
    expect(stepZoom(150, 0)).toBe(100);
  });
});
