/** Lets the reader correct a saved quote's speaker, suggesting people already in the library. */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../shared/i18n';
import type { PopupApi } from './api';

export function SpeakerEditor({ api, quoteId, initial, onDone }: { api: PopupApi; quoteId: string; initial: string; onDone: () => void }) {
  const [name, setName] = useState(initial);
  const [title, setTitle] = useState('');
  const [people, setPeople] = useState<Array<{ name: string; title: string }>>([]);
  const [error, setError] = useState<string | null>(null);
  const listId = `people-${quoteId}`;
  useEffect(() => {
    void api.people().then((r) => r.ok && setPeople(r.value.map((p) => ({ name: p.name, title: p.titles.at(-1)?.title ?? '' }))));
  }, []);
  const apply = async (e: Event) => {
    e.preventDefault();
    if (!name.trim()) return;
    const known = people.find((p) => p.name === name.trim());
    const reply = await api.setSpeaker(quoteId, name.trim(), title.trim() || known?.title || null);
    if (!reply.ok) return setError(reply.error);
    onDone();
  };
  return (
    <form class="speaker-editor" onSubmit={(e) => void apply(e)}>
      <label>
        {t('popupSpeakerName')}
        <input list={listId} value={name} onInput={(e) => setName((e.target as HTMLInputElement).value)} required />
      </label>
      <datalist id={listId}>
        {people.map((p) => (
          <option key={p.name} value={p.name}>
            {p.title}
          </option>
        ))}
      </datalist>
      <label>
        {t('popupSpeakerTitle')}
        <input value={title} onInput={(e) => setTitle((e.target as HTMLInputElement).value)} />
      </label>
      <div class="row">
        <button type="submit" class="primary">
          {t('popupApply')}
        </button>
        <button type="button" onClick={onDone}>
          {t('popupCancel')}
        </button>
      </div>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
    </form>
  );
}
