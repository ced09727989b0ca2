/** People in the library; choosing one opens their page. */
import { useEffect, useState } from 'preact/hooks';
import type { PersonRecord } from '../core/index';
import { t, tPlural } from '../shared/i18n';
import type { LibraryApi } from './api';
import { PersonPage } from './PersonPage';

export type PersonWithCount = PersonRecord & { quoteCount?: number };

export function PeopleView({
  api,
  version,
  initialPerson = null,
  onChanged,
}: {
  api: LibraryApi;
  version: number;
  initialPerson?: string | null;
  onChanged: () => void;
}) {
  const [people, setPeople] = useState<PersonWithCount[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(initialPerson);
  useEffect(() => void api.people().then((r) => (r.ok ? setPeople(r.value) : setError(r.error))), [version]);
  const person = people?.find((p) => p.id === selected);
  if (person && people) return <PersonPage api={api} person={person} people={people} onBack={() => setSelected(null)} onChanged={onChanged} />;
  return (
    <>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      {people && people.length === 0 && <p class="empty">{t('libraryPeopleEmpty')}</p>}
      <ul class="people">
        {people?.map((p) => (
          <li key={p.id}>
            <button type="button" class="person" onClick={() => setSelected(p.id)} data-testid="person">
              <span class="name">{p.name}</span>
              <span class="muted">{p.titles.at(-1)?.title ?? ''}</span>
              <span class="count">{tPlural(p.quoteCount ?? 0, 'libraryStatementsOne', 'libraryStatements')}</span>
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
