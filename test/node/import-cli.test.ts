// `seloste import` as site owners run it: files, standard input and URLs (a server on this
// machine stands in for the web), the report, and the limits that keep hostile input harmless.
// Runs the command from its source, so it needs no build.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { DocumentError, fetchDocument, readDocument } from '../../src/notice/import/document.js';
import {
  DocumentTooLargeError,
  importNotice,
  MAX_DOCUMENT_CHARACTERS,
} from '../../src/notice/import/index.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixtures = join(root, 'test/fixtures/notices/import');

/** Runs `seloste …` from source, with no terminal and no colours. */
function seloste(args: string[], input?: string) {
  const env = { ...process.env };
  delete env.FORCE_COLOR;
  delete env.NO_COLOR;
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/seloste.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    env,
    input,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Like `seloste`, but without blocking this process, so that the test's server can answer. */
function selosteAsync(
  args: string[],
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/seloste.ts', ...args], {
      cwd: root,
      env: { ...process.env, NO_COLOR: '1' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

const PAGE = readFileSync(join(fixtures, 'page.html'), 'utf8');

/** A web server on this machine: the fixture page, redirects, errors and wrong content. */
function startSite(): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const path = request.url ?? '/';
    if (path === '/tietosuoja') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(PAGE);
    } else if (path === '/vanha-osoite') {
      response.writeHead(301, { location: '/tietosuoja' });
      response.end();
    } else if (path.startsWith('/loop')) {
      response.writeHead(302, { location: `/loop${path.length}` });
      response.end();
    } else if (path === '/tiedostoon') {
      response.writeHead(302, { location: 'file:///etc/passwd' });
      response.end();
    } else if (path === '/kuva') {
      response.writeHead(200, { 'content-type': 'image/png' });
      response.end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    } else if (path === '/iso') {
      response.writeHead(200, { 'content-type': 'text/html' });
      for (let i = 0; i < 20; i++) response.write('<p>Teksti</p>'.repeat(100));
      response.end();
    } else if (path === '/hidas') {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.write('<p>Alku');
    } else {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('Not found');
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }),
    ),
  );
}

describe('seloste import', () => {
  let temp: string;
  let site: { server: Server; url: string };

  before(async () => {
    temp = mkdtempSync(join(tmpdir(), 'seloste-import-'));
    site = await startSite();
  });

  after(() => {
    rmSync(temp, { recursive: true, force: true });
    site.server.closeAllConnections();
    site.server.close();
  });

  it('imports a web page by its address and writes the report as JSON too', async () => {
    const report = join(temp, 'report.json');
    const { status, stdout, stderr } = await selosteAsync([
      'import',
      `${site.url}/vanha-osoite`,
      '--report-json',
      report,
    ]);
    assert.equal(status, 0, stderr);
    assert.equal(JSON.parse(stdout).controller.name, 'Kirjasto-kahvila Sivu Oy');
    assert.match(stderr, /^Read .*\/vanha-osoite \(from .*\/tietosuoja\) as HTML\.$/m);
    assert.match(stderr, /^ {2}Rekisterinpitäjä +→ controller {2}\(line 23\)$/m);
    const json = JSON.parse(readFileSync(report, 'utf8'));
    assert.equal(json.format, 'html');
    assert.deepEqual(json.placed[0], {
      heading: 'Rekisterinpitäjä',
      line: 23,
      lang: 'fi',
      to: 'controller',
      how: 'exact',
    });
    assert.deepEqual(json.validation.errors, []);
    assert.ok(json.validation.notes.some((note: { path: string }) => note.path === 'complaint'));
  });

  it('says clearly why an address cannot be imported', async () => {
    const closed = await new Promise<number>((resolve) => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const { port } = server.address() as AddressInfo;
        server.close(() => resolve(port));
      });
    });
    const cases: [string, RegExp][] = [
      [
        'ftp://example.fi/seloste.txt',
        /^Only http and https addresses can be imported, not ftp:\.$/,
      ],
      [
        'javascript:alert(1)',
        /^"javascript:alert\(1\)" is not a web address\.$|^Only http and https/,
      ],
      [`${site.url}/tiedostoon`, /not file: \(.*\/tiedostoon redirects there\)\.$/],
      [`${site.url}/puuttuu`, /answered 404 Not Found: there is no such page\.$/],
      [`${site.url}/loop`, /redirects more than 5 times; stopped at .*\/loop/],
      [`${site.url}/kuva`, /is image\/png, not a web page, text or Word document\.$/],
      [`http://127.0.0.1:${closed}/`, /^127\.0\.0\.1:\d+ refused the connection\.$/],
    ];
    for (const [address, message] of cases) {
      await assert.rejects(fetchDocument(address), { name: 'DocumentError', message }, address);
    }
    const { status, stdout, stderr } = await selosteAsync(['import', 'ftp://example.fi/x.txt']);
    assert.equal(status, 1);
    assert.equal(stdout, '');
    assert.equal(stderr, 'seloste: Only http and https addresses can be imported, not ftp:.\n');
  });

  it('reads standard input, and the Word fixture', () => {
    const text = readFileSync(join(fixtures, 'registerbeskrivning.txt'), 'utf8');
    const fromStdin = seloste(['import', '-'], text);
    assert.equal(fromStdin.status, 0, fromStdin.stderr);
    assert.deepEqual(JSON.parse(fromStdin.stdout).languages, ['sv']);
    const word = seloste(['import', join(fixtures, 'lakitoimisto.docx')]);
    assert.equal(word.status, 0, word.stderr);
    assert.equal(JSON.parse(word.stdout).controller.name, 'Lakitoimisto Pykälä Oy');
    assert.match(word.stderr, /Read the Word document through mammoth/);
  });

  it('refuses a file larger than 10 MB at once, with the reason', () => {
    const big = join(temp, 'iso.txt');
    writeFileSync(big, 'Rekisterinpitäjä\n\nKuura Oy\n\n'.repeat(400_000));
    const { status, stdout, stderr } = seloste(['import', big]);
    assert.equal(status, 1);
    assert.equal(stdout, '');
    assert.match(stderr, /is larger than 10 MB; a privacy notice is far smaller/);
  });

  it('imports the second notice of a document with --part 2', () => {
    const { status, stdout, stderr } = seloste([
      'import',
      join(fixtures, 'kaksi-rekisteria.ftl'),
      '--part',
      '2',
    ]);
    assert.equal(status, 0, stderr);
    assert.deepEqual(JSON.parse(stdout).registerName, {
      fi: 'Talkoorekisteri',
      sv: 'Talkoregistret',
    });
    assert.match(stderr, /The document holds 2 notices; this is number 2\./);
    assert.equal(seloste(['import', 'a.txt', '--part', 'kaksi']).status, 2);
  });
});

describe('fetching a document', () => {
  let site: { server: Server; url: string };
  before(async () => (site = await startSite()));
  after(() => {
    site.server.closeAllConnections();
    site.server.close();
  });

  it('follows redirects and names the final address', async () => {
    const page = await fetchDocument(`${site.url}/vanha-osoite`);
    assert.equal(page.url, `${site.url}/tietosuoja`);
    assert.equal(page.filename, 'tietosuoja.html');
    assert.match(new TextDecoder().decode(page.bytes), /Kirjasto-kahvila Sivu Oy/);
  });

  it('gives up on a page that does not finish in time, or grows too large', async () => {
    await assert.rejects(fetchDocument(`${site.url}/hidas`, { timeout: 300 }), {
      name: 'DocumentError',
      message: /did not finish loading within 0\.3 s/,
    });
    await assert.rejects(fetchDocument(`${site.url}/iso`, { maxBytes: 5000 }), {
      message: /is larger than 0\.0 MB, more than a privacy notice can be/,
    });
  });
});

describe('the limits on hostile input', () => {
  it('refuses a document longer than any notice', () => {
    assert.throws(
      () => importNotice('x'.repeat(MAX_DOCUMENT_CHARACTERS + 1), { today: '2026-11-22' }),
      DocumentTooLargeError,
    );
  });

  it('imports in time linear in the length of the document, however often a heading repeats', () => {
    // Counted, not timed: how often the importer looks a name up. A thousand sections of one name
    // once cost a thousand look-ups each.
    const document = (count: number) =>
      `Rekisterinpitäjä\n\nKuura Oy\n\n${'Asiakaspalautteet\n\nPalautteet luetaan viikoittain.\n\n'.repeat(count)}`;
    const lookUps = (count: number) => {
      const has = Set.prototype.has;
      let calls = 0;
      Set.prototype.has = function (this: Set<unknown>, value: unknown) {
        calls++;
        return has.call(this, value);
      };
      try {
        const { notice } = importNotice(document(count), { today: '2026-11-22', lang: 'fi' });
        assert.equal(notice.extraSections?.length, count);
      } finally {
        Set.prototype.has = has;
      }
      return calls;
    };
    assert.ok(lookUps(2000) / lookUps(1000) < 2.5);
  });

  it('refuses a Word file that unpacks to more than a notice can be, an old .doc and a PDF', async () => {
    // A ZIP whose directory says its one file unpacks to 4 GB.
    const bomb = Buffer.alloc(22 + 46 + 13 + 30 + 13);
    bomb.writeUInt32LE(0x04034b50, 0);
    const directory = 30 + 13;
    bomb.writeUInt32LE(0x02014b50, directory);
    bomb.writeUInt32LE(0xfffffff0, directory + 24);
    bomb.writeUInt16LE(13, directory + 28);
    const end = directory + 46 + 13;
    bomb.writeUInt32LE(0x06054b50, end);
    bomb.writeUInt16LE(1, end + 10);
    bomb.writeUInt32LE(directory, end + 16);
    await assert.rejects(readDocument(bomb, 'seloste.docx'), {
      message: /unpacks to 4096\.0 MB, more than a Word notice can be/,
    });
    await assert.rejects(readDocument(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0]), 'seloste.doc'), {
      message: /old Word file \(\.doc\)/,
    });
    await assert.rejects(readDocument(Buffer.from('%PDF-1.7'), 'seloste.pdf'), DocumentError);
  });
});
