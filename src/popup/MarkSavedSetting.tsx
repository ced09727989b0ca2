/** The one privacy setting: paint saved quotes on pages. Off by default; the line under it says what it reveals. */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import type { PopupApi } from './api';

export function MarkSavedSetting({ api }: { api: PopupApi }) {
  const [on, setOn] = useState<boolean | null>(null);
  useEffect(() => void api.preferences().then((r) => setOn(r.ok ? r.value.markSaved : false)), []);
  if (on === null) return null;
  const toggle = async () => {
    const r = await api.setMarkSaved(!on);
    if (r.ok) setOn(r.value.markSaved);
  };
  return (
    <footer class="setting">
      <label class="switch">
        <input type="checkbox" role="switch" checked={on} onChange={() => void toggle()} data-testid="mark-saved" aria-describedby="mark-saved-note" />
        <span>{t('settingMarkSaved')}</span>
      </label>
      <p id="mark-saved-note" class="muted meta">
        {t('settingMarkSavedNote')}
      </p>
    </footer>
  );
}
