/**
 * Hand judgements of the crowd check's sampled top-1 results (`npm run eval -- --related-crowd DIR --show`
 * prints each result with its key). A key is a hash of the query's text, the result's text and its kind, so
 * no corpus text is kept here, and a result the ranking changes is judged afresh. Verdicts, in our words:
 *   right: speaker  the same person's statement, labelled "same speaker" (and nothing more is claimed)
 *   right: topic    about the same claim or event
 *   wrong: speaker  not that person's words (a misattribution, or an unnamed "source" taken for a person)
 *   wrong: topic    shares names or a broad subject, not the claim or event
 */
export type Judgement = 'right: speaker' | 'right: topic' | 'wrong: speaker' | 'wrong: topic';

export const judgementKey = (hash: (s: string) => string, query: string, result: string, topic: boolean) =>
  hash(`${query}\u0000${result}\u0000${topic ? 'topic' : 'speaker'}`);

export const JUDGED: Record<string, Judgement> = {
  '1gyf0mjgbu8': 'wrong: topic',
  '1uhgo0ma1fc': 'right: topic',
  n9ez7tm5b1: 'right: speaker',
  s0l614ivif: 'right: speaker',
  '27iwvr7bu6y': 'right: speaker',
  '1s73qy6w0ad': 'right: speaker',
  '209yt6z8aec': 'right: speaker',
  '1hratbfgyws': 'right: speaker',
  '25cwbriyqv0': 'right: speaker',
  '2c9havrt8x7': 'right: speaker',
  '2fcbh5hpmw4': 'right: speaker',
  huk42ah3gk: 'wrong: speaker',
  '1v97plwaybe': 'right: speaker',
  dyzylwkn3i: 'right: speaker',
  '18o3e0gyog7': 'right: speaker',
  rwakr42yef: 'right: speaker',
  '1lqza50wmle': 'right: speaker',
  '7337jr995e': 'right: speaker',
  uypbi2e8vc: 'right: speaker',
  // A second sample (--sample-offset 50), judged after the same-speaker rules were made on the first.
  '3jzeekya24': 'right: speaker',
  oz85rkmqgy: 'wrong: speaker',
  frxab3a98g: 'right: topic',
  '1ted1c692z9': 'right: topic',
  tevlerrr64: 'wrong: topic',
  '1swtd688e8v': 'right: speaker',
  vf0x3qz6ep: 'wrong: speaker',
  '1v5el9aczcg': 'right: speaker',
  '22zpvtfgphb': 'right: speaker',
  '2bouu3eue5x': 'right: speaker',
  '2gdsatyagiz': 'right: speaker',
  '1tww5hcfwcz': 'right: topic',
  '1zofa5ikj56': 'right: speaker',
  '11v90hgp39u': 'right: speaker',
  '27gehi1egov': 'right: speaker',
  pwwwhnys7n: 'right: speaker',
  '100calngp8u': 'right: speaker',
  ykmdiqcx7m: 'right: speaker',
  tsc61uvjhb: 'right: topic',
  '17tcbyrwonr': 'right: speaker',
  '8musuesgh0': 'wrong: speaker',
};
