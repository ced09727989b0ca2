/**
 * The library changed underneath the extension pages that show it: a sync round applied server changes.
 * A page's own writes already reload its views; these changes come from the worker, and a library page
 * that never heard of them kept showing the library as it was when the page loaded.
 *
 * A BroadcastChannel rather than runtime messaging: every extension page and the worker share an origin,
 * content scripts (the news pages' origins) never hear it, and a page listening here cannot answer, by
 * mistake, another page's request to the background.
 */
export const LIBRARY_CHANNEL = 'onrecord-library-changed';

interface Channel {
  postMessage(message: unknown): void;
  close(): void;
  onmessage: ((event: MessageEvent) => void) | null;
}
type OpenChannel = (name: string) => Channel;
const open: OpenChannel = (name) => new BroadcastChannel(name);

/** The worker's side: one channel kept open, so a message is never lost to a channel closed too early. */
export function libraryAnnouncer(openChannel: OpenChannel = open): () => void {
  let channel: Channel | null = null;
  return () => {
    channel ??= openChannel(LIBRARY_CHANNEL);
    channel.postMessage({ type: 'libraryChanged' });
  };
}

/** A page's side: `listener` runs after each announcement; the answer stops listening. */
export function onLibraryChanged(listener: () => void, openChannel: OpenChannel = open): () => void {
  const channel = openChannel(LIBRARY_CHANNEL);
  channel.onmessage = (event) => {
    if ((event.data as { type?: unknown } | null)?.type === 'libraryChanged') listener();
  };
  return () => channel.close();
}
