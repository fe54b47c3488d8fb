// The `seloste` command end to end: built as it ships, run as site owners run it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixtures = 'test/fixtures/notices';

/** Runs `node <args>` in the project, with no terminal and no colour settings. */
function node(...args: string[]) {
  const env = { ...process.env };
  delete env.FORCE_COLOR;
  delete env.NO_COLOR;
  const run = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', env });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const seloste = (...args: string[]) => node('bin/seloste.mjs', ...args);

describe('seloste command', () => {
  let temp: string;

  before(() => {
    const build = node('scripts/build-cli.mjs');
    assert.equal(build.status, 0, build.stderr);
    temp = mkdtempSync(join(tmpdir(), 'seloste-cli-'));
  });

  after(() => rmSync(temp, { recursive: true, force: true }));

  it('accepts a valid notice with exit status 0', () => {
    const { status, stdout, stderr } = seloste('validate', 'demo/tietosuojaseloste.json');
    assert.equal(status, 0, stderr);
    assert.equal(stdout, '✓ demo/tietosuojaseloste.json is a valid notice\n');
  });

  it('lists warnings with their paths but still exits with 0', () => {
    const { status, stdout } = seloste('validate', `${fixtures}/valid/minimal.json`);
    assert.equal(status, 0);
    assert.match(stdout, /^ {2}warning {2}retention +Missing: say how long the data is kept/m);
    assert.match(stdout, /^ {2}warning {2}complaint +Missing:/m);
    assert.match(
      stdout,
      /✓ test\/fixtures\/notices\/valid\/minimal\.json is a valid notice \(8 warnings\)\n$/,
    );
  });

  it('rejects a broken notice with exit status 1, naming the paths, without colour', () => {
    const broken = join(temp, 'broken.json');
    writeFileSync(
      broken,
      JSON.stringify({
        version: 1,
        updated: '2025-02-30',
        controller: { name: 'Verhoomo Vanu Oy', email: 'info(at)vanu.example' },
        retension: 'Kaksi vuotta.',
      }),
    );
    const { status, stdout } = seloste('validate', broken);
    assert.equal(status, 1);
    assert.match(stdout, /^ {2}error {4}updated +There is no such date as 2025-02-30\.$/m);
    assert.match(
      stdout,
      /^ {2}error {4}controller\.email +"info\(at\)vanu\.example" is not an email address\.$/m,
    );
    assert.match(
      stdout,
      /^ {2}error {4}retension +Unknown property "retension"\. Did you mean "retention"\?$/m,
    );
    assert.match(stdout, /✗ .*broken\.json: 3 errors, \d+ warnings\n$/);
    assert.doesNotMatch(stdout, /\x1b\[/);
  });

  it('says where a file is not valid JSON', () => {
    const bad = join(temp, 'bad.json');
    writeFileSync(bad, '{\n  "version": 1,\n  "updated": "2025-01-01",\n}\n');
    const { status, stderr } = seloste('validate', bad);
    assert.equal(status, 1);
    assert.match(stderr, /bad\.json is not valid JSON: .*\(line 4, column 1\)/);
  });

  it('turns a published notice into one that validates', () => {
    const imported = seloste('import', `${fixtures}/import/pesula.html`);
    assert.equal(imported.status, 0, imported.stderr);
    assert.match(imported.stderr, /^Read .*pesula\.html as HTML\.$/m);
    assert.match(imported.stderr, /^ {2}Asiakaskortti +→ extraSections\[0\] {2}\(line 83\)$/m);
    assert.match(
      imported.stderr,
      /^Could not place:\n {2}- "Asiakaskortti" \(line 83\): not a heading Seloste knows/m,
    );
    assert.match(imported.stderr, /The notice is valid, with \d+ warnings/);
    const notice = JSON.parse(imported.stdout);
    assert.equal(notice.controller.name, 'Pesula Pyykkipoika Oy');

    const file = join(temp, 'pesula.json');
    writeFileSync(file, imported.stdout);
    const validated = seloste('validate', file);
    assert.equal(validated.status, 0, validated.stdout);
  });

  it('takes the language it is told', () => {
    const { status, stdout } = seloste('import', `${fixtures}/import/marks.txt`, '--lang', 'sv');
    assert.equal(status, 0);
    assert.deepEqual(JSON.parse(stdout).languages, ['sv']);
  });

  it('reads older files saved in Windows-1252', () => {
    const file = join(temp, 'vanha.txt');
    const text = readFileSync(join(root, fixtures, 'import/marks.txt'), 'utf8');
    writeFileSync(file, Buffer.from(text.replace(/[^\x00-\xff]/g, '-'), 'latin1'));
    const { status, stdout, stderr } = seloste('import', file);
    assert.equal(status, 0, stderr);
    assert.match(stderr, /\(in Windows-1252, not UTF-8\)/);
    assert.equal(JSON.parse(stdout).controller.name, 'Kirjakauppa Kaarna Oy');
  });

  it('fails with exit status 1 on input it cannot read', () => {
    const missing = seloste('import', 'no-such-notice.txt');
    assert.equal(missing.status, 1);
    assert.equal(missing.stderr, 'seloste: Cannot read no-such-notice.txt: no such file.\n');
    assert.equal(missing.stdout, '');

    const binary = join(temp, 'image.png');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]));
    assert.equal(seloste('import', binary).status, 1);

    const empty = join(temp, 'empty.txt');
    writeFileSync(empty, '\n\n');
    assert.match(seloste('import', empty).stderr, /empty: nothing to import/);
  });

  it('explains a wrong command line with exit status 2', () => {
    for (const args of [
      [],
      ['check', 'notice.json'],
      ['validate'],
      ['import', 'a.txt', 'b.txt'],
      ['import', 'a.txt', '--lang', 'de'],
      ['validate', 'a.json', '--nope'],
    ]) {
      const { status, stderr } = seloste(...args);
      assert.equal(status, 2, args.join(' '));
      assert.match(stderr, /^seloste: .+\nRun seloste --help for usage\.\n$/, args.join(' '));
    }
  });

  it('shows help and its version', () => {
    const help = seloste('--help');
    assert.equal(help.status, 0);
    assert.match(help.stdout, /^Usage: seloste <command> \[options\]/);
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    assert.equal(seloste('--version').stdout, `${version}\n`);
  });
});
