import buttonsCss from './buttons.css?inline';
import tokensCss from './tokens.css?inline';

/**
 * A constructed stylesheet from CSS text. Shadow roots adopt it (`adoptedStyleSheets`), Lit
 * elements take it in `static styles`, and a strict CSP allows it without 'unsafe-inline'.
 * Only the widget's own CSS files (minified by the build) go in here, never site configuration.
 */
export const sheet = (cssText: string): CSSStyleSheet => {
  const styleSheet = new CSSStyleSheet();
  styleSheet.replaceSync(cssText);
  return styleSheet;
};

/** Custom properties, themes and base rules every element starts from. */
export const tokens = sheet(tokensCss);

/** The action buttons, all of one look. */
export const buttons = sheet(buttonsCss);
