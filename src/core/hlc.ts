/**
 * Hybrid logical clock stamps, `ms-counter-device` (13 and 4 digits, so plain string order is clock
 * order). Wall time keeps stamps readable; the counter orders edits within one millisecond or after a
 * clock that went back; the device id breaks the last ties, so two machines never share a stamp.
 */

export interface HlcParts {
  ms: number;
  counter: number;
  device: string;
}

export const HLC_PATTERN = /^\d{13}-\d{4}-[a-z0-9]{1,32}$/;
const MAX_COUNTER = 9999;

export function formatHlc({ ms, counter, device }: HlcParts): string {
  return `${String(ms).padStart(13, '0')}-${String(counter).padStart(4, '0')}-${device}`;
}

export function parseHlc(stamp: string): HlcParts | null {
  if (!HLC_PATTERN.test(stamp)) return null;
  const [ms, counter, device] = stamp.split('-') as [string, string, string];
  return { ms: Number(ms), counter: Number(counter), device };
}

export const isDeviceId = (s: string) => /^[a-z0-9]{1,32}$/.test(s);

/** A full counter carries into the next millisecond rather than wrapping below an earlier stamp. */
function carry(ms: number, counter: number, device: string): string {
  return counter > MAX_COUNTER ? formatHlc({ ms: ms + 1, counter: 0, device }) : formatHlc({ ms, counter, device });
}

/** The stamp for a local edit at wall time `now`, after the last stamp this device issued or saw. */
export function tickHlc(last: string | null, now: number, device: string): string {
  const l = last === null ? null : parseHlc(last);
  if (!l || now > l.ms) return formatHlc({ ms: Math.max(0, Math.floor(now)), counter: 0, device });
  return carry(l.ms, l.counter + 1, device);
}

/** The clock after seeing `remote`: later local edits sort after everything this device has seen. */
export function receiveHlc(last: string | null, remote: string, now: number, device: string): string {
  const l = (last === null ? null : parseHlc(last)) ?? { ms: 0, counter: 0, device };
  const r = parseHlc(remote);
  if (!r) return last ?? tickHlc(null, now, device);
  const ms = Math.max(Math.floor(now), l.ms, r.ms);
  const counter = ms === l.ms && ms === r.ms ? Math.max(l.counter, r.counter) + 1 : ms === l.ms ? l.counter + 1 : ms === r.ms ? r.counter + 1 : 0;
  return carry(ms, counter, device);
}
