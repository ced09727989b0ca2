/** The hover card: who said it, their title, the quote, Save, and the best earlier related statement. */
import type { CardData } from '../shared/card-protocol';
import { formatDate } from '../shared/format';

export type { CardData };

export interface CardStrings {
  unknownSpeaker: string;
  save: string;
  saved: string;
  saving: string;
  close: string;
  earlier: (n: number) => string;
  savedStatements: (n: number) => string;
  noEarlier: string;
  /** Over the best statement when none is earlier (it is later, or undated). */
  related: string;
  /** Where the browser cannot prove the card is visible, Save is not a click here: where to save instead. */
  saveElsewhere: string;
  /** Shown while the frame is hidden, covered or faded by the page: a click does nothing then. */
  notVisible: string;
  position: (index: number, total: number) => string;
  previous: string;
  next: string;
  openPerson: (name: string) => string;
  notice: (notice: NonNullable<CardData['notice']>) => string;
}

export interface CardActions {
  onSave: () => void;
  onClose: () => void;
  onStep: (delta: 1 | -1) => void;
  onOpenPerson: () => void;
}

/**
 * `saveMode`: 'click' where the frame can prove it is visible (IntersectionObserver v2), with `canClick`
 * telling whether it is now; 'elsewhere' where it cannot, so a click on a frame the page made invisible
 * can never save.
 */
export interface SaveGate {
  saveMode: 'click' | 'elsewhere';
  canClick: boolean;
}

/** A save's outcome: one line, announced, with a Close; saved and refused look different at a glance. */
function Notice({ data, strings, onClose }: { data: CardData; strings: CardStrings; onClose: () => void }) {
  const good = data.notice === 'saved' || data.notice === 'alreadySaved';
  return (
    <div class={`card notice ${good ? 'good' : 'refused'}`} dir={data.dir} data-notice={data.notice}>
      <p class={good ? 'meta' : 'error'} role={good ? 'status' : 'alert'}>
        {data.notice ? strings.notice(data.notice) : ''}
      </p>
      <button type="button" class="close" aria-label={strings.close} onClick={onClose}>
        ×
      </button>
    </div>
  );
}

export function Card({ data, strings, gate, actions }: { data: CardData; strings: CardStrings; gate: SaveGate; actions: CardActions }) {
  if (data.kind === 'notice') return <Notice data={data} strings={strings} onClose={actions.onClose} />;
  const heading = data.speaker ?? strings.unknownSpeaker;
  const { onSave, onClose, onStep, onOpenPerson } = actions;
  return (
    <div class="card" dir={data.dir} role="dialog" aria-label={heading}>
      <div class="head">
        <div class="who">
          <div class="name">{heading}</div>
          {data.title && <div class="title">{data.title}</div>}
        </div>
        {data.position && data.position.total > 1 && (
          <div class="nav">
            <button type="button" class="step prev" aria-label={strings.previous} title={strings.previous} onClick={() => onStep(-1)}>
              ‹
            </button>
            <span class="position" data-testid="card-position">
              {strings.position(data.position.index, data.position.total)}
            </span>
            <button type="button" class="step next" aria-label={strings.next} title={strings.next} onClick={() => onStep(1)}>
              ›
            </button>
          </div>
        )}
        <button type="button" class="close" aria-label={strings.close} onClick={onClose}>
          ×
        </button>
      </div>
      <div class="body">
        {data.kind === 'quote' && (
          <blockquote class="quote" title={data.text}>
            “{data.text}”
          </blockquote>
        )}
        {data.kind === 'official' &&
          (data.personId && data.savedCount > 0 ? (
            <p class="meta">
              <button
                type="button"
                class="link person-link"
                aria-label={`${strings.savedStatements(data.savedCount)}. ${strings.openPerson(heading)}`}
                onClick={onOpenPerson}
              >
                {strings.savedStatements(data.savedCount)} →
              </button>
            </p>
          ) : (
            <p class="meta">{strings.savedStatements(data.savedCount)}</p>
          ))}
        {data.kind === 'quote' && (
          <div class="related">
            <div class="meta">{data.earlier > 0 ? strings.earlier(data.earlier) : data.best ? strings.related : strings.noEarlier}</div>
            {data.best && (
              <div class="best">
                <div class="best-quote">“{data.best.text}”</div>
                <div class="best-source">
                  {/* The card's own speaker again is only room taken from the reasons ("same speaker" says it). */}
                  {[
                    data.best.speaker === data.speaker ? null : (data.best.speaker ?? strings.unknownSpeaker),
                    data.best.outlet,
                    data.best.published ? formatDate(data.best.published) : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                  {/* The reasons share the source's line: the card's fixed height has room for one. */}
                  {data.best.reasons.length > 0 && <span class="reason"> · {data.best.reasons.join(' · ')}</span>}
                </div>
              </div>
            )}
          </div>
        )}
        {data.error && (
          <p class="error" role="alert">
            {data.error}
          </p>
        )}
      </div>
      {data.kind === 'quote' && <SaveAction data={data} strings={strings} gate={gate} onSave={onSave} />}
      <div class="sr-only" role="status" aria-live="polite">
        {heading}
        {data.title ? `, ${data.title}` : ''}: {data.kind === 'quote' ? data.text : strings.savedStatements(data.savedCount)}
      </div>
    </div>
  );
}

function SaveAction({ data, strings, gate, onSave }: { data: CardData; strings: CardStrings; gate: SaveGate; onSave: () => void }) {
  if (data.saved)
    return (
      <div class="actions">
        <span class="save done" role="status">
          {strings.saved}
        </span>
      </div>
    );
  if (gate.saveMode === 'elsewhere')
    return (
      <div class="actions">
        <span class="hint">{strings.saveElsewhere}</span>
      </div>
    );
  return (
    <div class="actions">
      {!gate.canClick && <span class="hint">{strings.notVisible}</span>}
      <button type="button" class="save" disabled={data.busy || !gate.canClick} onClick={onSave}>
        {data.busy ? strings.saving : strings.save}
      </button>
    </div>
  );
}
