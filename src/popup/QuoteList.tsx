/**
 * The page's quotes in article order, one compact row each: the speaker, the quote (clamped to three
 * lines), Save as an icon button, and the best related statement not already shown above, with the rest
 * behind a disclosure (see related-shown).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatDate } from '../shared/format';
import { t } from '../shared/i18n';
import type { QuoteRecord } from '../core/index';
import type { PageQuote, RelatedItem } from '../shared/protocol';
import type { PopupApi } from './api';
import type { PopupData } from './App';
import { CompareIcon, EditIcon, SaveIcon, SavedIcon } from './icons';
import { arrangeRelated, nothingRelated, type RowRelated } from './related-shown';
import { SpeakerEditor } from './SpeakerEditor';
import type { VisibleWatch } from './status-loader';

interface Props {
  data: PopupData;
  tabId: number | null;
  api: PopupApi;
  watch: VisibleWatch | null;
  onChanged: () => void;
  onCompare: (q: PageQuote, o: RelatedItem) => void;
}

/** A quote's first words, for the accessible names of its buttons. */
export const gist = (text: string) => (text.length > 48 ? `${text.slice(0, 47).trimEnd()}…` : text);

export function QuoteList(props: Props) {
  const arranged = arrangeRelated(
    props.data.quotes.map((q) => q.key),
    props.data.related,
  );
  return (
    <>
      {nothingRelated(arranged) && (
        <p class="muted empty-related" data-testid="no-related">
          {t('popupNoRelated')}
        </p>
      )}
      <ol class="quotes">
        {props.data.quotes.map((q) => (
          <QuoteRow key={q.key} quote={q} shown={arranged.get(q.key) ?? null} {...props} />
        ))}
      </ol>
    </>
  );
}

function QuoteRow({ quote, shown, data, tabId, api, watch, onChanged, onCompare }: Props & { quote: PageQuote; shown: RowRelated | null }) {
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
  const speaker = quote.speaker ?? t('popupUnattributed');
  const label = `${savedId ? t('popupUnsave') : t('popupSave')}: ${speaker}, “${gist(quote.text)}”`;
  return (
    <li class="quote" data-testid="page-quote" ref={item}>
      <div class="q-head">
        <span class="speaker">
          {speaker}
          {quote.speakerTitle && <span class="title"> · {quote.speakerTitle}</span>}
        </span>
        {!status && <span class="muted checking">{t('popupChecking')}</span>}
        {savedId && !editing && (
          <button
            type="button"
            class="icon"
            aria-label={`${t('popupChangeSpeaker')}: “${gist(quote.text)}”`}
            title={t('popupChangeSpeaker')}
            onClick={() => setEditing(true)}
          >
            <EditIcon />
          </button>
        )}
        <button
          type="button"
          class={`icon ${savedId ? 'saved' : 'save'}`}
          disabled={busy || !status}
          aria-pressed={Boolean(savedId)}
          aria-label={label}
          title={savedId ? t('popupUnsave') : t('popupSave')}
          onClick={() => void toggle()}
        >
          {savedId ? <SavedIcon /> : <SaveIcon />}
        </button>
      </div>
      <blockquote class="clamp">{quote.text}</blockquote>
      {corrected && (
        <p class="corrected" data-testid="saved-speaker">
          {t('popupSavedAs', corrected.speaker ?? t('popupUnattributed'))}
        </p>
      )}
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      {removed && !savedId && (
        <p role="status" class="undo" data-testid="popup-undo">
          {t('popupRemoved')}{' '}
          <button type="button" onClick={() => void undoRemove()}>
            {t('libraryUndo')}
          </button>
        </p>
      )}
      {editing && savedId && (
        <SpeakerEditor
          api={api}
          quoteId={savedId}
          initial={(corrected ? corrected.speaker : quote.speaker) ?? ''}
          onDone={() => {
            setEditing(false);
            onChanged();
          }}
        />
      )}
      {shown && (shown.best || shown.rest.length > 0) && (
        <div class="related" aria-label={`${t('popupRelated')}: ${gist(quote.text)}`}>
          {shown.best && (
            <ul data-testid="related-list">
              <RelatedEntry item={shown.best} quote={quote} onCompare={() => onCompare(quote, shown.best!)} />
            </ul>
          )}
          {shown.rest.length > 0 && (
            <details>
              <summary>{shown.best ? t('popupMoreRelated', shown.rest.length) : t('popupRelatedAbove', shown.rest.length)}</summary>
              <ul>
                {shown.rest.map(({ item: r, shownAbove }) => (
                  <RelatedEntry key={r.id} item={r} quote={quote} above={shownAbove} onCompare={() => onCompare(quote, r)} />
                ))}
              </ul>
            </details>
          )}
        </div>
      )}
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

function RelatedEntry({ item, quote, above = false, onCompare }: { item: RelatedItem; quote: PageQuote; above?: boolean; onCompare: () => void }) {
  return (
    <li class={`related-item${above ? ' above' : ''}`} data-testid="related-item">
      <div class="r-text">
        <q class="clamp2">{item.text}</q>
        <div class="meta">
          {item.speaker ?? t('popupUnattributed')} · {whenLabel(item)} · {item.outlet}
          {above && <> · {t('popupShownAbove')}</>}
        </div>
        {!above && item.reasons.length > 0 && <div class="reason">{item.reasons.join(' · ')}</div>}
      </div>
      <button
        type="button"
        class="icon"
        onClick={onCompare}
        title={t('popupCompare')}
        aria-label={`${t('popupCompare')}: “${gist(quote.text)}” ${t('popupCompareWith')} ${item.speaker ?? t('popupUnattributed')}, ${whenLabel(item)}`}
      >
        <CompareIcon />
      </button>
    </li>
  );
}
