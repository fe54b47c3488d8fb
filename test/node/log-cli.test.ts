// `seloste log`'s command line: what it refuses, and how it says so. (The service itself runs in
// log-service.test.ts.)
import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { command } from '../../src/cli/log.js';
import { InputError, UsageError } from '../../src/cli/common.js';
import { cutoff, describeAge, parseAge } from '../../src/log/retention.js';
import { seloste } from './log-process.js';

describe('seloste log command line', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env.SELOSTE_LOG_TOKEN = saved.SELOSTE_LOG_TOKEN;
    process.env.DATABASE_URL = saved.DATABASE_URL;
    for (const key of ['SELOSTE_LOG_TOKEN', 'DATABASE_URL'] as const) {
      if (saved[key] === undefined) delete process.env[key];
    }
  });

  it('is listed in seloste --help, with its own help', () => {
    const list = seloste(['--help']);
    assert.match(list.stdout, /^ {2}log {8}Run the consent log service/m);
    const own = seloste(['log', '--help']);
    assert.equal(own.status, 0);
    assert.match(own.stdout, /^Usage: seloste log serve \[options\]/);
    assert.match(own.stdout, /SELOSTE_LOG_TOKEN/);
  });

  it('refuses a wrong command line with the reason', async () => {
    const cases: [string[], RegExp][] = [
      [[], /Say what to do: seloste log serve/],
      [['start'], /Unknown action "start": use serve or purge/],
      [
        ['serve', '--origin', 'https://kahvipuoti.example/kassa'],
        /scheme and host only: https:\/\/kahvipuoti\.example \(not/,
      ],
      [['serve', '--origin', 'kahvipuoti.example'], /e\.g\. https:\/\/shop\.example\.fi/],
      [['serve', '--retention', '3 years'], /--retention must be a number and d, w, m or y/],
      [['serve', '--port', '99999'], /--port must be a whole number from 0 to 65535/],
      [['serve', '--older-than', '36m'], /--older-than is for purge; serve takes --retention/],
      [['purge'], /--older-than 36m/],
      [['purge', '--older-than', '0d'], /--older-than must be a number and d, w, m or y/],
      [
        ['purge', '--older-than', '36m', '--origin', 'https://kahvipuoti.example'],
        /--origin is for serve/,
      ],
    ];
    for (const [args, message] of cases) {
      await assert.rejects(command.run(args), (error: Error) => {
        assert.ok(error instanceof UsageError, `${args.join(' ')}: ${error.message}`);
        assert.match(error.message, message, args.join(' '));
        return true;
      });
    }
  });

  it('refuses an owner token too short to be a secret', async () => {
    process.env.SELOSTE_LOG_TOKEN = 'secret';
    await assert.rejects(command.run(['serve']), /SELOSTE_LOG_TOKEN is too short \(6 characters\)/);
  });

  it('says when PostgreSQL cannot be reached, without the password', async () => {
    process.env.DATABASE_URL = 'postgres://seloste:hunter2-secret@127.0.0.1:1/consents';
    await assert.rejects(command.run(['serve']), (error: Error) => {
      assert.ok(error instanceof InputError);
      assert.match(
        error.message,
        /^Cannot reach PostgreSQL at postgres:\/\/seloste:\*\*\*@127\.0\.0\.1:1\/consents: .*ECONNREFUSED/,
      );
      assert.ok(!error.message.includes('hunter2'));
      return true;
    });
    process.env.DATABASE_URL = 'db.example.fi:5432';
    await assert.rejects(command.run(['serve']), /DATABASE_URL must be a postgres:\/\/ URL/);
  });
});

describe('retention ages', () => {
  it('reads a count and a unit', () => {
    assert.deepEqual(parseAge('36m'), { count: 36, unit: 'm' });
    assert.deepEqual(parseAge('90d'), { count: 90, unit: 'd' });
    for (const text of ['36', 'm', '36 months', '0y', '-1m', '1.5y'])
      assert.equal(parseAge(text), undefined, text);
    assert.equal(describeAge({ count: 1, unit: 'y' }), '1 year');
    assert.equal(describeAge({ count: 36, unit: 'm' }), '36 months');
  });

  it('counts back in calendar units, in UTC', () => {
    const now = new Date('2026-11-22T10:00:00.000Z');
    const back = (text: string) => cutoff(now, parseAge(text)!).toISOString();
    assert.equal(back('36m'), '2023-11-22T10:00:00.000Z');
    assert.equal(back('2w'), '2026-11-08T10:00:00.000Z');
    assert.equal(back('1y'), '2025-11-22T10:00:00.000Z');
    assert.equal(back('30d'), '2026-10-23T10:00:00.000Z');
  });
});
