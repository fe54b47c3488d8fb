/**
 * Checks the contrast of the colours a site owner gave Seloste (`--seloste-*`), as rendered,
 * and names the pairs that fall below WCAG 2.2 AA in the console. Its own chunk: loaded only
 * when the page sets any of those colours.
 */

type Rgba = [number, number, number, number];

let context: CanvasRenderingContext2D | null | undefined;

/** Any CSS colour as 8-bit RGBA, by painting it: works for every syntax the browser knows. */
export function toRgba(color: string): Rgba {
  context ??= Object.assign(document.createElement('canvas'), { width: 1, height: 1 }).getContext(
    '2d',
    {
      willReadFrequently: true,
    },
  );
  if (!context) return [0, 0, 0, 0];
  context.clearRect(0, 0, 1, 1);
  context.fillStyle = color;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!, a! / 255];
}

/** WCAG relative luminance of an sRGB colour. */
const luminance = ([r, g, b]: Rgba) => {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
};

/**
 * The WCAG contrast ratio of two colours, 1 to 21.
 *
 * @example contrast('#767676', '#fff') // 4.54
 */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(toRgba(a)), luminance(toRgba(b))].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

/** The colour an element's text sits on: its own background, else its nearest painted ancestor's. */
function backgroundOf(el: Element | null): string {
  while (el) {
    const background = getComputedStyle(el).backgroundColor;
    if (toRgba(background)[3] > 0.5) return background;
    el = el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null);
  }
  return '#fff';
}

/** What to check in a rendered widget: the element, whose colours, and the minimum ratio. */
const CHECKS: [selector: string, what: string, minimum: number][] = [
  ['h2', 'text (--seloste-fg on --seloste-bg)', 4.5],
  ['p', 'secondary text (--seloste-muted on --seloste-bg)', 4.5],
  ['.button', 'buttons (--seloste-accent-fg on --seloste-accent)', 4.5],
];

/**
 * Checks the rendered colours in `root`; returns the messages for the pairs below AA (and
 * buttons that do not stand out 3:1 from the background), for the console.
 */
export function checkContrast(root: ShadowRoot, scheme: string): string[] {
  // Contrast depends on the computed colours only, not on an entry animation's opacity.
  const problems: string[] = [];
  for (const [selector, what, minimum] of CHECKS) {
    const el = root.querySelector(selector);
    if (!el) continue;
    const ratio = contrast(getComputedStyle(el).color, backgroundOf(el));
    if (ratio < minimum) {
      problems.push(
        `the ${scheme} colours of the ${what} have a contrast of ${ratio.toFixed(2)}:1, below the ${minimum}:1 WCAG AA asks for.`,
      );
    }
  }
  const button = root.querySelector('.button');
  if (button) {
    const ratio = contrast(
      getComputedStyle(button).backgroundColor,
      backgroundOf(button.parentElement),
    );
    if (ratio < 3) {
      problems.push(
        `the ${scheme} buttons (--seloste-accent) stand out from the background only ${ratio.toFixed(2)}:1; WCAG AA asks for 3:1.`,
      );
    }
  }
  return problems;
}
