/** Two statements side by side: speakers, titles, dates and the time between, outlets, and the words they share. */
import { formatDate, markTerms, sharedTerms, timeBetween, type Span } from '../shared/format';
import { t, tPlural } from '../shared/i18n';
import type { PageQuote, RelatedItem } from '../shared/protocol';

function Marked({ text, terms }: { text: string; terms: Set<string> }) {
  return <>{markTerms(text, terms).map((part, i) => (part.marked ? <mark key={i}>{part.text}</mark> : part.text))}</>;
}

function describeSpan(span: Span): string {
  if (span.unit === 'sameDay') return t('timeSameDay');
  const key = span.unit === 'days' ? 'timeDays' : span.unit === 'months' ? 'timeMonths' : 'timeYears';
  return tPlural(span.n, `${key}One`, key);
}

const safeHref = (url: string) => (/^https?:\/\//i.test(url) ? url : undefined);

export function Compare({ quote, other, onBack }: { quote: PageQuote; other: RelatedItem; onBack: () => void }) {
  const terms = sharedTerms(quote.text, other.text);
  const apart = timeBetween(other.published ?? other.savedAt, quote.published ?? new Date().toISOString());
  return (
    <section class="compare" aria-labelledby="compare-h" data-testid="compare">
      <h2 id="compare-h" class="sr-only">
        {t('compareHeading')}
      </h2>
      <div class="columns">
        <article class="side" aria-label={quote.speaker ?? t('popupUnattributed')}>
          <div class="who">{quote.speaker ?? t('popupUnattributed')}</div>
          {quote.speakerTitle && <div class="title">{quote.speakerTitle}</div>}
          <blockquote data-testid="compare-current">
            <Marked text={quote.text} terms={terms} />
          </blockquote>
          <div class="meta">
            {formatDate(quote.published) || t('compareThisPage')} ·{' '}
            <a href={safeHref(quote.sourceUrl)} target="_blank" rel="noopener noreferrer">
              {quote.headline || quote.sourceUrl}
            </a>
          </div>
        </article>
        <article class="side" aria-label={other.speaker ?? t('popupUnattributed')}>
          <div class="who">{other.speaker ?? t('popupUnattributed')}</div>
          {other.speakerTitle && <div class="title">{other.speakerTitle}</div>}
          <blockquote data-testid="compare-other">
            <Marked text={other.text} terms={terms} />
          </blockquote>
          <div class="meta">
            {/* As the left side: the headline is the link, here after the outlet it ran in. */}
            {[formatDate(other.published) || t('compareUndated'), other.title ? other.outlet : ''].filter(Boolean).join(' · ')} ·{' '}
            <a href={safeHref(other.sourceUrl)} target="_blank" rel="noopener noreferrer">
              {other.title || other.outlet || other.sourceUrl}
            </a>
          </div>
        </article>
      </div>
      {apart && <p class="apart">{t('compareApart', describeSpan(apart))}</p>}
      {terms.size > 0 && (
        <p class="shared">
          <span>{t('compareShared')}:</span>{' '}
          {[...terms].map((w) => (
            <mark key={w}>{w}</mark>
          ))}
        </p>
      )}
      {other.reasons.length > 0 && <p class="reason">{other.reasons.join(' · ')}</p>}
      <button type="button" onClick={onBack}>
        {t('popupBack')}
      </button>
    </section>
  );
}
