/**
 * Library sync: the team's CouchDB-compatible server, its database and the credentials (which stay in
 * the background: this page sends them but never gets them back), a connection test, and the status.
 * The host permission is asked for here, on the reader's click, for that server's origin only.
 */
import { useEffect, useState } from 'preact/hooks';
import { formatNumber, t, uiLocale } from '../shared/i18n';
import { pluralKey } from '../shared/plural';
import { relativeTime } from '../shared/relative-time';
import { checkServerUrl, type SyncConfig, type SyncSettingsView, type SyncStatus } from '../shared/sync-config';
import type { SettingsApi } from './api';

const EMPTY: SyncConfig = { url: '', database: 'onrecord', username: '', password: '' };

function StatusLine({ status }: { status: SyncStatus }) {
  if (!status.enabled)
    return (
      <p class="muted" data-testid="sync-status">
        {t('syncOff')}
      </p>
    );
  return (
    <dl class="sync-status" data-testid="sync-status">
      <dt>{t('syncLast')}</dt>
      <dd>{status.running ? t('syncRunning') : status.lastSyncAt ? relativeTime(status.lastSyncAt, Date.now(), uiLocale()) : t('syncNever')}</dd>
      <dt>{t('syncPending')}</dt>
      <dd data-testid="sync-pending">{status.pending}</dd>
      <dt>{t('syncConflicts')}</dt>
      <dd>{status.conflicts}</dd>
      {status.lastError && (
        <>
          <dt>{t('syncProblem')}</dt>
          <dd role="alert" class="error" data-testid="sync-error">
            {status.lastError}
          </dd>
        </>
      )}
    </dl>
  );
}

export function SyncSettings({ api }: { api: SettingsApi }) {
  const [form, setForm] = useState<SyncConfig>(EMPTY);
  const [saved, setSaved] = useState<SyncSettingsView | null>(null);
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const [note, setNote] = useState<{ text: string; bad: boolean } | null>(null);
  useEffect(() => {
    void api.syncSettings().then((r) => {
      if (r.ok && r.value) (setSaved(r.value), setForm({ url: r.value.url, database: r.value.database, username: r.value.username, password: '' }));
    });
    void api.syncStatus().then((r) => r.ok && setStatus(r.value));
  }, []);
  const field = (key: keyof SyncConfig) => (e: Event) => setForm({ ...form, [key]: (e.currentTarget as HTMLInputElement).value });
  /** The browser asks the reader, once, to let OnRecord reach this one origin. */
  const allow = async (): Promise<boolean> => {
    const url = checkServerUrl(form.url);
    if (!url.ok) return (setNote({ text: url.error, bad: true }), false);
    const granted = await api.allowOrigin(url.value.origin);
    if (!granted) setNote({ text: t('syncNotAllowed'), bad: true });
    return granted;
  };
  const test = async () => {
    if (!(await allow())) return;
    const r = await api.testSync(form);
    setNote(
      r.ok
        ? { text: t(pluralKey(r.value.documents, 'syncTestOkOne', 'syncTestOk', uiLocale()), r.value.database, formatNumber(r.value.documents)), bad: false }
        : { text: r.error, bad: true },
    );
  };
  const save = async () => {
    if (!(await allow())) return;
    const r = await api.setSync(form);
    if (!r.ok) return setNote({ text: r.error, bad: true });
    setSaved(r.value);
    setNote({ text: t('syncSaved'), bad: false });
    const s = await api.syncNow();
    if (s.ok) setStatus(s.value);
  };
  const disconnect = async () => {
    await api.disconnectSync();
    setSaved(null);
    const s = await api.syncStatus();
    if (s.ok) setStatus(s.value);
  };
  return (
    <section aria-labelledby="sync-h">
      <h2 id="sync-h">{t('syncHeading')}</h2>
      <p class="muted note">{t('syncIntro')}</p>
      <div class="sync-form">
        <label>
          {t('syncUrl')}
          <input type="url" value={form.url} onInput={field('url')} placeholder="https://couch.example.org" data-testid="sync-url" />
        </label>
        <label>
          {t('syncDatabase')}
          <input value={form.database} onInput={field('database')} data-testid="sync-database" />
        </label>
        <label>
          {t('syncUser')}
          <input value={form.username} onInput={field('username')} autocomplete="username" data-testid="sync-user" />
        </label>
        <label>
          {t('syncPassword')}
          <input
            type="password"
            value={form.password}
            onInput={field('password')}
            autocomplete="current-password"
            placeholder={saved?.hasPassword ? t('syncPasswordKept') : ''}
            data-testid="sync-password"
          />
        </label>
      </div>
      <p class="sync-actions">
        <button type="button" onClick={() => void test()} data-testid="sync-test">
          {t('syncTest')}
        </button>
        <button type="button" onClick={() => void save()} data-testid="sync-save">
          {t('syncSave')}
        </button>
        {saved && (
          <button type="button" onClick={() => void api.syncNow().then((r) => r.ok && setStatus(r.value))} data-testid="sync-now">
            {t('syncNow')}
          </button>
        )}
        {saved && (
          <button type="button" onClick={() => void disconnect()}>
            {t('syncDisconnect')}
          </button>
        )}
      </p>
      {note && (
        <p role="status" class={note.bad ? 'error' : 'muted'} data-testid="sync-note">
          {note.text}
        </p>
      )}
      {status && <StatusLine status={status} />}
    </section>
  );
}
