/**
 * `seloste scan` as a site owner runs it: the built command against the demo (all green), and
 * the ways it can be used wrong or fail (a bad URL, no browser, a host that is down).
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { serve } from '../../scripts/serve.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The environment without colour settings (and with changes). */
const environment = (changes: Record<string, string> = {}) => {
  const env: Record<string, string | undefined> = { ...process.env, ...changes };
  delete env.FORCE_COLOR;
  delete env.NO_COLOR;
  return env;
};

/** `seloste <args>` run to its end, for commands that need no server of this process. */
function seloste(args: string[], env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, ['bin/seloste.mjs', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: environment(env),
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** `seloste <args>` without blocking this process (which serves the site being scanned). */
function selosteAsync(args: string[]) {
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, ['bin/seloste.mjs', ...args], {
      cwd: root,
      env: environment(),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

let temp: string;
before(() => {
  const build = spawnSync(process.execPath, ['scripts/build-cli.mjs'], {
    cwd: root,
    encoding: 'utf8',
  });
  assert.equal(build.status, 0, build.stderr);
  temp = mkdtempSync(join(tmpdir(), 'seloste-scan-'));
});
after(() => rmSync(temp, { recursive: true, force: true }));

describe('seloste scan on the demo', () => {
  let server: Awaited<ReturnType<typeof serve>>;
  before(async () => {
    if (!existsSync(join(root, 'dist/seloste.js'))) throw new Error('Run `npm run build` first.');
    server = await serve({ port: 0 });
  });
  after(() => new Promise((resolve) => server.close(resolve)));

  it('is all green, end to end, and writes both reports', async () => {
    const { port } = server.address() as AddressInfo;
    const html = join(temp, 'demo.html');
    const json = join(temp, 'demo.json');
    const run = await selosteAsync([
      'scan',
      `http://localhost:${port}/`,
      '--settle',
      '0.3',
      '--lang',
      'fi',
      '--out',
      html,
      '--json',
      json,
    ]);
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.equal((run.stdout.match(/^✔ /gm) ?? []).length, 8, run.stdout);
    assert.match(run.stdout, /Ongelmia ei löytynyt: 0 ongelmaa, 0 huomiota\./);
    const report = JSON.parse(readFileSync(json, 'utf8'));
    assert.equal(report.tool, 'seloste scan');
    assert.equal(report.summary.status, 'pass');
    assert.deepEqual(
      report.pages.map((page: { url: string }) => new URL(page.url).pathname),
      ['/', '/strict-csp.html'],
    );
    for (const page of report.pages) {
      assert.deepEqual(
        page.checks.map((check: { status: string }) => check.status),
        Array(8).fill('pass'),
        page.url,
      );
    }
    const page = readFileSync(html, 'utf8');
    assert.match(page, /<strong>Ongelmia ei löytynyt<\/strong>/);
    assert.doesNotMatch(
      page,
      /<script|<link|src=|@import|url\(/i,
      'self-contained, nothing to fetch',
    );
  });
});

describe('seloste scan, used wrong or failing', () => {
  it('refuses an address that is not http(s), with exit status 2', () => {
    const run = seloste(['scan', 'ftp://kuura.example/']);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /only http:\/\/ and https:\/\/ addresses can be scanned/);
    const bare = seloste(['scan', 'kuura.example']);
    assert.equal(bare.status, 2);
    assert.match(bare.stderr, /is not a URL\. Give the whole address/);
  });

  it('refuses bad options', () => {
    const run = seloste(['scan', 'https://kuura.example/', '--fail-on', 'sometimes']);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /--fail-on must be one of violation, warning, never/);
    assert.equal(seloste(['scan', 'https://kuura.example/', '--pages', '-1']).status, 2);
  });

  it('says how to install a browser when there is none, with exit status 2', () => {
    const run = seloste(['scan', 'https://kuura.example/'], {
      CHROME_PATH: join(temp, 'no-chrome'),
    });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /does not exist/);
    assert.match(run.stderr, /sudo apt-get install chromium/);
    assert.match(run.stderr, /CHROME_PATH/);
  });

  it('still writes its report when the site is down, with exit status 2', async () => {
    // A port that was free a moment ago (Chrome refuses low ports such as 9 on its own).
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise((resolve) => probe.close(resolve));
    const html = join(temp, 'down.html');
    const json = join(temp, 'down.json');
    const run = seloste(['scan', `http://127.0.0.1:${port}/`, '--out', html, '--json', json]);
    assert.equal(run.status, 2, run.stderr);
    assert.match(
      run.stdout,
      new RegExp(`Could not connect to 127\\.0\\.0\\.1:${port} \\(ERR_CONNECTION_REFUSED\\)`),
    );
    const report = JSON.parse(readFileSync(json, 'utf8'));
    assert.equal(report.summary.status, 'error');
    assert.equal(report.pages[0].notes[0].code, 'unreachable');
    assert.match(report.pages[0].notes[0].message, /^Could not connect/);
    assert.match(readFileSync(html, 'utf8'), /The scan could not run/);
  });

  it('has its own help, and is listed in the main help', () => {
    const help = seloste(['scan', '--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /--fail-on violation\|warning\|never/);
    assert.match(seloste(['--help']).stdout, /^ {2}scan {7}/m);
  });
});
