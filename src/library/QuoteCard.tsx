/** One saved quote in the library: the quote, who said it, and where: headline, outlet, date, a link to the source. */
import type { QuoteRecord, SourceRecord } from '../core/index';
import { siteOf } from '../core/index';
import { formatDate } from '../shared/format';
import { t, tPlural } from '../shared/i18n';
import { QuoteHistory } from './QuoteHistory';

const safeHref = (url: string) => (/^https?:\/\//i.test(url) ? url : undefined);

export function QuoteCard({ quote: q, source, onDelete }: { quote: QuoteRecord; source: SourceRecord | undefined; onDelete: () => void }) {
  const headline = source?.title || q.headline;
  const outlet = source?.outlet || siteOf(q.sourceUrl) || q.sourceUrl;
  const date = formatDate(q.published ?? source?.published ?? null);
  return (
    <li class="result" data-testid="library-quote" id={`quote-${q.id}`} tabIndex={-1}>
      <blockquote>{q.text}</blockquote>
      <div class="who">
        <strong>{q.speaker ?? t('popupUnattributed')}</strong>
        {q.speakerTitle ? <span class="muted">, {q.speakerTitle}</span> : null}
      </div>
      <div class="source meta">
        {headline && (
          <a href={safeHref(q.sourceUrl)} target="_blank" rel="noopener noreferrer" class="headline">
            {headline}
          </a>
        )}
        <span class="outlet">{outlet}</span>
        <span>{date || t('libraryUndated')}</span>
        {q.sourceUrls.length > 1 && <span>{tPlural(q.sourceUrls.length, 'librarySeenOnOne', 'librarySeenOn')}</span>}
      </div>
      <QuoteHistory id={q.id} />
      <button type="button" class="icon-text" onClick={onDelete} aria-label={`${t('libraryDelete')}: ${q.text.slice(0, 40)}`}>
        {t('libraryDelete')}
      </button>
    </li>
  );
}
