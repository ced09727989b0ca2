/**
 * A quote's earlier and losing versions from sync (a speaker another machine set, a delete an edit
 * overruled), shown as text under the quote. Only when sync is on; loaded when the reader opens it.
 */
import { useEffect, useState } from 'preact/hooks';
import { formatDate } from '../shared/format';
import { t } from '../shared/i18n';
import { sendFromPage } from '../shared/messaging';
import type { QuoteVersion } from '../shared/sync-config';

// One status question per page load, however many cards ask.
let syncOn: Promise<boolean> | null = null;
const isSyncOn = () =>
  (syncOn ??= sendFromPage('getSyncStatus', null).then(
    (r) => r.ok && r.value.enabled,
    () => false,
  ));

const describe = (v: QuoteVersion) =>
  v.state === 'live' ? t('historySpeaker', v.speaker ?? t('popupUnattributed')) : v.state === 'deleted' ? t('historyDeleted') : t('historyMerged');

export function QuoteHistory({ id }: { id: string }) {
  const [on, setOn] = useState(false);
  const [versions, setVersions] = useState<QuoteVersion[] | null>(null);
  useEffect(() => void isSyncOn().then(setOn), []);
  if (!on) return null;
  const load = () => {
    if (versions === null) void sendFromPage('getQuoteHistory', { id }).then((r) => setVersions(r.ok ? r.value : []));
  };
  return (
    <details class="history" onToggle={load} data-testid="quote-history">
      <summary>{t('historyHeading')}</summary>
      {versions !== null && versions.length === 0 && <p class="muted">{t('historyNone')}</p>}
      <ul>
        {versions?.map((v) => (
          <li key={`${v.at}-${v.device}`}>
            <span class="muted">{formatDate(v.at)}</span> {describe(v)}
          </li>
        ))}
      </ul>
    </details>
  );
}
