import { useEffect, useState } from 'preact/hooks';
import { sendFromPage } from '../shared/messaging';
import { t } from '../shared/i18n';

export function LibraryApp() {
  const [status, setStatus] = useState<string>('');
  useEffect(() => {
    void sendFromPage('ping', null).then((r) => setStatus(r.ok ? t('libraryVersion', r.value.version) : t('popupError', r.error)));
  }, []);
  return (
    <>
      <header>
        <h1>{t('libraryHeading')}</h1>
      </header>
      <main>
        <p data-testid="library-status" class="muted">{status}</p>
        <p>{t('libraryEmpty')}</p>
      </main>
    </>
  );
}
