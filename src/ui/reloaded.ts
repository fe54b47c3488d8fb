import { safely } from '../cookies/read.js';

/**
 * The sessionStorage key that marks a withdrawal the page reloads for: set by the settings
 * before the reload, read by the loader (which then starts the UI) and removed by the UI,
 * which says what was saved and puts focus back on the page's settings link.
 */
export const RELOADED = 'seloste-reloaded';

/**
 * Whether this page view is the reload after a withdrawal. sessionStorage is read only when the
 * page was reloaded: its first use costs a page view about 15 ms of script on a slow phone, and
 * the mark is only ever set right before `location.reload()`.
 */
export const reloadedAfterWithdrawal = (): boolean =>
  safely(
    () =>
      (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)
        ?.type === 'reload' && sessionStorage.getItem(RELOADED) !== null,
    false,
  );
