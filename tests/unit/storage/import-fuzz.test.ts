/** Mutated export files: an invalid import changes nothing; a valid one leaves a consistent library. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { exportLibrary, importLibrary } from '../../../src/storage/repository';
import { freshLibrary, makeInput, saveAll, unwrap } from './helpers';

/** Generated cases; each imports into a fresh library holding data already. */
const RUNS = 1000;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function paths(value: Json, prefix: Array<string | number> = [], out: Array<Array<string | number>> = []): Array<Array<string | number>> {
  out.push(prefix);
  if (Array.isArray(value)) value.slice(0, 4).forEach((v, i) => paths(v, [...prefix, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out);
  return out;
}

function mutate(doc: Json, path: Array<string | number>, kind: number, junk: Json): Json {
  const copy = structuredClone(doc);
  if (path.length === 0) return kind % 2 ? junk : '{"format":';
  let parent = copy as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  const last = path[path.length - 1]!;
  if (kind === 0) delete parent[last];
  else if (kind === 1) parent[last] = junk;
  else if (kind === 2 && typeof parent[last] === 'string') parent[last] = (parent[last] as string).slice(0, 3);
  else parent[last] = Array.isArray(parent[last]) ? [] : 'x'.repeat(30_000);
  return copy;
}

describe('import fuzzing', () => {
  test(`mutated exports (${RUNS} cases): invalid files change nothing`, async () => {
    const source = (await freshLibrary()).db;
    await saveAll(
      source,
      Array.from({ length: 6 }, (_, i) => makeInput({ text: `Statement ${i} on the grain corridor talks.`, speaker: i % 2 ? 'Sergey Lavrov' : 'Jen Psaki' })),
    );
    const doc = unwrap(await exportLibrary(source)) as unknown as Json;
    const all = paths(doc);
    await fc.assert(
      fc.asyncProperty(fc.nat(all.length - 1), fc.nat(3), fc.jsonValue() as fc.Arbitrary<Json>, async (p, kind, junk) => {
        const { db } = await freshLibrary();
        await saveAll(db, [makeInput({ text: 'An earlier statement that must survive.', speaker: 'Olaf Scholz' })]);
        const before = unwrap(await exportLibrary(db, new Date(0)));
        const result = await importLibrary(db, mutate(doc, all[p]!, kind, junk));
        const after = unwrap(await exportLibrary(db, new Date(0)));
        if (!result.ok) {
          expect(after).toEqual(before);
          expect(result.error).toMatch(/\S/);
        } else {
          // A mutation that kept the file valid imports; everything that was there is still there.
          for (const q of before.quotes) expect(after.quotes.map((x) => x.id)).toContain(q.id);
        }
        db.close();
      }),
      { numRuns: RUNS },
    );
  }, 120_000);
});
