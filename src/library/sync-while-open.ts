/**
 * While the library page is open, it asks the background for a sync round now and then: an MV3 worker
 * with an open extension page is kept alive, so rounds run more often than the alarm's every 5 minutes.
 * The background does nothing when no server is set.
 */
import { sendFromPage } from '../shared/messaging';

const EVERY_MS = 60_000;

export function syncWhileOpen(doc: Document = document): void {
  const round = () => {
    if (doc.visibilityState === 'visible') void sendFromPage('syncNow', null);
  };
  round();
  setInterval(round, EVERY_MS);
  doc.addEventListener('visibilitychange', round);
}
