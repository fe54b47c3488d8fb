// `seloste validate` on hostile notices, and `seloste preview` serving a notice in the built
// modal with its validation beside it. Runs the command from its source; the preview needs the
// widget built (npm run build), and builds it when it is not.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const command = ['--import', 'tsx', 'src/cli/seloste.ts'];

function seloste(...args: string[]) {
  const run = spawnSync(process.execPath, [...command, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('seloste validate on hostile notices', () => {
  let temp: string;
  before(() => (temp = mkdtempSync(join(tmpdir(), 'seloste-validate-'))));
  after(() => rmSync(temp, { recursive: true, force: true }));

  it('summarises 150 000 errors instead of crashing', () => {
    const notice: Record<string, unknown> = {
      version: 1,
      updated: '2025-01-01',
      controller: { name: 'X' },
    };
    for (let i = 0; i < 150_000; i++) notice[`kentta${i}`] = i;
    const file = join(temp, 'many.json');
    writeFileSync(file, JSON.stringify(notice));
    const { status, stdout, stderr } = seloste('validate', file);
    assert.equal(status, 1);
    assert.equal(stderr, '');
    const lines = stdout.trimEnd().split('\n');
    assert.equal(lines.filter((line) => line.startsWith('  error')).length, 50);
    assert.match(stdout, /^ {2}… and 149950 more errors, not listed: fix the ones above first\.$/m);
    assert.match(lines.at(-1)!, /many\.json: 150000 errors, 0 warnings$/);
  });

  it('says that JSON nested too deeply is not a notice', () => {
    const file = join(temp, 'deep.json');
    writeFileSync(file, '['.repeat(1_000_000));
    const { status, stderr } = seloste('validate', file);
    assert.equal(status, 1);
    assert.match(stderr, /^seloste: .*deep\.json is not valid JSON: /);
    assert.doesNotMatch(stderr, /\n\s+at /);
  });

  it('notes a topic covered inside another section instead of calling it missing', () => {
    const file = join(temp, 'covered.json');
    writeFileSync(
      file,
      JSON.stringify({
        version: 1,
        updated: '2025-01-01',
        controller: { name: 'Kuura Oy', email: 'info@kuura.example' },
        rights: { fi: 'Voit tehdä valituksen tietosuojavaltuutetulle.' },
      }),
    );
    const { stdout } = seloste('validate', file);
    assert.match(stdout, /^ {2}note {5}complaint +No section of its own, but rights speaks of it/m);
    assert.doesNotMatch(stdout, /complaint +Missing/);
  });
});

describe('seloste preview', () => {
  let temp: string;
  before(() => {
    temp = mkdtempSync(join(tmpdir(), 'seloste-preview-'));
    if (!existsSync(join(root, 'dist/seloste.js'))) {
      const build = spawnSync('npm', ['run', 'build'], { cwd: root, encoding: 'utf8' });
      assert.equal(build.status, 0, build.stderr);
    }
  });
  after(() => rmSync(temp, { recursive: true, force: true }));

  /** Starts the preview of `file`; resolves with its URL and a way to stop it. */
  function preview(file: string) {
    const child = spawn(process.execPath, [...command, 'preview', file], {
      cwd: root,
      env: { ...process.env, NO_COLOR: '1' },
    });
    let stdout = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    const url = new Promise<string>((resolve, reject) => {
      child.stdout.on('data', () => {
        const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(stdout);
        if (found) resolve(found[0]);
      });
      child.on('close', (status) => reject(new Error(`preview ended (${status}): ${stdout}`)));
    });
    const stop = () =>
      new Promise<{ status: number | null; stdout: string }>((resolve) => {
        child.on('close', (status) => resolve({ status, stdout }));
        child.kill('SIGINT');
      });
    return { url, stop };
  }

  it('serves the modal with a language switch and the validation, and stops on Ctrl-C', async () => {
    const file = join(temp, 'notice.json');
    const notice = {
      version: 1,
      updated: '2025-01-01',
      controller: { name: 'Kuura Oy', email: 'info@kuura.example' },
      purposes: { fi: 'Tilaukset.', sv: 'Beställningar.' },
    };
    writeFileSync(file, JSON.stringify(notice));
    const { url, stop } = preview(file);
    const base = await url;
    try {
      const page = await (await fetch(`${base}?lang=sv`)).text();
      assert.match(page, /<iframe src="\/frame\?lang=sv#tietosuojaseloste"/);
      assert.match(page, /<strong aria-current="page">Swedish<\/strong>/);
      assert.match(page, /The notice is valid, with warnings\./);
      assert.match(page, /<li class="warning"><code>retention<\/code> Missing: say how long/);
      assert.match(page, /<li class="warning"><code>purposes\.fi<\/code>|<code>legalBasis<\/code>/);

      const frame = await (await fetch(`${base}frame?lang=sv`)).text();
      assert.match(
        frame,
        /<script src="\/seloste\.js" defer data-notice="\/notice\.json" data-lang="sv"/,
      );
      assert.deepEqual(await (await fetch(`${base}notice.json`)).json(), notice);
      const script = await fetch(`${base}seloste.js`);
      assert.equal(script.status, 200);
      assert.match(script.headers.get('content-type') ?? '', /^text\/javascript/);
      for (const path of [
        '%2e%2e/package.json',
        '..%2F..%2Fpackage.json',
        'cli/seloste.mjs',
        'nope.js',
      ]) {
        assert.equal((await fetch(`${base}${path}`)).status, 404, path);
      }
      assert.equal((await fetch(base, { method: 'POST' })).status, 405);

      // Edits show on reload; a broken notice is named, escaped, as broken.
      writeFileSync(
        file,
        JSON.stringify({ ...notice, controller: { name: '<b>X</b>', email: 'x' } }),
      );
      const broken = await (await fetch(base)).text();
      assert.match(broken, /The notice has errors: the modal cannot show it/);
      assert.match(broken, /<code>controller\.email<\/code> &#34;x&#34; is not an email address\./);
    } finally {
      const { status, stdout } = await stop();
      assert.equal(status, 0);
      assert.match(stdout, /Press Ctrl-C to stop\.\nStopped\.\n$/);
    }
  });

  it('refuses to start without a notice file', () => {
    assert.match(seloste('preview', join(temp, 'missing.json')).stderr, /no such file/);
    assert.equal(seloste('preview', '-').status, 2);
    assert.ok(readFileSync(join(root, 'dist/seloste.js')).length > 0);
  });
});
