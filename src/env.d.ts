/** A CSS file imported as its (minified) text, for a constructed stylesheet. */
declare module '*.css?inline' {
  const cssText: string;
  export default cssText;
}
