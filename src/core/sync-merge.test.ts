import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { formatHlc, parseHlc, receiveHlc, tickHlc } from './hlc';
import {
  HISTORY_LIMIT,
  canonicalJson,
  cycleSurvivorRecord,
  docIdOf,
  mergeBodies,
  mergeTarget,
  parseDocId,
  writeLocal,
  type SyncBody,
  type SyncVersion,
  type VersionState,
} from './sync-merge';
import type { PersonRecord } from './library-model';

const at = (ms: number, device = 'a', counter = 0) => formatHlc({ ms, counter, device });
const speakerEdit = (hlc: string, speaker: string | null, state: VersionState = 'live'): SyncBody<{ speaker: string | null }> => ({
  kind: 'quote',
  hlc,
  state,
  record: { speaker },
  mergedInto: null,
  history: [],
});
const person = (id: string, name: string): PersonRecord => ({ id, name, aliases: [], titles: [], official: false });
const personVersion = (hlc: string, record: PersonRecord, mergedInto: string | null = null): SyncBody<PersonRecord> => ({
  kind: 'person',
  hlc,
  state: mergedInto ? 'merged' : 'live',
  record,
  mergedInto,
  history: [],
});

describe('hybrid clock', () => {
  test.each([
    ['first stamp takes the wall clock', null, 1000, at(1000)],
    ['a later wall clock resets the counter', at(900, 'a', 3), 1000, at(1000)],
    ['the same millisecond counts up', at(1000, 'a', 3), 1000, at(1000, 'a', 4)],
    ['a clock that went back still moves forward', at(5000, 'a', 0), 1000, at(5000, 'a', 1)],
    ['a full counter carries into the next millisecond', at(1000, 'a', 9999), 1000, at(1001, 'a', 0)],
  ])('%s', (_name, last, now, expected) => {
    expect(tickHlc(last, now, 'a')).toBe(expected);
  });

  test.each([
    ['a remote stamp ahead of the wall clock pulls the clock forward', at(1000), at(9000, 'b', 2), 2000, at(9000, 'a', 3)],
    ['a remote stamp behind changes only the counter', at(3000, 'a', 1), at(1000, 'b', 7), 2000, at(3000, 'a', 2)],
    ['the wall clock ahead of both wins', at(1000), at(1500, 'b'), 2000, at(2000, 'a', 0)],
    ['an unreadable remote stamp is ignored', at(1000), 'garbage', 2000, at(1000)],
  ])('%s', (_name, last, remote, now, expected) => {
    expect(receiveHlc(last, remote, now, 'a')).toBe(expected);
  });

  test('stamps sort as strings in clock order', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 42 }),
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 2 ** 42 }),
        fc.integer({ min: 0, max: 9999 }),
        (m1, c1, m2, c2) => {
          const [a, b] = [at(m1, 'x', c1), at(m2, 'x', c2)];
          expect(Math.sign(a.localeCompare(b, 'en'))).toBe(Math.sign(m1 - m2 || c1 - c2));
          expect(parseHlc(a)).toEqual({ ms: m1, counter: c1, device: 'x' });
        },
      ),
    );
  });
});

describe('document ids', () => {
  test.each([
    ['quote', 'q-1'],
    ['person', 'jane-doe'],
    ['source', 'https://news.test/a?b=c:d'],
  ] as const)('%s:%s reads back', (kind, key) => {
    expect(parseDocId(docIdOf(kind, key))).toEqual({ kind, key });
  });
  test.each(['_design/x', 'stats:x', 'quote:', ''])('%j is not a library document', (id) => {
    expect(parseDocId(id)).toBeNull();
  });
});

describe('concurrent versions settle by the rules', () => {
  test.each([
    ['the later speaker edit wins', [speakerEdit(at(1000, 'a'), 'Ann'), speakerEdit(at(2000, 'b'), 'Bea')], 'Bea', 'live'],
    ['same millisecond: the counter decides', [speakerEdit(at(1000, 'a', 2), 'Ann'), speakerEdit(at(1000, 'b', 1), 'Bea')], 'Ann', 'live'],
    ['same stamp but the device: the device id decides', [speakerEdit(at(1000, 'a'), 'Ann'), speakerEdit(at(1000, 'b'), 'Bea')], 'Bea', 'live'],
    ['a delete beats an edit made before it', [speakerEdit(at(1000, 'a'), 'Ann'), speakerEdit(at(2000, 'b'), 'Ann', 'deleted')], 'Ann', 'deleted'],
    ['a delete loses to an edit made after it', [speakerEdit(at(3000, 'a'), 'Cid'), speakerEdit(at(2000, 'b'), 'Ann', 'deleted')], 'Cid', 'live'],
  ])('%s', (_name, leaves, speaker, state) => {
    const merged = mergeBodies(leaves);
    expect(merged.record).toEqual({ speaker });
    expect(merged.state).toBe(state);
    // The loser is in the history, not gone.
    expect(merged.history).toHaveLength(1);
    expect(merged.history[0]!.hlc).not.toBe(merged.hlc);
  });

  test('a merge beats a rename made after it', () => {
    const merge = personVersion(at(1000, 'a'), person('x', 'Jane Doe'), 'y');
    const rename = personVersion(at(5000, 'b'), person('x', 'Janet Doe'));
    const merged = mergeBodies([rename, merge]);
    expect(merged).toMatchObject({ state: 'merged', mergedInto: 'y' });
    expect(merged.history.map((v) => (v.record as PersonRecord).name)).toEqual(['Janet Doe']);
  });

  test('a local edit after the known state replaces it, and the replaced one goes to history', () => {
    const known = mergeBodies([personVersion(at(1000, 'a'), person('x', 'Jane Doe'), 'y')]);
    const undo = writeLocal(known, 'person', { hlc: at(2000, 'a'), state: 'live', record: person('x', 'Jane Doe'), mergedInto: null });
    expect(undo.state).toBe('live');
    expect(undo.history.map((v) => v.state)).toEqual(['merged']);
  });

  test('a local edit stamped before a remote change that arrived meanwhile is settled as concurrent', () => {
    const remote = speakerEdit(at(5000, 'b'), 'Bea', 'deleted');
    const local = writeLocal(remote, 'quote', { hlc: at(1000, 'a'), state: 'live', record: { speaker: 'Ann' }, mergedInto: null });
    expect(local.state).toBe('deleted');
    expect(local.history.map((v) => v.record)).toEqual([{ speaker: 'Ann' }]);
  });

  test('history keeps the newest versions up to its limit', () => {
    const leaves = Array.from({ length: HISTORY_LIMIT + 5 }, (_, i) => speakerEdit(at(1000 + i, 'a'), `S${i}`));
    const merged = mergeBodies(leaves);
    expect(merged.history).toHaveLength(HISTORY_LIMIT);
    expect(merged.history[0]!.record).toEqual({ speaker: `S${HISTORY_LIMIT + 3}` });
  });
});

// Any number of machines editing one document, and any order or grouping of settling their versions.
const versionArb = fc
  .record({
    ms: fc.integer({ min: 0, max: 20 }),
    counter: fc.integer({ min: 0, max: 2 }),
    device: fc.constantFrom('a', 'b', 'c'),
    state: fc.constantFrom<VersionState>('live', 'deleted', 'merged'),
    speaker: fc.constantFrom('Ann', 'Bea', null),
  })
  .map((v): SyncBody<{ speaker: string | null }> => ({
    kind: 'person',
    hlc: at(v.ms, v.device, v.counter),
    state: v.state,
    record: { speaker: v.speaker },
    mergedInto: v.state === 'merged' ? 'y' : null,
    history: [],
  }));

function settleInTree(leaves: SyncBody<{ speaker: string | null }>[], splits: number[]): SyncBody<{ speaker: string | null }> {
  if (leaves.length <= 1) return mergeBodies(leaves);
  const cut = 1 + ((splits[0] ?? 0) % (leaves.length - 1));
  return mergeBodies([settleInTree(leaves.slice(0, cut), splits.slice(1)), settleInTree(leaves.slice(cut), splits.slice(1))]);
}

describe('convergence', () => {
  test('any order and grouping of the same versions settles on the same document', () => {
    fc.assert(
      fc.property(
        fc.array(versionArb, { minLength: 1, maxLength: 30 }),
        fc.array(fc.nat(), { maxLength: 30 }),
        fc.array(fc.nat(), { maxLength: 30 }),
        (leaves, shuffleSeeds, splits) => {
          const shuffled = [...leaves];
          shuffleSeeds.forEach((s, i) => {
            const [a, b] = [i % shuffled.length, s % shuffled.length];
            [shuffled[a], shuffled[b]] = [shuffled[b]!, shuffled[a]!];
          });
          expect(canonicalJson(settleInTree(shuffled, splits))).toBe(canonicalJson(mergeBodies(leaves)));
        },
      ),
      { numRuns: 300 },
    );
  });

  test('settling twice changes nothing', () => {
    fc.assert(
      fc.property(fc.array(versionArb, { minLength: 1, maxLength: 10 }), (leaves) => {
        const once = mergeBodies(leaves);
        expect(mergeBodies([once, once])).toEqual(once);
        expect(mergeBodies([once, ...leaves])).toEqual(once);
      }),
    );
  });
});

describe('merge chains and cycles', () => {
  const people = (entries: Array<[string, SyncVersion<PersonRecord>]>) => {
    const map = new Map(entries);
    return (id: string) => map.get(id);
  };
  const merged = (id: string, into: string, ms: number): [string, SyncVersion<PersonRecord>] => [
    id,
    { hlc: at(ms), state: 'merged', record: person(id, id.toUpperCase()), mergedInto: into },
  ];
  const live = (id: string): [string, SyncVersion<PersonRecord>] => [id, { hlc: at(1), state: 'live', record: person(id, id.toUpperCase()), mergedInto: null }];

  test.each([
    ['a live person is their own target', [live('x')], 'x', 'x', []],
    ['a merge leads to the person kept', [merged('x', 'y', 10), live('y')], 'x', 'y', []],
    ['chains are followed', [merged('x', 'y', 10), merged('y', 'z', 20), live('z')], 'x', 'z', []],
    ['a person nobody knows is their own target', [], 'q', 'q', []],
    ['a two-way cycle keeps the member merged last', [merged('x', 'y', 10), merged('y', 'x', 20)], 'x', 'y', ['x', 'y']],
    ['entering a cycle from outside', [merged('w', 'x', 5), merged('x', 'y', 30), merged('y', 'x', 20)], 'w', 'x', ['x', 'y']],
  ] as const)('%s', (_name, entries, from, target, cycle) => {
    expect(mergeTarget(from, people([...entries]))).toEqual({ target, cycle });
  });

  test("the survivor of a cycle keeps every member's names", () => {
    const lookup = people([merged('x', 'y', 10), merged('y', 'x', 20)]);
    const record = cycleSurvivorRecord(mergeTarget('x', lookup), lookup);
    expect(record).toMatchObject({ id: 'y', name: 'Y', aliases: ['X'] });
  });
});
