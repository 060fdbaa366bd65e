/** A new element with a class and, optionally, text (always through textContent: page text stays text). */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Give an element an ARIA role and return it. */
export function withRole<T extends HTMLElement>(node: T, role: string): T {
  node.setAttribute('role', role);
  return node;
}
