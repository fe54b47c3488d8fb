/**
 * Whether the browser sends the Global Privacy Control signal (`navigator.globalPrivacyControl`,
 * Firefox, Brave, DuckDuckGo and extensions): a request not to sell or share the visitor's data,
 * which Seloste reads as refusing marketing unless the visitor allows it (`data-gpc`).
 */
export const gpcSignal = (): boolean =>
  (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl === true;
