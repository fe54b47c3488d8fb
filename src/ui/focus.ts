/** What can take focus by Tab, before the checks a candidate must pass. */
const CONTROLS = 'a,button,input,select,textarea,summary,[tabindex]';

/**
 * Moves focus into the page: to its first control the visitor can see, else to its first
 * control (scrolled into view). Used when the widget's control that had focus is gone (the
 * banner after a decision) or cannot take it back, so focus never drops to `<body>`.
 * A control counts if it takes focus: hidden, disabled and inert ones do not.
 */
export function focusPage(): void {
  const controls = [...document.querySelectorAll<HTMLElement>(CONTROLS)].filter(
    (control) => control.tabIndex >= 0,
  );
  const seen = controls.filter((control) => {
    const { top, bottom } = control.getBoundingClientRect();
    return top >= 0 && bottom <= innerHeight;
  });
  [...seen, ...controls].some((control) => (control.focus(), control === document.activeElement));
}
