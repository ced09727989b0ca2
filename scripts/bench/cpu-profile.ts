/**
 * Reads a DevTools CPU profile (Profiler.stop) for one script: its self time, its time with callees (DOM and
 * built-ins it calls), and per long task how much of it was that script. Sample i lasts until sample i+1.
 */
export interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }>;
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface ScriptCost {
  selfMs: number;
  inclusiveMs: number;
  /** With callees, inside the script's first evaluation (its top-level code, before any await returns). */
  startupMs: number;
  /** Sample times (profile clock, ms) and whether the script was on the stack. */
  samples: Array<{ at: number; ms: number; inScript: boolean; fn: string }>;
}

export function scriptCost(profile: CpuProfile, scriptUrl: string): ScriptCost {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const memo = (test: (f: CpuProfile['nodes'][number]['callFrame']) => boolean) => {
    const seen = new Map<number, boolean>();
    const has = (id: number): boolean => {
      const known = seen.get(id);
      if (known !== undefined) return known;
      const p = parent.get(id);
      const v = test(byId.get(id)!.callFrame) || (p !== undefined && has(p));
      seen.set(id, v);
      return v;
    };
    return has;
  };
  const onStack = memo((f) => f.url === scriptUrl);
  // The bundle's top level: its wrapping function starts on line 0, or on line 1 below the compile hint.
  const inStartup = memo((f) => f.url === scriptUrl && f.functionName === '' && f.lineNumber <= 1);
  const ids = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const at: number[] = [];
  let t = profile.startTime;
  for (let i = 0; i < ids.length; i++) at.push((t += deltas[i] ?? 0) / 1000);
  let selfMs = 0;
  let inclusiveMs = 0;
  let startupMs = 0;
  const samples: ScriptCost['samples'] = [];
  for (let i = 0; i < ids.length; i++) {
    const ms = (i + 1 < ids.length ? at[i + 1]! : profile.endTime / 1000) - at[i]!;
    const node = byId.get(ids[i]!)!;
    const own = node.callFrame.url === scriptUrl;
    const incl = onStack(node.id);
    if (own) selfMs += ms;
    if (incl) inclusiveMs += ms;
    if (incl && inStartup(node.id)) startupMs += ms;
    samples.push({ at: at[i]!, ms, inScript: incl, fn: node.callFrame.functionName });
  }
  return { selfMs, inclusiveMs, startupMs, samples };
}

/**
 * The profile clock minus the page's performance.now(): the page ran a function named `marker` that started
 * at `markerAt` (page clock); its first sample is within one sampling interval of that.
 */
export function clockOffset(cost: ScriptCost, marker: string, markerAt: number): number | null {
  const first = cost.samples.find((s) => s.fn === marker);
  return first ? first.at - markerAt : null;
}

/** Milliseconds of the script (with callees) inside [start, start + duration) of the page clock. */
export function scriptMsWithin(cost: ScriptCost, offset: number, start: number, duration: number): number {
  const from = start + offset;
  const to = from + duration;
  const sum = cost.samples.reduce((total, s) => (s.inScript && s.at >= from && s.at < to ? total + s.ms : total), 0);
  return Math.min(sum, duration); // the last sample may run past the task's end
}

/** A complete event of a Chrome trace (µs); `tdur` is thread (CPU) time. */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { data?: { url?: string } };
}

/** The events of the thread that evaluated the script (the page's main thread), with that evaluation. */
export function scriptThread(events: TraceEvent[], scriptUrl: string): { evaluated: TraceEvent; events: TraceEvent[] } | null {
  const evaluated = events.find((e) => e.name === 'EvaluateScript' && e.args?.data?.url === scriptUrl);
  if (!evaluated) return null;
  return { evaluated, events: events.filter((e) => e.pid === evaluated.pid && e.tid === evaluated.tid && e.ph === 'X') };
}

/** A top-level task of the page's main thread from a Chrome trace: wall and thread (CPU) duration, µs. */
export interface ThreadTask {
  ts: number;
  dur: number;
  tdur: number;
}

/**
 * The script's samples (with callees) as CPU time: each sample counts for the share of its task the thread
 * actually ran (tdur / dur). Sampled time alone is wall time, and on a busy machine the page's thread is
 * often descheduled in the middle of a task; a sample outside any traced task counts in full.
 */
export function scriptCpuMs(cost: ScriptCost, tasks: ThreadTask[]): number {
  const sorted = [...tasks].sort((a, b) => a.ts - b.ts);
  let cpu = 0;
  let k = 0;
  for (const s of cost.samples) {
    if (!s.inScript) continue;
    const us = s.at * 1000;
    while (k < sorted.length && sorted[k]!.ts + sorted[k]!.dur <= us) k++;
    const task = sorted[k];
    cpu += task && task.ts <= us && task.dur > 0 ? (s.ms * Math.min(task.tdur, task.dur)) / task.dur : s.ms;
  }
  return cpu;
}

/**
 * The most CPU time (ms) the script spent inside one task of the page's thread, counted as in scriptCpuMs:
 * the long-task observer sees only tasks over 50 ms, and this finds a 30 ms one too.
 */
export function longestScriptTaskMs(cost: ScriptCost, tasks: ThreadTask[]): number {
  const sorted = [...tasks].sort((a, b) => a.ts - b.ts);
  const perTask = new Map<number, number>();
  let k = 0;
  for (const s of cost.samples) {
    if (!s.inScript) continue;
    const us = s.at * 1000;
    while (k < sorted.length && sorted[k]!.ts + sorted[k]!.dur <= us) k++;
    const task = sorted[k];
    if (!task || task.ts > us || task.dur <= 0) continue;
    perTask.set(k, (perTask.get(k) ?? 0) + (s.ms * Math.min(task.tdur, task.dur)) / task.dur);
  }
  return Math.max(0, ...perTask.values());
}
