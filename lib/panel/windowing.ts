/** The rows a windowed list draws: the visible ones and a few either side (so a fast scroll shows no gap). */
export function visibleWindow(
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
  total: number,
  overscan = 6,
): { start: number; end: number } {
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const count = Math.ceil(Math.max(viewportHeight, rowHeight) / rowHeight);
  return { start: Math.max(0, first - overscan), end: Math.min(total, first + count + overscan) };
}

/** The scrollTop that brings row `index` into view (unchanged when it already is). */
export function scrollToShow(index: number, scrollTop: number, viewportHeight: number, rowHeight: number): number {
  const top = index * rowHeight;
  if (top < scrollTop) return top;
  if (top + rowHeight > scrollTop + viewportHeight) return top + rowHeight - viewportHeight;
  return scrollTop;
}

/** The next set of selected ids after a click or key: toggle one, or select a range (Shift). */
export function nextSelection(
  selected: ReadonlySet<string>,
  ids: readonly string[],
  index: number,
  range: { from: number } | null,
): Set<string> {
  const next = new Set(selected);
  const id = ids[index];
  if (id === undefined) return next;
  if (range) {
    const [a, b] = [Math.min(range.from, index), Math.max(range.from, index)];
    for (let i = a; i <= b; i++) next.add(ids[i] ?? '');
    next.delete('');
  } else if (next.has(id)) next.delete(id);
  else next.add(id);
  return next;
}
