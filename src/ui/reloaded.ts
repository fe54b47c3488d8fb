/**
 * The sessionStorage key that marks a withdrawal the page reloads for: set by the settings
 * before the reload, read by the loader (which then starts the UI) and removed by the UI,
 * which says what was saved and puts focus back on the page's settings link.
 */
export const RELOADED = 'seloste-reloaded';
