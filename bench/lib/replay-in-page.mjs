// Runs in the page's main world (passed to page.evaluate): applies a stream's steps with the page's
// own timers, as the site's scripts would. Returns how many ops found their target.

/** Replay `steps` ({delay, ops}) in the page; resolves when the last step has run. */
export async function replayInPage(steps) {
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const make = (html) => {
    const t = document.createElement('template');
    t.innerHTML = html;
    const el = t.content.firstElementChild;
    el.classList.add('bench-added');
    return el;
  };
  const all = (sel) => [...document.querySelectorAll(sel)];
  let applied = 0;
  const apply = (op) => {
    if (op.t === 'append') {
      const host = document.querySelector(op.sel) ?? document.body;
      const el = make(op.html);
      if (op.id) el.dataset.benchId = op.id;
      host.append(el);
      return true;
    }
    if (op.t === 'removeId') {
      const el = document.querySelector(`[data-bench-id="${op.id}"]`);
      el?.remove();
      return !!el;
    }
    if (op.t === 'removeFirst') {
      const el = document.querySelector(op.sel);
      el?.remove();
      return !!el;
    }
    if (op.t === 'removeLast') {
      const els = all(op.sel);
      els.at(-1)?.remove();
      return els.length > 0;
    }
    if (op.t === 'text') {
      const els = all(op.sel);
      const el = els[els.length >> 1];
      if (el) el.textContent = op.text;
      return !!el;
    }
    if (op.t === 'prependRow') {
      const first = document.querySelector(op.sel);
      if (!first) return false;
      const row = first.cloneNode(false);
      row.removeAttribute('id');
      row.innerHTML = op.html;
      first.before(row);
      return true;
    }
    return false;
  };
  for (const step of steps) {
    await sleep(step.delay);
    for (const op of step.ops) if (apply(op)) applied += 1;
  }
  return applied;
}
