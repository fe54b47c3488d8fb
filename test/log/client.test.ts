import { expect } from '@open-wc/testing';
import { logClient, MAX_ATTEMPTS, MAX_PENDING, PENDING_KEY } from '../../src/log/client.js';
import type { ConsentLogRecord } from '../../src/log/record.js';

const ENDPOINT = 'https://consent.example.fi/v1/records';

const record = (id: string): ConsentLogRecord => ({
  recordId: `record-${id}`.padEnd(16, '0'),
  consentId: 'consent0001',
  decidedAt: '2026-12-02T10:00:00.000Z',
  categories: { necessary: true, analytics: true, marketing: false },
  method: 'banner',
  revision: '',
  lang: 'fi',
  page: 'https://shop.example.fi/',
  gpc: false,
});

/** `fetch` answering with `status` (or failing, for 0), recording each request's body. */
function fakeFetch(status: () => number) {
  const bodies: ConsentLogRecord[] = [];
  const original = window.fetch;
  window.fetch = async (_url, init) => {
    bodies.push(JSON.parse(init!.body as string));
    expect(init).to.deep.include({ keepalive: true, credentials: 'omit', method: 'POST' });
    const code = status();
    if (!code) throw new TypeError('Failed to fetch');
    return new Response(code === 400 ? 'decidedAt is missing' : '{}', { status: code });
  };
  return { bodies, restore: () => (window.fetch = original) };
}

const pending = () => JSON.parse(localStorage.getItem(PENDING_KEY) ?? '[]') as unknown[];

describe('consent log client', () => {
  let restore = () => {};
  afterEach(() => {
    restore();
    localStorage.removeItem(PENDING_KEY);
  });

  it('sends a record with the notice version, and forgets it once stored', async () => {
    const fake = fakeFetch(() => 201);
    restore = fake.restore;
    await logClient(
      ENDPOINT,
      async () => '2026-10-15',
      localStorage,
      () => {},
    ).send(record('a'));
    expect(fake.bodies).to.have.length(1);
    expect(fake.bodies[0]).to.include({
      recordId: 'record-a00000000',
      noticeVersion: '2026-10-15',
    });
    expect(pending()).to.deep.equal([]);
  });

  it('keeps a record the service could not take, and sends it again on a later page', async () => {
    let up = false;
    const fake = fakeFetch(() => (up ? 200 : 0));
    restore = fake.restore;
    const client = () =>
      logClient(
        ENDPOINT,
        async () => undefined,
        localStorage,
        () => {},
      );
    await client().send(record('b'));
    expect(pending()).to.have.length(1);
    await client().retry();
    expect(pending()).to.have.length(1);
    up = true;
    await client().retry();
    expect(pending()).to.deep.equal([]);
    expect(fake.bodies.map(({ recordId }) => recordId)).to.deep.equal(
      Array(3).fill('record-b00000000'),
      'the same record id each time, so the service keeps one',
    );
  });

  it('drops a record the service refuses for good, and says why', async () => {
    const warnings: string[] = [];
    restore = fakeFetch(() => 400).restore;
    await logClient(
      ENDPOINT,
      async () => undefined,
      localStorage,
      (m) => warnings.push(m),
    ).send(record('c'));
    expect(pending()).to.deep.equal([]);
    expect(warnings).to.deep.equal([
      'the consent log refused record record-c00000000 (400): decidedAt is missing',
    ]);
  });

  it('gives up after a bounded number of page views, and keeps a bounded number', async () => {
    const warnings: string[] = [];
    restore = fakeFetch(() => 503).restore;
    const client = logClient(
      ENDPOINT,
      async () => undefined,
      localStorage,
      (m) => warnings.push(m),
    );
    await client.send(record('d'));
    for (let i = 1; i < MAX_ATTEMPTS; i++) await client.retry();
    expect(pending()).to.deep.equal([]);
    expect(warnings.at(-1)).to.match(
      /^gave up sending record record-d00000000 .* after 10 tries\.$/,
    );

    for (let i = 0; i <= MAX_PENDING; i++) await client.send(record(`e${i}`));
    expect(pending()).to.have.length(MAX_PENDING);
    expect(warnings.at(-1)).to.equal(
      'dropped record record-e00000000: too many waiting for the consent log.',
    );
  });

  it('sends once without storage', async () => {
    const fake = fakeFetch(() => 0);
    restore = fake.restore;
    await logClient(
      ENDPOINT,
      async () => undefined,
      undefined,
      () => {},
    ).send(record('f'));
    expect(fake.bodies).to.have.length(1);
    expect(pending()).to.deep.equal([]);
  });
});
