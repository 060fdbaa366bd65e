import { expect, type Page } from '@playwright/test';
import { axClick, axFind, axWait, type AxQuery } from '../lib/ax.mjs';

// Sidecar's overlays as a user (and a screen reader) reaches them: through the accessibility tree,
// since they live in closed shadow roots that no page script or CSS locator can enter.

export const ADD = { role: 'button', name: 'Add to pipeline' } as const;

/** Every "Add to pipeline" in the page now. */
export const addButtons = (page: Page) => axFind(page, ADD);

/** Wait for `count` "Add to pipeline" buttons, then press the `index`-th with a trusted click. */
export async function clickAdd(page: Page, index = 0, count = index + 1): Promise<void> {
  const found = await axWait(page, ADD, { count });
  await axClick(page, found[index]!);
}

/** Wait until an overlay's status names this (e.g. /Prospecting/). */
export async function expectStatus(page: Page, name: RegExp, count = 1): Promise<void> {
  await axWait(page, { role: 'status', name }, { count });
}

/** Poll the number of accessible nodes matching a query until it is `count`. */
export async function expectCount(page: Page, query: AxQuery, count: number): Promise<void> {
  await expect.poll(async () => (await axFind(page, query)).length, { timeout: 10_000 }).toBe(count);
}

/** Our overlay hosts in the page: elements carrying a closed shadow root (CDP sees them; the page cannot). */
export async function overlayHostCount(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    let count = 0;
    const walk = (node: { shadowRoots?: { shadowRootType?: string }[]; children?: unknown[] }) => {
      if (node.shadowRoots?.some((r) => r.shadowRootType === 'closed')) count++;
      for (const child of (node.children ?? []) as (typeof node)[]) walk(child);
      for (const shadow of (node.shadowRoots ?? []) as (typeof node)[]) walk(shadow);
    };
    walk(root as never);
    return count;
  } finally {
    await cdp.detach();
  }
}

/** Whether the accessible checkbox with this name is checked (read from the accessibility tree). */
export async function isChecked(page: Page, name: string): Promise<boolean> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Accessibility.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodes } = await cdp.send('Accessibility.queryAXTree', {
      backendNodeId: root.backendNodeId,
      role: 'checkbox',
      accessibleName: name,
    });
    const checked = nodes[0]?.properties?.find((p) => p.name === 'checked')?.value?.value;
    return checked === 'true' || checked === true;
  } finally {
    await cdp.detach();
  }
}

/** For each element matching `selector`, how many of our closed-root hosts it holds. */
export async function hostsUnder(page: Page, selector: string): Promise<number[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector });
    const counts: number[] = [];
    for (const nodeId of nodeIds) {
      const { node } = await cdp.send('DOM.describeNode', { nodeId, depth: -1, pierce: true });
      let count = 0;
      const walk = (n: { shadowRoots?: { shadowRootType?: string }[]; children?: unknown[] }) => {
        if (n.shadowRoots?.some((r) => r.shadowRootType === 'closed')) count++;
        for (const child of (n.children ?? []) as (typeof n)[]) walk(child);
      };
      walk(node as never);
      counts.push(count);
    }
    return counts;
  } finally {
    await cdp.detach();
  }
}

/** A computed style of an accessible node (found with axFind), as the browser resolved it. */
export async function computedStyleOf(page: Page, backendNodeId: number, property: string): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.getDocument', { depth: 0 });
    await cdp.send('CSS.enable');
    const { nodeIds } = await cdp.send('DOM.pushNodesByBackendIdsToFrontend', { backendNodeIds: [backendNodeId] });
    const { computedStyle } = await cdp.send('CSS.getComputedStyleForNode', { nodeId: nodeIds[0]! });
    return computedStyle.find((p) => p.name === property)?.value ?? '';
  } finally {
    await cdp.detach();
  }
}

/** The accessible name of the focused node, as a screen reader would announce it (closed roots included). */
export async function focusedName(page: Page): Promise<string | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const focused = nodes.filter((n) => n.properties?.some((p) => p.name === 'focused' && p.value.value === true));
    return String(focused.at(-1)?.name?.value ?? '') || null;
  } finally {
    await cdp.detach();
  }
}
