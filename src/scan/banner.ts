/**
 * Finding a consent banner's controls. On a Seloste site, the real buttons of
 * `<seloste-banner>` and `<seloste-preferences>` (their `part` names); elsewhere, buttons and
 * links by their accessible names in Finnish, Swedish and English, in the page or any frame
 * (many consent tools draw their banner in an iframe).
 */
import type { Frame, Locator, Page } from 'playwright-core';
import { measureControl } from './probe.js';
import type { ControlInfo } from './types.js';

export type ControlName = 'accept' | 'reject' | 'settings';

/** A whole accessible name, give or take case, spaces and a closing punctuation mark. */
const names = (alternatives: string[]) =>
  new RegExp(`^\\s*(${alternatives.join('|')})\\s*[.!›»→]?\\s*$`, 'iu');

/**
 * Accessible names of the controls of consent banners, in Finnish, Swedish and English.
 *
 * @example
 * CONTROL_NAMES.reject.test('Hylkää kaikki') // true
 * CONTROL_NAMES.accept.test('Hyväksy vain välttämättömät') // false
 */
export const CONTROL_NAMES: Record<ControlName, RegExp> = {
  accept: names([
    'hyväksy kaikki( evästeet)?',
    'hyväksy( evästeet)?',
    'salli kaikki( evästeet)?',
    'salli evästeet',
    'hyväksyn( kaikki)?',
    'accept all( cookies)?',
    'accept( cookies)?',
    'allow all( cookies)?',
    'allow cookies',
    'i accept',
    'agree( to all)?',
    'i agree',
    'godkänn alla( kakor| cookies)?',
    'godkänn( kakor| cookies)?',
    'acceptera alla( kakor| cookies)?',
    'acceptera( kakor| cookies)?',
    'tillåt alla( kakor| cookies)?',
    'jag godkänner',
  ]),
  reject: names([
    'hylkää kaikki( evästeet)?',
    'hylkää( evästeet)?',
    'kieltäydy( kaikista)?( evästeistä)?',
    'en hyväksy',
    'vain välttämättömät( evästeet)?',
    'hyväksy vain välttämättömät( evästeet)?',
    'salli vain välttämättömät( evästeet)?',
    'käytä vain välttämättömiä( evästeitä)?',
    'reject all( cookies)?',
    'reject( cookies)?',
    'decline all( cookies)?',
    'decline( cookies)?',
    'deny all( cookies)?',
    'deny',
    'refuse all( cookies)?',
    'refuse',
    '(use |allow |accept )?(only )?(necessary|essential|required) cookies( only)?',
    '(necessary|essential) only',
    'avvisa alla( kakor| cookies)?',
    'avvisa( kakor| cookies)?',
    'neka alla( kakor| cookies)?',
    'neka',
    '(godkänn |tillåt |acceptera )?(endast|bara) nödvändiga( kakor| cookies)?',
  ]),
  settings: names([
    'evästeasetukset',
    'muuta evästeasetuksia',
    'evästeiden asetukset',
    'hallinnoi evästeitä',
    'evästeet',
    'tietosuoja-asetukset',
    'cookie settings',
    'cookie preferences',
    'change cookie settings',
    'manage cookies',
    'manage consent',
    'privacy settings',
    'cookies',
    'cookieinställningar',
    'kakinställningar',
    'inställningar för kakor',
    'hantera kakor',
    'ändra kakinställningar',
  ]),
};

/** The `part` names of Seloste's banner and preferences buttons. */
const SELOSTE: Record<ControlName, string> = {
  accept: 'seloste-banner [part~="accept"]',
  reject: 'seloste-banner [part~="reject"]',
  settings: '[data-seloste-open="settings"]',
};

/** A control found on the page: where it is, and its role and name. */
export interface Control {
  locator: Locator;
  role: 'button' | 'link';
  label: string;
}

/** The first visible control among these locators, if any. */
async function firstVisible(
  candidates: [Locator, 'button' | 'link'][],
): Promise<Control | undefined> {
  for (const [locator, role] of candidates) {
    const count = await locator.count().catch(() => 0);
    for (let i = 0; i < Math.min(count, 5); i++) {
      const one = locator.nth(i);
      if (await one.isVisible().catch(() => false)) {
        const label = ((await one.innerText({ timeout: 1000 }).catch(() => '')) || '').trim();
        return { locator: one, role, label: label.replace(/\s+/g, ' ').slice(0, 80) };
      }
    }
  }
  return undefined;
}

/** A control of any banner by its accessible name, in the page or any of its frames. */
export function findByName(page: Page, name: ControlName): Promise<Control | undefined> {
  const frames: Frame[] = page.frames();
  return firstVisible(
    frames.flatMap((frame) => [
      [frame.getByRole('button', { name: CONTROL_NAMES[name] }), 'button'] as [Locator, 'button'],
      [frame.getByRole('link', { name: CONTROL_NAMES[name] }), 'link'] as [Locator, 'link'],
    ]),
  );
}

/** A control of Seloste's banner (`accept`, `reject`) or a settings link of the page. */
export function findSeloste(page: Page, name: ControlName): Promise<Control | undefined> {
  return firstVisible([[page.locator(SELOSTE[name]), name === 'settings' ? 'link' : 'button']]);
}

/** The reject button of Seloste's preferences dialog. */
export const selostePreferencesReject = (page: Page) =>
  firstVisible([[page.locator('seloste-preferences [part~="reject"]'), 'button']]);

/**
 * Looks for a control until it shows up or `ms` have passed: banners often appear a moment
 * after the page has loaded.
 */
export async function waitForControl(
  find: () => Promise<Control | undefined>,
  ms: number,
): Promise<Control | undefined> {
  const until = Date.now() + ms;
  for (;;) {
    const control = await find();
    if (control || Date.now() >= until) return control;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

/** Size and contrast of a control, for comparing Reject with Accept. */
export async function describeControl(control: Control): Promise<ControlInfo | null> {
  const measured = await control.locator.evaluate(measureControl).catch(() => null);
  return measured && { label: control.label, role: control.role, ...measured };
}
