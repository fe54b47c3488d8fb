/**
 * From an owner's old notice to the visitor's modal, with the built command and widget:
 * `seloste import` a document in two languages, `seloste validate` the result, `seloste preview`
 * it, and read it in Seloste's modal in Chromium, in Finnish and in Swedish.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/browser.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const seloste = (...args: string[]) =>
  spawnSync(process.execPath, ['bin/seloste.mjs', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });

describe('import → validate → the modal', () => {
  let temp: string;
  let browser: Browser;
  before(async () => {
    temp = mkdtempSync(join(tmpdir(), 'seloste-e2e-import-'));
    browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  });
  after(async () => {
    await browser.close();
    rmSync(temp, { recursive: true, force: true });
  });

  it('shows an imported two-language notice in the modal, in each language', async () => {
    const imported = seloste('import', 'test/fixtures/notices/import/kaksi-rekisteria.ftl');
    assert.equal(imported.status, 0, imported.stderr);
    const file = join(temp, 'notice.json');
    writeFileSync(file, imported.stdout);
    const validated = seloste('validate', file);
    assert.equal(validated.status, 0, validated.stdout);

    const child = spawn(process.execPath, ['bin/seloste.mjs', 'preview', file], { cwd: root });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk) => {
          out += chunk;
          const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
          if (found) resolve(found[0]);
        });
        child.on('close', () => reject(new Error(out)));
      });
      const page = await browser.newPage();
      await page.goto(url);
      const modal = page.frameLocator('iframe').locator('seloste-notice dialog[open]');
      await modal.getByRole('heading', { name: 'Tietosuojaseloste', level: 2 }).waitFor();
      await modal.getByRole('heading', { name: /Rekisterinpitäjä/ }).waitFor();
      assert.match(await modal.locator('address').first().innerText(), /Venekerho Laine ry/);
      assert.match(await modal.innerText(), /Jäsenmaksujen perintä ja venepaikkojen jako\./);
      assert.match(await page.locator('aside').innerText(), /The notice is valid, with warnings\./);

      await page.getByRole('link', { name: 'Swedish' }).click();
      const svModal = page.frameLocator('iframe').locator('seloste-notice dialog[open]');
      await svModal.getByRole('heading', { name: 'Dataskyddsbeskrivning', level: 2 }).waitFor();
      await svModal.getByRole('heading', { name: /Personuppgiftsansvarig/ }).waitFor();
      assert.match(await svModal.locator('address').first().innerText(), /Båtklubben Laine rf/);
      assert.match(await svModal.innerText(), /Indrivning av medlemsavgifter/);
      await page.close();
    } finally {
      child.kill('SIGINT');
    }
  });
});
