// Chromium performance traces over CDP, and attribution of main-thread time to script URLs.
// One trace carries both exact trace events (FunctionCall, EvaluateScript, RunTask…) and V8's CPU
// samples (the cpu_profiler categories), on one clock and across renderer process swaps.

const CATEGORIES = [
  // Enough for task boundaries, script calls, frame callbacks and the load marks; the verbose
  // disabled-by-default-devtools.timeline (paint, layers) would only slow the trace transfer.
  'toplevel',
  'devtools.timeline',
  'blink.user_timing',
  // .hires asks V8 for its high-resolution sampling interval (about 100-200 µs here).
  'disabled-by-default-v8.cpu_profiler',
  'disabled-by-default-v8.cpu_profiler.hires',
];

/** Start tracing on a CDP session (a browser-wide session sees every renderer). */
export async function startTrace(cdp) {
  const events = [];
  const onData = (e) => {
    for (const ev of e.value) events.push(ev);
  };
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' });
  return async function stop() {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', onData);
    return events;
  };
}

/**
 * CPU samples per profiled thread: [{pid, tid, samples: [{ts, dur, node}]}], ts/dur in µs on the
 * trace clock. A sample stands for the interval until the next one (as DevTools counts it).
 */
export function cpuProfiles(events) {
  const profiles = new Map();
  for (const e of events) {
    if (e.name === 'Profile') {
      profiles.set(`${e.pid}:${e.id}`, {
        pid: e.pid,
        tid: e.tid,
        start: e.args.data.startTime,
        nodes: new Map(),
        ids: [],
        deltas: [],
      });
    }
  }
  for (const e of events) {
    if (e.name !== 'ProfileChunk') continue;
    const p = profiles.get(`${e.pid}:${e.id}`);
    const data = e.args.data;
    if (!p || !data.cpuProfile) continue;
    for (const n of data.cpuProfile.nodes ?? []) p.nodes.set(n.id, n);
    p.ids.push(...(data.cpuProfile.samples ?? []));
    p.deltas.push(...(data.timeDeltas ?? []));
  }
  return [...profiles.values()].map((p) => {
    let ts = p.start;
    const stamps = p.deltas.map((d) => (ts += d));
    const samples = stamps.map((t, i) => ({
      ts: t,
      dur: i + 1 < stamps.length ? stamps[i + 1] - t : 0,
      node: p.ids[i],
    }));
    return { pid: p.pid, tid: p.tid, nodes: p.nodes, samples };
  });
}

/** Memoised "does this node's stack contain a frame whose URL passes `test`". */
export function stackMatcher(nodes, test) {
  const memo = new Map();
  const matches = (id) => {
    if (memo.has(id)) return memo.get(id);
    const n = nodes.get(id);
    const hit = !!n && (test(n.callFrame?.url ?? '') || (n.parent !== undefined && matches(n.parent)));
    memo.set(id, hit);
    return hit;
  };
  // Parents are given by children lists in V8's format; link them once.
  for (const n of nodes.values())
    for (const c of n.children ?? []) {
      const child = nodes.get(c);
      if (child) child.parent = n.id;
    }
  return matches;
}

/** Complete ('X') events of one thread with a name in `names`, outermost only, sorted by ts. */
export function outermost(events, pid, tid, names, test = () => true) {
  const hits = events
    .filter((e) => e.ph === 'X' && e.pid === pid && e.tid === tid && names.has(e.name) && test(e))
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const out = [];
  for (const e of hits) {
    const last = out[out.length - 1];
    if (last && e.ts + e.dur <= last.ts + last.dur) continue;
    out.push(e);
  }
  return out;
}

const SCRIPT_EVENTS = new Set(['FunctionCall', 'EvaluateScript', 'v8.compile', 'v8.compileModule']);
const urlOf = (e) => e.args?.data?.url ?? e.args?.beginData?.url ?? e.args?.fileName ?? '';

const TASK_EVENTS = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

/**
 * The top-level task (RunTask) around each instant, by binary search, or null between tasks.
 */
function taskAt(events, pid, tid) {
  const tasks = outermost(events, pid, tid, TASK_EVENTS);
  return (ts) => {
    let lo = 0;
    let hi = tasks.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const t = tasks[mid];
      if (ts < t.ts) hi = mid - 1;
      else if (ts >= t.ts + t.dur) lo = mid + 1;
      else return t;
    }
    return null;
  };
}

/**
 * Main-thread time ({ thread, wall }, µs) spent in scripts whose URL passes `test` within
 * [from, to): exact durations of their trace events (FunctionCall, EvaluateScript: these include
 * forced style/layout), plus the CPU samples whose stack holds such a script but fall outside those events (promise continuations
 * and other microtasks, which have no trace event of their own).
 *
 * A sample stands for the interval until the next one, clipped to the end of the task it fell in:
 * V8 takes no samples while the thread is idle, so the last sample of a task would otherwise also
 * count the idle time until the thread's next task (one observe window read 4 ms of postMessage in
 * a task of 0.17 ms).
 *
 * Both clocks, from one pass: `thread` counts CPU time, the events' thread time (`tdur`) and each
 * sample's interval scaled by the on-core share (tdur / dur) of its task; `wall` counts wall-clock
 * durations, which also hold the time the thread was descheduled in the middle of our work: on this
 * 2-core machine, while the worker answered our report or another process ran. See bench/README.md
 * "Main-thread time".
 */
export function scriptTime(events, profile, test, from, to) {
  const { pid, tid } = profile;
  const exact = outermost(events, pid, tid, SCRIPT_EVENTS, (e) => test(urlOf(e))).filter(
    (e) => e.ts >= from && e.ts < to,
  );
  const inExact = (ts) => exact.some((e) => ts >= e.ts && ts < e.ts + e.dur);
  const matches = stackMatcher(profile.nodes, test);
  const taskOf = taskAt(events, pid, tid);
  const time = { thread: 0, wall: 0 };
  for (const e of exact) {
    time.thread += e.tdur ?? e.dur;
    time.wall += e.dur;
  }
  for (const s of profile.samples) {
    if (s.ts < from || s.ts >= to || !matches(s.node) || inExact(s.ts)) continue;
    const task = taskOf(s.ts);
    const interval = task ? Math.min(s.dur, task.ts + task.dur - s.ts) : s.dur;
    const onCore = task && task.dur > 0 && task.tdur !== undefined ? Math.min(1, task.tdur / task.dur) : 1;
    time.thread += interval * onCore;
    time.wall += interval;
  }
  return time;
}

/** Busy time (µs) of a thread within [from, to): top-level tasks, clipped to the window. */
export function busyTime(events, pid, tid, from, to) {
  return outermost(events, pid, tid, TASK_EVENTS).reduce(
    (sum, e) => sum + Math.max(0, Math.min(to, e.ts + e.dur) - Math.max(from, e.ts)),
    0,
  );
}

/** The main-thread profile of the renderer `pid`. */
export function mainProfile(events, pid) {
  const main = events.find((e) => e.name === 'thread_name' && e.pid === pid && e.args?.name === 'CrRendererMain');
  return cpuProfiles(events).find((p) => p.pid === pid && (!main || p.tid === main.tid)) ?? null;
}
