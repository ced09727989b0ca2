/** The card frame's entry: wires the port to the background, the visibility gate and the Card view. */
import { render } from 'preact';
import browser from 'webextension-polyfill';
import type { Browser } from 'webextension-polyfill';
import { CARD_PORT, NOTICE_STRINGS, type CardData, type CardSave, type FromCard, type ToCard } from '../shared/card-protocol';
import { t } from '../shared/i18n';
import { Card, type CardStrings } from './Card';
import { CARD_CSS } from './card-styles';
import { createVisibilityGate, supportsTrackVisibility } from './visibility';

const RECONNECT_MS = 150;
const plural = (n: number, one: string, many: string) => (n === 1 ? t(one) : t(many, n));
const strings: CardStrings = {
  unknownSpeaker: t('cardUnknownSpeaker'), save: t('cardSave'), saved: t('cardSaved'), saving: t('cardSaving'), close: t('cardClose'),
  earlier: (n) => plural(n, 'cardEarlierOne', 'cardEarlier'), savedStatements: (n) => plural(n, 'cardSavedStatementsOne', 'cardSavedStatements'),
  noEarlier: t('cardNoEarlier'), saveElsewhere: t('cardSaveElsewhere'), notVisible: t('cardNotVisible'),
  notice: (notice) => t(NOTICE_STRINGS[notice]),
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
  render(<Card data={data} strings={strings} gate={{ saveMode: gate.mode, canClick: gate.canClick() }} onSave={save} onClose={() => send({ type: 'close' })} />, app);
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
    if (m.focus) (app.querySelector('button.save, button.close') as HTMLButtonElement | null)?.focus();
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
});
