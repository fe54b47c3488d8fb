/** `seloste scan <url>`: a real browser checks a live site before consent, after reject, after accept and after withdrawal. */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { matchLang } from '../core/config.js';
import { LANGS, type Lang } from '../core/types.js';
import { jsonReport, terminalSummary } from '../scan/report.js';
import { htmlReport } from '../scan/report-html.js';
import { DEFAULT_TIMING } from '../scan/phases.js';
import { BrowserError, scanSite } from '../scan/scan.js';
import { UrlError, parseStartUrl } from '../scan/site.js';
import {
  EXIT,
  InputError,
  UsageError,
  choice,
  packageVersion,
  painter,
  parseCommandArgs,
  type Command,
} from './common.js';

const USAGE = `Usage: seloste scan <url> [options]

Opens the site in Chrome or Chromium and checks, on the start page and up to N
more pages of the same site, what happens on a first visit, after "Reject all",
after "Accept all" and after withdrawing consent: requests to tracking,
advertising, analytics and embed services, their cookies and storage.

Options:
  --pages N                Pages to scan besides the start page (default 10),
                           from its links and its sitemap.xml.
  --out FILE               The HTML report (default seloste-scan.html).
  --json FILE              Also write the report as JSON, for CI.
  --fail-on violation|warning|never
                           When to exit with status 1 (default violation).
  --lang fi|sv|en          Language of the report (default: from LANG, else en).
  --timeout S              The most one page may take, in seconds (default 60).
  --settle S               After the network is quiet, wait at most this many
                           seconds more in each phase for the timers the page
                           has pending, such as a delayed tag (default 10).

Exit status: 0 clean, 1 problems found (see --fail-on), 2 the scan could not run.

The browser is found through CHROME_PATH or on the usual paths; nothing is
downloaded.

Example:
  npx seloste scan https://www.example.fi/ --lang fi`;

const FAIL_ON = ['violation', 'warning', 'never'] as const;

/** A whole number of at least `min`, or a usage error naming the option. */
function count(option: string, value: string | undefined, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value.trim()) || number < min) {
    throw new UsageError(`${option} must be a number of at least ${min}, not "${value}".`);
  }
  return number;
}

/** The report's language: `--lang`, else the terminal's locale, else English. */
function reportLang(option: string | undefined): Lang {
  const chosen = choice('--lang', option, LANGS);
  return (
    chosen ??
    matchLang([process.env.LC_ALL, process.env.LC_MESSAGES, process.env.LANG].filter(Boolean)) ??
    'en'
  );
}

async function save(file: string, text: string): Promise<string> {
  const path = resolve(file);
  try {
    await writeFile(path, text);
    return path;
  } catch (error) {
    throw new InputError(`Cannot write ${file}: ${(error as Error).message}.`);
  }
}

export const command: Command = {
  summary:
    'Check a live site with a real browser: trackers before consent, after reject, after withdrawal.',
  usage: USAGE,
  async run(args) {
    const { values, positionals } = parseCommandArgs(args, {
      pages: { type: 'string' },
      out: { type: 'string' },
      json: { type: 'string' },
      'fail-on': { type: 'string' },
      lang: { type: 'string' },
      timeout: { type: 'string' },
      settle: { type: 'string' },
    });
    if (values.help) {
      process.stdout.write(`${USAGE}\n`);
      return EXIT.ok;
    }
    const [input, ...others] = positionals;
    if (!input)
      throw new UsageError('Give the site to scan, e.g. seloste scan https://www.example.fi/.');
    if (others.length) throw new UsageError(`One site at a time: ${positionals.join(', ')}.`);
    let url: URL;
    try {
      url = parseStartUrl(input);
    } catch (error) {
      if (error instanceof UrlError) throw new UsageError(error.message);
      throw error;
    }
    const failOn = choice('--fail-on', values['fail-on'], FAIL_ON) ?? 'violation';
    const lang = reportLang(values.lang);
    const pages = Math.floor(count('--pages', values.pages, 10, 0));
    const pageTimeout = count('--timeout', values.timeout, 60, 1) * 1000;
    const extra = count('--settle', values.settle, DEFAULT_TIMING.extra / 1000, 0) * 1000;
    const out = values.out ?? 'seloste-scan.html';

    const colour = painter(process.stdout);
    const progress = painter(process.stderr);
    let report;
    try {
      report = await scanSite({
        url,
        pages,
        lang,
        timing: { pageTimeout, extra },
        version: await packageVersion(),
        progress: (page) =>
          process.stderr.write(progress.bold(`… ${page.replace(/[\u0000-\u001f]/g, ' ')}\n`)),
      });
    } catch (error) {
      if (!(error instanceof BrowserError)) throw error;
      process.stderr.write(`seloste: ${error.message}\n`);
      return EXIT.usage;
    }
    process.stdout.write(`\n${terminalSummary(report, colour)}\n`);
    const written = [await save(out, htmlReport(report))];
    if (values.json) written.push(await save(values.json, `${jsonReport(report)}\n`));
    process.stdout.write(written.map((path) => `→ ${path}`).join('\n') + '\n');

    if (report.summary.status === 'error') return EXIT.usage;
    const failed =
      failOn === 'never'
        ? false
        : failOn === 'warning'
          ? report.summary.violations + report.summary.warnings > 0
          : report.summary.violations > 0;
    return failed ? EXIT.failed : EXIT.ok;
  },
};
