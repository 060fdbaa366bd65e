// Main-thread time of a tab, whole: CDP Performance.getMetrics with thread ticks. TaskDuration is every
// task on the renderer's main thread (script, compile, style, layout, GC, parsing: everything), in
// seconds; the same counter ../shared/tools/page-cost reads, so the figures can be compared.

/** A tab's metrics session: `read()` gives {taskMs, scriptMs, styleMs, layoutMs} so far. */
export async function taskMeter(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  return {
    async read() {
      const { metrics } = await cdp.send('Performance.getMetrics');
      const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
      return {
        taskMs: m.TaskDuration * 1000,
        scriptMs: m.ScriptDuration * 1000,
        styleMs: m.RecalcStyleDuration * 1000,
        layoutMs: m.LayoutDuration * 1000,
      };
    },
    detach: () => cdp.detach().catch(() => undefined),
  };
}

/** `b - a`, field by field. */
export const minus = (b, a) => Object.fromEntries(Object.keys(b).map((k) => [k, b[k] - a[k]]));
