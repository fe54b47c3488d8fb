/**
 * The scanner's timer watch in a real page (Chromium): which timers count as pending, that the
 * page's timers still behave exactly as the browser's own, and that a page without the watch,
 * or with odd answers, is read safely.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { TIMERS, watchTimers } from '../../src/scan/probe.js';
import { Recorder, timerAnswer } from '../../src/scan/recorder.js';
import { launchBrowser } from '../../src/scan/scan.js';

const URL_ = 'http://timers.test/';
let browser: Browser;
let watched: BrowserContext;

/** A context whose pages answer every request with an empty page. */
async function blankContext(watch: boolean): Promise<BrowserContext> {
  const context = await browser.newContext();
  await context.route('**/*', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>t</title>' }),
  );
  // Functions handed to the page are compiled by tsx, which may wrap them in `__name()`.
  await context.addInitScript('globalThis.__name ??= (fn) => fn;');
  if (watch) await context.addInitScript(watchTimers, TIMERS);
  return context;
}

async function open(context = watched): Promise<Page> {
  const page = await context.newPage();
  await page.goto(URL_);
  return page;
}

/** The page's reader, as page code sees it. */
type Reader = (horizon: number) => number | null;

before(async () => {
  browser = await launchBrowser();
  watched = await blankContext(true);
});
after(() => browser.close());

describe('the timer watch', () => {
  it('counts a pending timeout within the horizon, until it is cleared', async () => {
    const page = await open();
    const [pending, beyond, cleared] = await page.evaluate((name) => {
      const next = (window as unknown as Record<string, Reader>)[name]!;
      const id = setTimeout(() => {}, 5000);
      const answers = [next(10_000), next(1000)];
      clearTimeout(id);
      return [...answers, next(10_000)];
    }, TIMERS);
    assert.ok(pending! > 4000 && pending! <= 5000, String(pending));
    assert.equal(beyond, null, 'due after the horizon');
    assert.equal(cleared, null);
  });

  it('forgets a timeout once it fired, and an interval once it ran the first time', async () => {
    const page = await open();
    const [afterTimeout, interval, afterFirstRun] = await page.evaluate(async (name) => {
      const next = (window as unknown as Record<string, Reader>)[name]!;
      await new Promise((resolve) => setTimeout(resolve, 20));
      const answers = [next(10_000)];
      let id = 0;
      await new Promise<void>((resolve) => {
        id = window.setInterval(() => resolve(), 300);
        answers.push(next(10_000));
      });
      answers.push(next(10_000));
      clearInterval(id);
      return answers;
    }, TIMERS);
    assert.equal(afterTimeout, null);
    assert.ok(interval! > 0 && interval! <= 300, String(interval));
    assert.equal(afterFirstRun, null, 'its next runs do not count');
  });

  it('does not count a chain that re-arms itself, but still counts another timer', async () => {
    const page = await open();
    const answer = await page.evaluate(async (name) => {
      const next = (window as unknown as Record<string, Reader>)[name]!;
      const other = setTimeout(() => {}, 5000);
      await new Promise<void>((resolve) => {
        let runs = 0;
        const tick = () => {
          if (++runs === 3) resolve();
          if (runs < 10) setTimeout(tick, 10);
        };
        setTimeout(tick, 10);
      });
      const found = next(10_000);
      clearTimeout(other);
      return found;
    }, TIMERS);
    assert.ok(answer! > 1000, `the 5 s timer, not the 10 ms chain: ${answer}`);
  });

  it('counts an idle callback until it runs, and not once cancelled', async () => {
    const page = await open();
    const [pending, cancelled] = await page.evaluate((name) => {
      const next = (window as unknown as Record<string, Reader>)[name]!;
      const id = requestIdleCallback(() => {});
      const answers = [next(1000)];
      cancelIdleCallback(id);
      return [...answers, next(1000)];
    }, TIMERS);
    assert.ok(pending !== null && pending <= 50, String(pending));
    assert.equal(cancelled, null);
  });

  it("keeps the page's timers as the browser's: ids, arguments, this, string handlers", async () => {
    const page = await open();
    const seen = await page.evaluate(async (name) => {
      const calls: unknown[] = [];
      const w = window as unknown as Record<string, unknown>;
      const ids = [
        window.setTimeout(
          function (this: unknown, a: string, b: number) {
            calls.push([this === window, a, b]);
          },
          0,
          'x',
          2,
        ),
        // A string handler, as old pages still pass.
        (setTimeout as (code: string, ms: number) => number)('window.ranString = 1', 0),
        window.setInterval(() => calls.push('interval ran'), 1),
      ];
      clearTimeout(ids[2]); // ids are shared: clearTimeout clears an interval
      await new Promise((resolve) => setTimeout(resolve, 30));
      const descriptor = Object.getOwnPropertyDescriptor(window, 'setTimeout')!;
      return {
        ids: ids.map((id) => Number.isInteger(id) && id > 0),
        distinct: new Set(ids).size,
        calls,
        ranString: w.ranString,
        names: [setTimeout.name, setTimeout.length, clearInterval.name, requestIdleCallback.length],
        descriptor: [descriptor.writable, descriptor.enumerable, descriptor.configurable],
        readerHidden: !Object.keys(window).includes(name) && !delete w[name],
        readerKept: typeof w[name] === 'function',
      };
    }, TIMERS);
    assert.deepEqual(seen, {
      ids: [true, true, true],
      distinct: 3,
      calls: [[true, 'x', 2]],
      ranString: 1,
      names: ['setTimeout', 1, 'clearInterval', 1],
      descriptor: [true, true, true],
      readerHidden: true,
      readerKept: true,
    });
  });

  it('survives a page that wraps setTimeout and breaks the built-ins it would use', async () => {
    const page = await open();
    const [answer, fired] = await page.evaluate(async (name) => {
      const next = (window as unknown as Record<string, Reader>)[name]!;
      const own = window.setTimeout;
      window.setTimeout = ((handler: () => void, ms: number) => own(handler, ms)) as typeof own;
      const broken = () => {
        throw new Error('broken by the page');
      };
      Function.prototype.toString = broken;
      String.prototype.slice = broken;
      let fake = 0;
      performance.now = () => (fake += 1e6);
      setTimeout(() => {}, 5000);
      const found = next(10_000);
      await new Promise((resolve) => setTimeout(resolve as () => void, 10));
      return [found, true];
    }, TIMERS);
    assert.ok(answer! > 1000 && answer! <= 5000, String(answer));
    assert.equal(fired, true);
  });
});

describe("the recorder's reading of the answer", () => {
  it('takes only a number within the horizon or null; anything else is no answer', async () => {
    assert.equal(timerAnswer(412.2, 5000), 413);
    assert.equal(timerAnswer(null, 5000), null);
    for (const odd of [undefined, '5', -1, NaN, Infinity, 6000, {}]) {
      assert.equal(timerAnswer(odd, 5000), undefined, String(odd));
    }
    const bare = await blankContext(false);
    const recorder = new Recorder(bare, { start: new URL(URL_) });
    assert.equal(await recorder.nextTimer(await open(bare), 5000), undefined, 'no watch');
    const page = await open();
    assert.equal(await recorder.nextTimer(page, 5000), null, 'nothing pending');
    await page.evaluate(() => setTimeout(() => {}, 3000));
    const due = await recorder.nextTimer(page, 5000);
    assert.ok(due! > 2000 && due! <= 3000, String(due));
    await bare.close();
  });
});
