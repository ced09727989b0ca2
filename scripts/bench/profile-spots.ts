/**
 * Where a script's sampled time goes: each sample with the script on the stack is charged to the innermost
 * frame of the script (so DOM and built-in callees count for the script function that called them), and,
 * separately, to the leaf frame (what was actually running: a DOM call, GC, a regex, compilation).
 * `npm run bench -- page --profile` prints both, summed over the loads of each page.
 */
import type { CpuProfile, ThreadTask } from './cpu-profile';

export type Spots = Map<string, number>;

export interface SpotSums {
  own: Spots;
  leaf: Spots;
  module: Spots;
  stacks: Spots;
  lines?: Spots;
}

/** The bundle's `// src/...` comments: the first line of each module, to name the module of a line. */
export function moduleStarts(bundle: string): Array<{ line: number; name: string }> {
  const starts: Array<{ line: number; name: string }> = [];
  bundle.split('\n').forEach((text, i) => {
    const m = /^\t\/\/ (src\/\S+)$/.exec(text);
    if (m) starts.push({ line: i + 1, name: m[1]! });
  });
  return starts;
}
function moduleOf(starts: Array<{ line: number; name: string }>, line: number): string {
  let name = '(bundle top)';
  for (const s of starts) if (s.line <= line) name = s.name;
  return name;
}
/** SPOT_STACKS=name prints the content-script call chains under leaf frames of that name. */
const STACKS_OF = process.env.SPOT_STACKS;

/** Each sample counts for its task's thread-time share (tdur / dur), as the page bench's CPU time does. */
function cpuShare(tasks: ThreadTask[]): (atMs: number) => number {
  const sorted = [...tasks].sort((a, b) => a.ts - b.ts);
  let k = 0;
  return (atMs) => {
    const us = atMs * 1000;
    while (k < sorted.length && sorted[k]!.ts + sorted[k]!.dur <= us) k++;
    const t = sorted[k];
    return t && t.ts <= us && t.dur > 0 ? Math.min(t.tdur, t.dur) / t.dur : 1;
  };
}

export function addSpots(into: SpotSums, profile: CpuProfile, scriptUrl: string, starts: Array<{ line: number; name: string }>, tasks: ThreadTask[]): void {
  const share = cpuShare(tasks);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const ownFrame = new Map<number, string | null>();
  const innermostOwn = (id: number): string | null => {
    if (ownFrame.has(id)) return ownFrame.get(id)!;
    const f = byId.get(id)!.callFrame;
    const p = parent.get(id);
    const v = f.url === scriptUrl ? `${f.functionName || '(top level)'}:${f.lineNumber + 1}` : p === undefined ? null : innermostOwn(p);
    ownFrame.set(id, v);
    return v;
  };
  // Line hit counts of the script's own frames (CDP's positionTicks), for SPOT_LINES=1.
  if (process.env.SPOT_LINES) {
    into.lines ??= new Map();
    for (const n of profile.nodes as Array<CpuProfile['nodes'][number] & { positionTicks?: Array<{ line: number; ticks: number }> }>) {
      if (n.callFrame.url !== scriptUrl) continue;
      for (const p of n.positionTicks ?? [])
        into.lines.set(`${n.callFrame.functionName}:${p.line}`, (into.lines.get(`${n.callFrame.functionName}:${p.line}`) ?? 0) + p.ticks);
    }
  }
  const ids = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let t = profile.startTime;
  const at = ids.map((_, i) => (t += deltas[i] ?? 0) / 1000);
  for (let i = 0; i < ids.length; i++) {
    const own = innermostOwn(ids[i]!);
    if (own === null) continue;
    const ms = ((i + 1 < ids.length ? at[i + 1]! : profile.endTime / 1000) - at[i]!) * share(at[i]!);
    const leaf = byId.get(ids[i]!)!.callFrame;
    const leafName = leaf.url === scriptUrl ? '(own code)' : `${leaf.functionName || '(anonymous)'} ${leaf.url ? leaf.url.split('/').at(-1) : ''}`.trim();
    into.own.set(own, (into.own.get(own) ?? 0) + ms);
    const mod = moduleOf(starts, Number(own.split(':').at(-1)));
    into.module.set(mod, (into.module.get(mod) ?? 0) + ms);
    if (STACKS_OF && leafName.startsWith(STACKS_OF)) {
      const chain: string[] = [];
      for (let id: number | undefined = ids[i]!; id !== undefined; id = parent.get(id)) {
        const f = byId.get(id)!.callFrame;
        if (f.url === scriptUrl) chain.push(`${f.functionName || '(top)'}:${f.lineNumber + 1}`);
      }
      const key = chain.join(' < ');
      into.stacks.set(key, (into.stacks.get(key) ?? 0) + ms);
    }
    into.leaf.set(leafName, (into.leaf.get(leafName) ?? 0) + ms);
  }
}

export function printSpots(title: string, spots: SpotSums, loads: number, top = 25): void {
  const total = [...spots.own.values()].reduce((a, b) => a + b, 0);
  const rows = (m: Spots, n = top) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n);
  console.log(`\n### ${title}: ${(total / loads).toFixed(2)} ms of CPU per load (mean of ${loads}; samples weighted by their task's thread-time share)`);
  console.log('| innermost content-script function (with callees) | ms per load | share | | running (leaf frame) | ms per load |');
  console.log('|---|---|---|---|---|---|');
  const a = rows(spots.own);
  const b = rows(spots.leaf);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    console.log(
      `| ${x ? `${x[0]} | ${(x[1] / loads).toFixed(2)} | ${((100 * x[1]) / total).toFixed(0)}%` : ' | | '} | | ${y ? `${y[0]} | ${(y[1] / loads).toFixed(2)}` : ' | '} |`,
    );
  }
  console.log(
    `by module: ${rows(spots.module)
      .map(([k, v]) => `${k.replace(/^src\//, '')} ${(v / loads).toFixed(2)}`)
      .join(', ')}`,
  );
  if (spots.lines)
    console.log(
      `hot lines (own ticks, all loads): ${rows(spots.lines, 30)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`,
    );
  for (const [k, v] of rows(spots.stacks, 8)) console.log(`  ${STACKS_OF} under ${k}: ${(v / loads).toFixed(2)} ms`);
}
