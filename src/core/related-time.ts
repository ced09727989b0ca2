/**
 * "Earlier" means published earlier. A related statement is dated by its source's publication date, or by
 * when it was saved when the page gave none (and then says so); the query's article likewise.
 */
import type { RelatedQuery } from './related-features';

export interface When {
  /** Relative to the query's article; null when either side has no date at all. */
  relation: 'earlier' | 'later' | 'same day' | null;
  /** The candidate's date (ISO) as compared. */
  date: string | null;
  /** The date is the save date: the source gave no publication date. */
  dateIsSaved: boolean;
}

const dateOf = (x: RelatedQuery) => (x.published ? { date: x.published, saved: false } : x.savedAt ? { date: x.savedAt, saved: true } : null);

/** Days compare by calendar date: two stories of the same day are neither earlier nor later. */
export function whenOf(query: RelatedQuery, candidate: RelatedQuery): When {
  const c = dateOf(candidate);
  const q = dateOf(query);
  if (!c) return { relation: null, date: null, dateIsSaved: false };
  if (!q) return { relation: null, date: c.date, dateIsSaved: c.saved };
  const [cd, qd] = [c.date.slice(0, 10), q.date.slice(0, 10)];
  return { relation: cd < qd ? 'earlier' : cd > qd ? 'later' : 'same day', date: c.date, dateIsSaved: c.saved };
}

/** How many results are earlier statements on the same topic: what "N earlier statements" counts. */
export const earlierCount = (results: Array<{ topic: boolean; when: When }>) => results.filter((r) => r.topic && r.when.relation === 'earlier').length;
