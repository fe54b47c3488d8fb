import { warn } from '../log.js';

const reported = new Set<string>();

/**
 * When the page gives Seloste colours of its own (`--seloste-*`), checks their contrast as
 * rendered in `host` and reports what falls below WCAG AA, once each. The check is a chunk of
 * its own, so pages that keep the built-in colours never load it.
 */
export function checkOwnerColours(host: HTMLElement): void {
  const style = getComputedStyle(host);
  const owned = ['bg', 'fg', 'muted', 'accent', 'accent-fg'].some(
    (name) =>
      style.getPropertyValue(`--seloste-${name}`) ||
      style.getPropertyValue(`--seloste-dark-${name}`),
  );
  if (!owned) return;
  void import('./contrast.js').then(({ checkContrast }) => {
    for (const problem of checkContrast(host.shadowRoot!, host.getAttribute('scheme') ?? 'light')) {
      if (!reported.has(problem)) warn(problem);
      reported.add(problem);
    }
  });
}
