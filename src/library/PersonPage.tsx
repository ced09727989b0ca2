/** One person: their statements on a timeline, their titles over time, rename, merge and split. */
import { useEffect, useState } from 'preact/hooks';
import type { QuoteRecord } from '../core/index';
import type { PeopleChange } from '../shared/protocol';
import type { Result } from '../shared/result';
import { formatDate } from '../shared/format';
import { t, tPlural } from '../shared/i18n';
import type { LibraryApi } from './api';
import type { PersonWithCount } from './PeopleView';
import { Timeline } from './Timeline';

interface Props {
  api: LibraryApi;
  person: PersonWithCount;
  people: PersonWithCount[];
  onBack: () => void;
  onChanged: () => void;
}

export function PersonPage({ api, person, people, onBack, onChanged }: Props) {
  const [quotes, setQuotes] = useState<QuoteRecord[]>([]);
  const [name, setName] = useState(person.name);
  const [mergeId, setMergeId] = useState('');
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [splitName, setSplitName] = useState('');
  const [error, setError] = useState<string | null>(null);
  // What the last change said and how to take it back: a people change or a delete of the ticked quotes.
  const [undo, setUndo] = useState<{ what: string; run: () => Promise<Result<unknown>> } | null>(null);
  // Read again whenever the library changed (the parent hands a fresh person then), so a merge or split shows at once.
  useEffect(() => void api.search({ personId: person.id, limit: 500, offset: 0 }).then((r) => (r.ok ? setQuotes(r.value.items) : setError(r.error))), [person]);
  const act = async (what: string, work: () => Promise<Result<PeopleChange>>) => {
    const r = await work();
    if (!r.ok) return setError(r.error);
    setError(null);
    setPicked(new Set());
    setUndo({ what, run: () => api.undoPeople(r.value.undo) });
    onChanged();
  };
  const removePicked = async () => {
    const r = await api.removeMany([...picked]);
    if (!r.ok) return setError(r.error);
    setError(null);
    setPicked(new Set());
    setUndo({ what: tPlural(r.value.length, 'libraryDeletedCountOne', 'libraryDeletedCount'), run: () => api.restoreMany(r.value) });
    onChanged();
  };
  const undoLast = async () => {
    if (!undo) return;
    const r = await undo.run();
    if (!r.ok) return setError(r.error);
    setUndo(null);
    onChanged();
  };
  const toggle = (id: string) => setPicked((s) => (s.has(id) ? new Set([...s].filter((x) => x !== id)) : new Set([...s, id])));
  return (
    <article class="person-page" aria-labelledby="person-h">
      <button type="button" class="back" onClick={onBack}>
        ← {t('libraryBackToPeople')}
      </button>
      <h2 id="person-h">{person.name}</h2>
      <p class="muted">{[person.titles.at(-1)?.title, tPlural(quotes.length, 'libraryStatementsOne', 'libraryStatements')].filter(Boolean).join(' · ')}</p>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      {undo && (
        <p role="status" class="undo" data-testid="people-undo">
          {undo.what}{' '}
          <button type="button" onClick={() => void undoLast()}>
            {t('libraryUndo')}
          </button>
        </p>
      )}
      <h3>{t('libraryTimeline')}</h3>
      <Timeline quotes={quotes} label={`${t('libraryTimeline')}: ${person.name}`} />
      <h3>{t('libraryTitles')}</h3>
      <ul class="titles">
        {person.titles.map((x) => (
          <li key={`${x.title}${x.seen}`}>
            {x.title} <span class="muted">· {formatDate(x.seen)}</span>
          </li>
        ))}
      </ul>
      <form
        class="inline"
        onSubmit={(e) => {
          e.preventDefault();
          void act(t('libraryRenamed'), () => api.rename(person.id, name));
        }}
      >
        <label>
          {t('libraryRename')}
          <input value={name} onInput={(e) => setName((e.target as HTMLInputElement).value)} />
        </label>
        <button type="submit">{t('libraryRename')}</button>
      </form>
      <form
        class="inline"
        onSubmit={(e) => {
          e.preventDefault();
          if (mergeId) void act(t('libraryMerged'), () => api.merge(person.id, mergeId));
        }}
      >
        <label>
          {t('libraryMergeInto')}
          <select value={mergeId} onChange={(e) => setMergeId((e.target as HTMLSelectElement).value)}>
            <option value="">—</option>
            {people
              .filter((p) => p.id !== person.id)
              .map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
          </select>
        </label>
        <button type="submit" disabled={!mergeId}>
          {t('libraryMerge')}
        </button>
      </form>
      <ul class="results">
        {quotes.map((q) => (
          <li key={q.id} class="result" id={`quote-${q.id}`} tabIndex={-1}>
            <label class="pick">
              <input type="checkbox" checked={picked.has(q.id)} onChange={() => toggle(q.id)} aria-label={`${t('librarySelect')}: ${q.text.slice(0, 40)}`} />
            </label>
            <blockquote>{q.text}</blockquote>
            <div class="meta">{formatDate(q.published ?? q.savedAt)}</div>
          </li>
        ))}
      </ul>
      <form
        class="inline"
        onSubmit={(e) => {
          e.preventDefault();
          if (picked.size && splitName.trim()) void act(t('librarySplitDone'), () => api.split(person.id, [...picked], splitName.trim()));
        }}
      >
        <label>
          {t('librarySplitName')}
          <input value={splitName} onInput={(e) => setSplitName((e.target as HTMLInputElement).value)} />
        </label>
        <button type="submit" disabled={picked.size === 0 || !splitName.trim()}>
          {t('librarySplit')}
        </button>
        <button type="button" disabled={picked.size === 0} onClick={() => void removePicked()} data-testid="delete-picked">
          {t('libraryDeleteSelected')}
        </button>
      </form>
    </article>
  );
}
