import { sheet } from './styles.js';

/**
 * Adds constructed stylesheets to the page (allowed under a strict CSP) until the returned
 * function takes it away again. Used while a modal dialog is open.
 */
export function adoptPageSheets(...styles: CSSStyleSheet[]): () => void {
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, ...styles];
  return () => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => !styles.includes(s));
  };
}

/**
 * A page stylesheet that stops the page behind a modal dialog from scrolling. When the page
 * has a scrollbar, its room is kept, so nothing behind the dialog moves.
 */
export function scrollLock(): CSSStyleSheet {
  const scrollable = document.documentElement.scrollHeight > document.documentElement.clientHeight;
  return sheet(
    `html { overflow: hidden !important; ${scrollable ? 'scrollbar-gutter: stable;' : ''} }`,
  );
}
