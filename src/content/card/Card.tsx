/** The hover card: who said it, their title, the quote, Save, and the best earlier related statement. */
import type { RelatedItem } from '../../shared/protocol';

export interface CardData {
  kind: 'quote' | 'official';
  speaker: string | null;
  title: string | null;
  text: string;
  saved: boolean;
  busy: boolean;
  error: string | null;
  earlier: number;
  best: RelatedItem | null;
  savedCount: number;
  dir: 'ltr' | 'rtl';
}

export interface CardStrings {
  unknownSpeaker: string;
  save: string;
  saved: string;
  saving: string;
  close: string;
  earlier: (n: number) => string;
  savedStatements: (n: number) => string;
  noEarlier: string;
}

const formatDate = (iso: string | null) => {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : d.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
};

export function Card({ data, strings, onSave, onClose }: { data: CardData; strings: CardStrings; onSave: () => void; onClose: () => void }) {
  const heading = data.speaker ?? strings.unknownSpeaker;
  return (
    <div class="card" dir={data.dir} role="dialog" aria-label={heading}>
      <div class="head">
        <div class="who">
          <div class="name">{heading}</div>
          {data.title && <div class="title">{data.title}</div>}
        </div>
        <button type="button" class="close" aria-label={strings.close} onClick={onClose}>×</button>
      </div>
      {data.kind === 'quote' && <blockquote class="quote">“{data.text}”</blockquote>}
      {data.kind === 'official' && <p class="meta">{strings.savedStatements(data.savedCount)}</p>}
      {data.kind === 'quote' && (
        <div class="related">
          <div class="meta">{data.earlier > 0 ? strings.earlier(data.earlier) : strings.noEarlier}</div>
          {data.best && (
            <div class="best">
              <div class="best-quote">“{data.best.text}”</div>
              <div class="best-source">
                {data.best.speaker ?? strings.unknownSpeaker} · {data.best.outlet}
                {data.best.published ? ` · ${formatDate(data.best.published)}` : ''}
              </div>
              {data.best.reasons.length > 0 && <div class="reason">{data.best.reasons.join(' · ')}</div>}
            </div>
          )}
        </div>
      )}
      {data.error && <p class="error" role="alert">{data.error}</p>}
      {data.kind === 'quote' && (
        <div class="actions">
          <button type="button" class={data.saved ? 'save done' : 'save'} disabled={data.busy || data.saved} onClick={onSave} aria-pressed={data.saved}>
            {data.saved ? strings.saved : data.busy ? strings.saving : strings.save}
          </button>
        </div>
      )}
      <div class="sr-only" role="status" aria-live="polite">
        {heading}
        {data.title ? `, ${data.title}` : ''}: {data.kind === 'quote' ? data.text : strings.savedStatements(data.savedCount)}
      </div>
    </div>
  );
}
