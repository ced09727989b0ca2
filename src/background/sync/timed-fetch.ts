/**
 * Every request to the sync server has a deadline. A server that takes the connection and never answers
 * (or trickles its answer) would otherwise hold the round open for good: the status would never change and
 * every later "Sync now" would wait on the same round. Past the deadline the request fails, the round ends
 * with a plain error, and the changes stay queued for the next one.
 */
export const REQUEST_DEADLINE_MS = 60_000;

export class SyncTimeoutError extends Error {
  override name = 'SyncTimeoutError';
  constructor(readonly ms: number) {
    super(`the server did not answer within ${Math.round(ms / 1000)} seconds`);
  }
}

type Fetch = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;

/** `fetch` with a deadline over the whole request, body included; a caller's own abort still works. */
export function fetchWithin(ms: number, base: Fetch = (i, o) => fetch(i, o)): Fetch {
  return async (input, init = {}) => {
    const deadline = AbortSignal.timeout(ms);
    const signal = init.signal ? AbortSignal.any([init.signal, deadline]) : deadline;
    try {
      const res = await base(input, { ...init, signal });
      // The body is read later by PouchDB; reading it here keeps it under the same deadline.
      const body = await res.arrayBuffer();
      return new Response(body, { status: res.status, statusText: res.statusText, headers: res.headers });
    } catch (e) {
      throw deadline.aborted ? new SyncTimeoutError(ms) : e;
    }
  };
}
