/** The page's quotes grouped by speaker, officials first, each with Save and its related earlier statements. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatDate } from '../shared/format';
import { t } from '../shared/i18n';
import type { QuoteRecord } from '../core/index';
import type { PageQuote, RelatedItem } from '../shared/protocol';
import type { PopupApi } from './api';
import type { PopupData } from './App';
import { SpeakerEditor } from './SpeakerEditor';
import type { VisibleWatch } from './status-loader';

interface Group { speaker: string | null; title: string | null; official: boolean; quotes: PageQuote[] }

export function groupBySpeaker(quotes: PageQuote[]): Group[] {
  const groups = new Map<string, Group>();
  for (const q of quotes) {
    const key = q.speaker ?? '';
    const g = groups.get(key) ?? { speaker: q.speaker, title: q.speakerTitle, official: q.official, quotes: [] };
    g.quotes.push(q);
    g.title ??= q.speakerTitle;
    g.official ||= q.official;
    groups.set(key, g);
  }
  // Officials first, then other named speakers, then quotes without a speaker.
  const rank = (g: Group) => (g.speaker === null ? 2 : g.official ? 0 : 1);
  return [...groups.values()].sort((a, b) => rank(a) - rank(b) || b.quotes.length - a.quotes.length);
}

interface Props { data: PopupData; tabId: number | null; api: PopupApi; watch: VisibleWatch | null; onChanged: () => void; onCompare: (q: PageQuote, o: RelatedItem) => void }

export function QuoteGroups(props: Props) {
  return (
    <div class="groups">
      {groupBySpeaker(props.data.quotes).map((g) => (
        <section class="group" key={g.speaker ?? '-'} aria-label={g.speaker ?? t('popupUnattributed')}>
          <h2>
            {g.speaker ?? t('popupUnattributed')}
            {g.title && <span class="title">{g.title}</span>}
          </h2>
          <ul class="quotes">
            {g.quotes.map((q) => <QuoteItem key={q.key} quote={q} {...props} />)}
          </ul>
        </section>
      ))}
    </div>
  );
}

function QuoteItem({ quote, data, tabId, api, watch, onChanged, onCompare }: Props & { quote: PageQuote }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  // The record a Remove took out, until the reader undoes it or moves on.
  const [removed, setRemoved] = useState<QuoteRecord | null>(null);
  const item = useRef<HTMLLIElement>(null);
  const status = data.statuses.get(quote.key);
  const savedId = status?.savedId ?? null;
  // The library's speaker for a saved quote: a correction the reader made wins over the page's reading.
  const corrected = status?.savedAs && status.savedAs.speaker !== quote.speaker ? status.savedAs : null;
  const related = data.related.get(quote.key) ?? [];
  // Looked up when it comes into view; without IntersectionObserver (never in our targets), at once.
  useEffect(() => {
    const el = item.current;
    if (status || !el || !watch) return;
    watch.observe(el, quote.key);
    return () => watch.unobserve(el);
  }, [status, watch]);
  const toggle = async () => {
    setBusy(true);
    setError(null);
    // The background tells the page itself: the page's marks follow without a re-read.
    if (savedId) {
      const reply = await api.unsave(savedId);
      if (!reply.ok) setError(reply.error);
      else setRemoved(reply.value);
    } else if (tabId !== null) {
      const reply = await api.saveOnPage(tabId, quote.key);
      if (!reply.ok) setError(reply.error);
      setRemoved(null);
    }
    setBusy(false);
    onChanged();
  };
  const undoRemove = async () => {
    if (!removed) return;
    const reply = await api.restore(removed);
    if (!reply.ok) setError(reply.error);
    setRemoved(null);
    onChanged();
  };
  return (
    <li class="quote" data-testid="page-quote" ref={item}>
      <blockquote>{quote.text}</blockquote>
      {corrected && <p class="corrected" data-testid="saved-speaker">{t('popupSavedAs', corrected.speaker ?? t('popupUnattributed'))}</p>}
      <div class="row">
        <button type="button" class={savedId ? 'saved' : 'primary'} disabled={busy || !status} aria-pressed={Boolean(savedId)} onClick={() => void toggle()}>
          {busy ? t('popupWorking') : !status ? t('popupChecking') : savedId ? t('popupUnsave') : t('popupSave')}
        </button>
        {savedId && !editing && <button type="button" onClick={() => setEditing(true)}>{t('popupChangeSpeaker')}</button>}
      </div>
      {error && <p role="alert" class="error">{error}</p>}
      {removed && !savedId && (
        <p role="status" class="undo" data-testid="popup-undo">{t('popupRemoved')} <button type="button" onClick={() => void undoRemove()}>{t('libraryUndo')}</button></p>
      )}
      {editing && savedId && <SpeakerEditor api={api} quoteId={savedId} initial={(corrected ? corrected.speaker : quote.speaker) ?? ''} onDone={() => { setEditing(false); onChanged(); }} />}
      <div class="related" aria-label={t('popupRelated')}>
        {!status ? (
          <p class="muted">{t('popupChecking')}</p>
        ) : related.length === 0 ? (
          <p class="muted">{t('popupNoRelated')}</p>
        ) : (
          <>
            <ul data-testid="related-list">{related.slice(0, 1).map((r) => <RelatedEntry key={r.id} item={r} onCompare={() => onCompare(quote, r)} />)}</ul>
            {related.length > 1 && (
              <details>
                <summary>{t('popupMoreRelated', related.length - 1)}</summary>
                <ul>{related.slice(1).map((r) => <RelatedEntry key={r.id} item={r} onCompare={() => onCompare(quote, r)} />)}</ul>
              </details>
            )}
          </>
        )}
      </div>
    </li>
  );
}

/** "earlier, 2 Feb 2023" or "later, …"; a date that is only the save date says so. */
function whenLabel(item: RelatedItem): string {
  const date = formatDate(item.published ?? item.savedAt);
  const dated = item.dateIsSaved || !item.published ? t('relatedSavedOn', date) : date;
  const when = item.when === 'earlier' ? t('relatedEarlier') : item.when === 'later' ? t('relatedLater') : item.when === 'same day' ? t('relatedSameDay') : '';
  return when ? `${when}, ${dated}` : dated;
}

function RelatedEntry({ item, onCompare }: { item: RelatedItem; onCompare: () => void }) {
  return (
    <li class="related-item" data-testid="related-item">
      <q>{item.text}</q>
      <div class="meta">
        {item.speaker ?? t('popupUnattributed')} · {whenLabel(item)} · {item.outlet}
      </div>
      {item.reasons.length > 0 && <div class="reason">{item.reasons.join(' · ')}</div>}
      <button type="button" onClick={onCompare} aria-label={`${t('popupCompare')}: ${item.speaker ?? ''}`}>{t('popupCompare')}</button>
    </li>
  );
}
