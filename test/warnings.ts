/**
 * Collects what the code under test says with `console.warn` until `stop()`, instead of letting
 * it through: for tests that check a problem is named.
 *
 * @example
 * const warned = captureWarnings();
 * try { doSomething(); } finally { warned.stop(); }
 * expect(warned.messages).to.deep.equal(['[seloste] …']);
 */
export function captureWarnings(): { messages: string[]; stop(): void } {
  const messages: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void messages.push(args.map(String).join(' '));
  return { messages, stop: () => void (console.warn = original) };
}
