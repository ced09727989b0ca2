/** Preferences read field by field (a bad one falls back alone), the highlight palettes, and relative times. */
import { describe, expect, it } from 'vitest';
import { cleanPreferences, createPreferences } from '../../src/background/preferences';
import { highlightCss } from '../../src/content/highlight-styles';
import { DEFAULT_PREFERENCES } from '../../src/shared/protocol';
import { daysSince, relativeTime } from '../../src/shared/relative-time';

describe('cleanPreferences', () => {
  const cases: Array<[string, unknown, Partial<typeof DEFAULT_PREFERENCES>]> = [
    ['nothing stored', undefined, {}],
    ['a good palette and a bad flag', { palette: 'colourblind', hideNames: 'yes' }, { palette: 'colourblind' }],
    ['an unknown palette', { palette: 'neon' }, {}],
    ['reminders only 0, 7 or 30 days', { exportReminder: 3 }, {}],
    ['a real export time', { lastExportAt: '2026-01-02T03:04:05.000Z' }, { lastExportAt: '2026-01-02T03:04:05.000Z' }],
    ['a broken export time', { lastExportAt: 'soon' }, {}],
  ];
  it.each(cases)('%s', (_n, raw, want) => expect(cleanPreferences(raw)).toEqual({ ...DEFAULT_PREFERENCES, ...want }));

  it('a malformed patch field leaves the stored value; good ones are stored', async () => {
    let stored: Record<string, unknown> = {};
    const prefs = createPreferences({ get: async (k) => ({ [k]: stored[k] }), set: async (items) => void (stored = { ...stored, ...items }) });
    await prefs.set({ palette: 'contrast', hideNames: true });
    await prefs.set({ palette: 'neon' as never, exportReminder: 7 });
    expect(await prefs.get()).toMatchObject({ palette: 'contrast', hideNames: true, exportReminder: 7 });
  });
});

describe('highlightCss', () => {
  it('one rule per state; hiding names drops only the underline; palettes differ', () => {
    const warm = highlightCss({ palette: 'warm', hideNames: false });
    for (const name of ['quote', 'official', 'saved', 'focus']) expect(warm).toContain(`::highlight(onrecord-${name})`);
    expect(warm).toMatch(/onrecord-official\) \{ text-decoration: underline dotted/);
    expect(highlightCss({ palette: 'warm', hideNames: true })).toMatch(/onrecord-official\) \{ text-decoration: none;/);
    expect(highlightCss({ palette: 'colourblind', hideNames: false })).toContain('rgba(86, 180, 233');
    expect(highlightCss({ palette: 'colourblind', hideNames: false })).not.toContain('rgba(255, 196, 61');
  });
});

describe('relativeTime', () => {
  const now = Date.parse('2026-03-10T12:00:00Z');
  const cases = [
    ['2026-03-07T12:00:00Z', '3 days ago'],
    ['2026-03-09T12:00:00Z', 'yesterday'],
    ['2026-01-01T00:00:00Z', '2 months ago'],
    ['2026-03-10T11:59:30Z', 'this minute'],
  ];
  it.each(cases)('%s', (iso, want) => expect(relativeTime(iso, now, 'en')).toBe(want));
  it('counts whole days; never exported is forever', () => {
    expect(daysSince('2026-03-03T13:00:00Z', now)).toBe(6);
    expect(daysSince(null, now)).toBe(Infinity);
  });
});
