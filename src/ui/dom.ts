/**
 * An element with attributes, listeners (`on…` keys, as properties) and children, where text is
 * always text: for the few nodes the banner builds without Lit.
 *
 * @example
 * h('button', { class: 'button', onclick: () => accept() }, 'Hyväksy kaikki')
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Record<string, string | ((e: Event) => void)>,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (typeof value === 'function') el.addEventListener(name.slice(2), value);
    else el.setAttribute(name, value);
  }
  el.append(...children);
  return el;
}
