/** The card frame's entry: wires the port to the background, the visibility gate and the Card view. */
import { render } from 'preact';
import { ext as browser } from '../shared/ext';
import type Browser from 'webextension-polyfill';
import { CARD_PORT, NOTICE_STRINGS, type CardData, type CardSave, type FromCard, type ToCard } from '../shared/card-protocol';
import { formatNumber, t, tPlural } from '../shared/i18n';
import { Card, type CardStrings } from './Card';
import { CARD_CSS } from './card-styles';
import { createVisibilityGate, supportsTrackVisibility } from './visibility';

const RECONNECT_MS = 150;
const strings: CardStrings = {
  unknownSpeaker: t('cardUnknownSpeaker'),
  save: t('cardSave'),
  saved: t('cardSaved'),
  saving: t('cardSaving'),
  close: t('cardClose'),
  earlier: (n) => tPlural(n, 'cardEarlierOne', 'cardEarlier'),
  savedStatements: (n) => tPlural(n, 'cardSavedStatementsOne', 'cardSavedStatements'),
  noEarlier: t('cardNoEarlier'),
  related: t('cardRelated'),
  saveElsewhere: t('cardSaveElsewhere'),
  notVisible: t('cardNotVisible'),
  position: (index, total) => t('cardPosition', formatNumber(index), formatNumber(total)),
  previous: t('cardPrevious'),
  next: t('cardNext'),
  openPerson: (name) => t('cardOpenPerson', name),
  notice: (notice) => t(NOTICE_STRINGS[notice]),
};
const actions = {
  onSave: save,
  onClose: () => send({ type: 'close' }),
  onStep: (delta: 1 | -1) => send({ type: 'step', delta }),
  onOpenPerson: () => send({ type: 'openPerson' }),
};

const style = document.createElement('style');
style.textContent = CARD_CSS;
document.head.append(style);
const app = document.getElementById('app')!;
let data: CardData | null = null;
let pending: CardSave | null = null;
let saveInFlight = false;
let port = connect();

/** A stopped service worker drops the port: connect again, and send a save that had no answer yet once more. */
function connect(): Browser.Runtime.Port {
  const p = browser.runtime.connect({ name: CARD_PORT });
  p.onMessage.addListener(onMessage);
  p.onDisconnect.addListener(() => {
    setTimeout(() => {
      port = connect();
      if (saveInFlight && pending) send({ type: 'save', save: pending });
    }, RECONNECT_MS);
  });
  return p;
}
function send(m: FromCard): void {
  try {
    port.postMessage(m);
  } catch {
    // The port is being replaced; a save is sent again on reconnection.
  }
}

const gate = createVisibilityGate({
  target: app,
  Observer: typeof IntersectionObserver === 'function' ? (IntersectionObserver as never) : undefined,
  supported: typeof IntersectionObserverEntry === 'function' && supportsTrackVisibility(IntersectionObserverEntry.prototype),
  now: () => performance.now(),
  onChange: () => paint(),
});

function paint(): void {
  if (!data) return void render(null, app);
  render(<Card data={data} strings={strings} gate={{ saveMode: gate.mode, canClick: gate.canClick() }} actions={actions} />, app);
}

function save(): void {
  // Checked again at the click, not only when the button was painted.
  if (!data || !pending || data.saved || data.busy || !gate.canClick()) return;
  saveInFlight = true;
  send({ type: 'save', save: pending });
}

function onMessage(message: unknown): void {
  const m = message as ToCard;
  if (m.type === 'show') {
    data = m.data;
    pending = m.save;
    saveInFlight = false;
    gate.reset();
    paint();
    // The keyboard opened it: focus moves in, onto Save (or the first control), so Enter and Tab act here.
    if (m.focus) {
      window.focus();
      (app.querySelector('button.save:not([disabled]), button.step.next, button.close') as HTMLButtonElement | null)?.focus();
    }
  } else if (m.type === 'patch' && data) {
    data = { ...data, ...m.patch };
    if (m.patch.saved || m.patch.error) saveInFlight = false;
    paint();
  } else if (m.type === 'hide') {
    data = null;
    pending = null;
    saveInFlight = false;
    paint();
  }
}

document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape') send({ type: 'close' });
  // Inside the card, the arrow keys step through the page's quotes as the browser commands do.
  if (data?.kind === 'quote' && (e.key === 'ArrowRight' || e.key === 'ArrowLeft')) {
    e.preventDefault();
    send({ type: 'step', delta: (e.key === 'ArrowRight') !== (data.dir === 'rtl') ? 1 : -1 });
  }
});
