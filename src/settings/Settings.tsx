/**
 * Settings: highlight colours (with a colour-blind-safe preset), the officials' underlines, the sites
 * switched off (each can be switched back on), keyboard shortcuts, saved marks and export reminders.
 */
import { useEffect, useState } from 'preact/hooks';
import { t, uiLocale } from '../shared/i18n';
import { PALETTES, type Palette, type Preferences } from '../shared/protocol';
import { relativeTime } from '../shared/relative-time';
import type { SettingsApi } from './api';
import { SyncSettings } from './SyncSettings';

const SWATCH: Record<Palette, { quote: string; name: string; saved: string }> = {
  warm: { quote: 'rgba(255, 196, 61, 0.45)', name: 'rgba(32, 98, 168, 0.9)', saved: 'rgba(88, 190, 120, 0.45)' },
  colourblind: { quote: 'rgba(86, 180, 233, 0.4)', name: 'rgba(0, 114, 178, 0.95)', saved: 'rgba(0, 158, 115, 0.4)' },
  contrast: { quote: 'rgba(255, 214, 0, 0.65)', name: 'rgba(0, 0, 0, 0.95)', saved: 'rgba(60, 200, 110, 0.6)' },
};

export function Settings({ api }: { api: SettingsApi }) {
  const [prefs, setPrefs] = useState<Preferences | null>(null);
  const [sites, setSites] = useState<string[] | null>(null);
  const [keys, setKeys] = useState<Array<{ name: string; shortcut: string; description: string }>>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void api.preferences().then((r) => (r.ok ? setPrefs(r.value) : setError(r.error)));
    void api.sitesOff().then((r) => (r.ok ? setSites(r.value) : setError(r.error)));
    void api.shortcuts().then(setKeys, () => setKeys([]));
  }, []);
  const update = async (patch: Partial<Preferences>) => {
    const r = await api.setPreferences(patch);
    if (r.ok) setPrefs(r.value);
    else setError(r.error);
  };
  const switchOn = async (host: string) => {
    const r = await api.setSiteEnabled(host, true);
    if (!r.ok) return setError(r.error);
    setSites((s) => (s ?? []).filter((x) => x !== host));
  };
  if (!prefs)
    return (
      <main class="page">
        <h1>{t('settingsHeading')}</h1>
        {error && (
          <p role="alert" class="error">
            {error}
          </p>
        )}
      </main>
    );
  return (
    <main class="page settings">
      <h1>{t('settingsHeading')}</h1>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      <section aria-labelledby="look-h">
        <h2 id="look-h">{t('settingsLookHeading')}</h2>
        <fieldset class="palettes">
          <legend>{t('settingsPalette')}</legend>
          {PALETTES.map((p) => (
            <label key={p} class="palette">
              <input
                type="radio"
                name="palette"
                value={p}
                checked={prefs.palette === p}
                onChange={() => void update({ palette: p })}
                data-testid={`palette-${p}`}
              />
              <span class="swatch" aria-hidden="true">
                <span style={{ background: SWATCH[p].quote }}>“Quote”</span>
                <span
                  style={{
                    textDecoration: `underline ${p === 'contrast' ? 'solid' : p === 'colourblind' ? 'dashed' : 'dotted'} 2px ${SWATCH[p].name}`,
                    textUnderlineOffset: '3px',
                  }}
                >
                  Name
                </span>
                <span style={{ background: SWATCH[p].saved }}>{t('popupSaved')}</span>
              </span>
              <span>{t(`settingsPalette_${p}`)}</span>
            </label>
          ))}
        </fieldset>
        <label class="check">
          <input type="checkbox" checked={prefs.hideNames} onChange={() => void update({ hideNames: !prefs.hideNames })} data-testid="hide-names" />
          <span>{t('settingsHideNames')}</span>
        </label>
        <label class="check">
          <input
            type="checkbox"
            checked={prefs.markSaved}
            onChange={() => void update({ markSaved: !prefs.markSaved })}
            aria-describedby="mark-note"
            data-testid="mark-saved"
          />
          <span>{t('settingMarkSaved')}</span>
        </label>
        <p id="mark-note" class="muted note">
          {t('settingMarkSavedNote')}
        </p>
        <p class="muted note">{t('settingsAppliesNext')}</p>
      </section>
      <section aria-labelledby="sites-h">
        <h2 id="sites-h">{t('settingsSitesHeading')}</h2>
        {sites && sites.length === 0 && <p class="muted">{t('settingsSitesNone')}</p>}
        <ul class="sites" data-testid="sites-off">
          {sites?.map((host) => (
            <li key={host}>
              <span>{host}</span>
              <button type="button" onClick={() => void switchOn(host)} aria-label={t('settingsSiteOnFor', host)}>
                {t('settingsSiteOn')}
              </button>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="keys-h">
        <h2 id="keys-h">{t('settingsKeysHeading')}</h2>
        <ul class="keys">
          {keys
            .filter((k) => k.description)
            .map((k) => (
              <li key={k.name}>
                <kbd>{k.shortcut || t('settingsKeyUnset')}</kbd> {k.description}
              </li>
            ))}
        </ul>
        <button type="button" onClick={() => void api.openShortcuts()}>
          {t('settingsKeysChange')}
        </button>
      </section>
      <SyncSettings api={api} />
      <section aria-labelledby="export-h">
        <h2 id="export-h">{t('settingsExportHeading')}</h2>
        <fieldset class="reminders">
          <legend>{t('settingsExportRemind')}</legend>
          {([0, 7, 30] as const).map((days) => (
            <label key={days} class="check">
              <input type="radio" name="remind" checked={prefs.exportReminder === days} onChange={() => void update({ exportReminder: days })} />
              <span>{t(days === 0 ? 'settingsRemindOff' : days === 7 ? 'settingsRemindWeekly' : 'settingsRemindMonthly')}</span>
            </label>
          ))}
        </fieldset>
        <p class="muted">
          {prefs.lastExportAt ? t('settingsLastExport', relativeTime(prefs.lastExportAt, Date.now(), uiLocale())) : t('settingsNeverExported')}
        </p>
      </section>
    </main>
  );
}
