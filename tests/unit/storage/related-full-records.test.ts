/**
 * findRelated ranks on what storage keeps for it (packed features, stat rows, candidates read in several
 * requests, the person found from the speaker). Where every saved quote is a candidate (one speaker's, fewer
 * than RELATED_LIMITS.samePerson), its answer must be exactly the pure ranking of the full records, with
 * features derived from their text and frequencies counted over them: any slimmer row must keep this true.
 */
import { describe, expect, test } from 'vitest';
import { rankRelated, statsOf, type RelatedQuery } from '../../../src/core/index';
import { exportLibrary } from '../../../src/storage/export-import';
import { findPerson } from '../../../src/storage/people';
import { findRelated, RELATED_LIMITS } from '../../../src/storage/related';
import { freshLibrary, makeInput, saveAll, unwrap } from './helpers';

// Invented statements by one official, some sharing words and places so that several reads return them.
const STATEMENTS = [
  'The tunnel toll will fund the northern ferry berths.',
  'The tunnel toll will fund the northern ferry berths!',
  'Ferry berths in Kalmby are older than the tunnel itself.',
  'No toll should fall on the fishing families of Kalmby.',
  'Night ferries to Kalmby will run again in April.',
  'Our school roofs in Kalmby need repairs before winter.',
  'I never said the toll was a tax on fishing.',
  'The ferry company must talk to its crews this week.',
  'Crews on the night ferry have not been paid since March.',
  'A second tunnel is not in this year’s budget.',
  'The harbour museum opens its doors in June.',
  'Fishing quotas are for the ministry, not the council.',
];

async function library() {
  const { db } = await freshLibrary();
  await saveAll(
    db,
    STATEMENTS.map((text, i) =>
      makeInput({
        text,
        speaker: 'Sanna Lund',
        speakerTitle: 'Mayor',
        url: `https://coast.example/${i}`,
        published: `2025-0${1 + (i % 6)}-1${i % 3}T09:00:00.000Z`,
        headline: i % 2 ? 'Toll plan divides Kalmby' : 'Ferry crews vote on strike',
      }),
    ),
  );
  return db;
}

const query = (text: string): RelatedQuery => ({
  text,
  speaker: 'Sanna Lund',
  paragraph: `“${text}” Sanna Lund said at the council.`,
  headline: 'Kalmby council meets',
  sourceUrl: 'https://coast.example/new',
  published: '2025-04-11T09:00:00.000Z',
});

describe('findRelated equals the ranking of the full records', () => {
  test('every quote is a candidate here', () => {
    expect(STATEMENTS.length).toBeLessThan(RELATED_LIMITS.samePerson);
  });

  test.each([
    ['the toll and the fishing families', 'Kalmby fishing families will not pay the tunnel toll, I never said so.', 1],
    ['the ferry crews, as the same speaker only', 'Kalmby night ferry crews unpaid since March will strike.', 0],
    ['a subject the library lacks', 'Snow ploughs are ready for the first storm.', 0],
  ])('%s', async (_name, text, topics) => {
    const db = await library();
    const person = unwrap(await findPerson(db, 'Sanna Lund', 'Mayor'))!;
    const records = unwrap(await exportLibrary(db)).quotes;
    const expected = rankRelated({ ...query(text), personId: person.id }, records, statsOf(records), 20);
    const found = unwrap(await findRelated(db, query(text), 20));
    expect(found).toEqual(expected);
    // Same speaker, so all come back but the second of the near-identical pair; topic matches where shared.
    expect(found).toHaveLength(STATEMENTS.length - 1);
    expect(found.filter((r) => r.topic).length).toBe(topics);
  });
});
