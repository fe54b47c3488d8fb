/**
 * `seloste scan` on a site where everything goes wrong: every fault gets its own clear line on
 * its page, the scan goes on past it, and the report is still made.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { htmlReport } from '../../src/scan/report-html.js';
import { jsonReport } from '../../src/scan/report.js';
import { scanSite } from '../../src/scan/scan.js';
import { describe as say } from '../../src/scan/texts.js';
import type { Note, PageResult, ScanReport } from '../../src/scan/types.js';
import { startFaultySite, type FaultySite } from '../scan/faulty-site.js';
import { FAST } from '../scan/harness.js';

let site: FaultySite;
let report: ScanReport;

before(async () => {
  site = await startFaultySite();
  report = await scanSite({
    url: new URL(`${site.origin}/`),
    pages: 10,
    lang: 'en',
    timing: { ...FAST, settleMax: 2000 },
  });
});
after(() => site.close());

const page = (path: string): PageResult => {
  const found = report.pages.find((p) => p.url.endsWith(path));
  if (!found) throw new Error(`no page ${path} in ${report.pages.map((p) => p.url).join(', ')}`);
  return found;
};

/** Every note of a page: its own and its phases'. */
const notes = (p: PageResult): Note[] => [
  ...p.notes,
  ...Object.values(p.phases).flatMap((phase) => phase.notes),
];
const codesOf = (p: PageResult) => notes(p).map((note) => note.code);

describe('a site full of faults', () => {
  it('scans every http(s) page it links to, and nothing else', () => {
    const port = new URL(site.origin).port;
    assert.deepEqual(report.pages.map((p) => p.url.replace(`:${port}/`, ':PORT/')).sort(), [
      `http://localhost:${site.down}/down`,
      'http://localhost:PORT/',
      'http://localhost:PORT/big.html',
      'http://localhost:PORT/hang.html',
      'http://localhost:PORT/loop',
      'http://localhost:PORT/throws.html',
      'https://localhost:PORT/tls',
    ]);
  });

  it('names an unreachable host, a TLS error and a redirect loop, and skips their checks', () => {
    for (const [path, code] of [
      ['/down', 'unreachable'],
      ['/tls', 'tls'],
      ['/loop', 'redirect-loop'],
    ] as const) {
      const p = page(path);
      assert.equal(p.scanned, false, path);
      assert.deepEqual(
        p.notes.map((note) => note.code),
        [code],
        path,
      );
      assert.ok(
        p.checks.every((check) => check.status === 'skip'),
        path,
      );
    }
    assert.equal(
      say(page('/down').notes[0]!, 'en'),
      `Could not connect to localhost:${site.down} (ERR_CONNECTION_REFUSED).`,
    );
  });

  it('scans a page that never settles as it was, saying so', () => {
    const p = page('/hang.html');
    assert.equal(p.scanned, true);
    assert.ok(codesOf(p).includes('never-settled'), codesOf(p).join(', '));
    assert.ok(codesOf(p).includes('never-loaded'), codesOf(p).join(', '));
  });

  it("reports a banner's failing script and goes on with the other phases", () => {
    const p = page('/throws.html');
    const errors = notes(p)
      .filter((note) => note.code === 'script-error')
      .map((note) => note.values?.error);
    assert.ok(errors.includes('banner exploded'), errors.join(', '));
    assert.ok(errors.includes('accept exploded'), errors.join(', '));
    assert.equal(p.phases.accept.status, 'done');
  });

  it('leaves a 20 MB page out, saying why, without loading it three times', () => {
    const p = page('/big.html');
    assert.equal(p.scanned, false);
    assert.deepEqual(
      p.notes.map((note) => [note.code, note.values?.limit]),
      [['too-large', 10]],
    );
  });

  it('still makes both reports, with a line for every fault', () => {
    const html = htmlReport(report);
    for (const line of [
      'Could not connect to localhost:',
      'larger than 10 MB; it was not scanned',
      'redirects in a loop',
      'The secure connection to localhost',
      'banner exploded',
    ]) {
      assert.ok(html.includes(line), line);
    }
    const json = JSON.parse(jsonReport(report));
    assert.equal(json.summary.pages, 3);
    assert.equal(json.summary.unscanned, 4);
  });
});
