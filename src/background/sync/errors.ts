/** Sync failures in the reader's words: what went wrong and what to do, never a stack trace. */

interface PouchishError {
  status?: number;
  name?: string;
  message?: string;
  code?: string;
  reason?: string;
}

export function describeSyncError(e: unknown): string {
  const x = (typeof e === 'object' && e !== null ? e : { message: String(e) }) as PouchishError;
  switch (x.status) {
    case 401:
      return 'The server refused the user name or password. Check them in Settings.';
    case 403:
      return 'The server does not let this user read or write that database.';
    case 404:
      return 'The server has no such database, and this user cannot create it.';
    case 413:
      return 'The server refused a document as too large.';
    case 500:
    case 502:
    case 503:
    case 504:
      return `The server failed (error ${x.status}). Changes stay queued and go out at the next sync.`;
  }
  if (x.name === 'SyncTimeoutError' || /did not answer within/.test(x.message ?? '')) {
    return 'The server did not answer in time. Changes stay queued and go out at the next sync.';
  }
  const text = `${x.name ?? ''} ${x.code ?? ''} ${x.message ?? ''} ${x.reason ?? ''}`;
  if (/ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNRESET|Failed to fetch|NetworkError|fetch failed|socket hang up/i.test(text) || x.status === 0) {
    return 'The server could not be reached. Changes stay queued and go out once it is back.';
  }
  if (/JSON|Unexpected token|bad_request|unknown_error/i.test(text)) return 'The server answered something that is not CouchDB. Check the server address.';
  return `Sync failed: ${(x.message || x.reason || x.name || 'unknown error').slice(0, 200)}`;
}
