/**
 * The scan's outputs: the terminal summary (one line per check), the JSON for CI (the report
 * with every note's message in words) and the overview both share. The HTML report is in
 * report-html.ts.
 */
import type { Lang } from '../core/types.js';
import { REPORT_TEXTS, describe } from './texts.js';
import {
  CHECK_IDS,
  PHASES,
  type CheckId,
  type CheckStatus,
  type Finding,
  type Note,
  type ScanReport,
} from './types.js';

const RANK: Record<CheckStatus, number> = { fail: 0, warn: 1, pass: 2, skip: 3 };

/** One check over all pages: the worst status, and the worst finding with its page. */
export interface CheckOverview {
  id: CheckId;
  status: CheckStatus;
  worst: { finding: Finding; page: string } | null;
  /** Pages where it failed or warned. */
  pages: string[];
}

/**
 * Each check over all pages. A check is skipped only where every page skipped it; otherwise
 * the worst status of the pages it ran on counts.
 */
export function overview(report: ScanReport): CheckOverview[] {
  return CHECK_IDS.map((id) => {
    const results = report.pages.flatMap((page) =>
      page.checks.filter((check) => check.id === id).map((check) => ({ check, page: page.url })),
    );
    const ran = results.filter(({ check }) => check.status !== 'skip');
    const status = ran.length
      ? ran.map(({ check }) => check.status).sort((a, b) => RANK[a] - RANK[b])[0]!
      : 'skip';
    const pool = ran.length ? ran : results;
    const worst =
      pool
        .flatMap(({ check, page }) => check.evidence.map((finding) => ({ finding, page })))
        .sort(
          (a, b) =>
            ({ fail: 0, warn: 1, info: 2 })[a.finding.level] -
            { fail: 0, warn: 1, info: 2 }[b.finding.level],
        )[0] ?? null;
    return {
      id,
      status,
      worst,
      pages: ran
        .filter(({ check }) => check.status === 'fail' || check.status === 'warn')
        .map(({ page }) => page),
    };
  });
}

const SYMBOL: Record<CheckStatus, string> = { pass: '✔', fail: '✘', warn: '!', skip: '–' };

/** Colours for the terminal (no-ops when not a terminal). */
export interface Paint {
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
  bold(text: string): string;
}

const plain: Paint = { red: (t) => t, yellow: (t) => t, green: (t) => t, bold: (t) => t };

/** Control characters out of text from the site, so it cannot move the cursor or recolour. */
const clean = (text: string) => text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');

/** Where a page is, short: its path when it is on the start URL's origin. */
function shortUrl(url: string, site: string): string {
  try {
    const u = new URL(url);
    return u.origin === new URL(site).origin ? u.pathname + u.search : url;
  } catch {
    return url;
  }
}

/**
 * The terminal summary: the verdict, one line per check with ✔/✘ and its worst evidence, the
 * pages that could not be scanned.
 *
 * @example
 * // ✘ Nothing tracks before consent  YouTube: 3 request(s), e.g. https://www.youtube.com/embed/x (/)
 */
export function terminalSummary(report: ScanReport, paint: Paint = plain): string {
  const t = REPORT_TEXTS[report.lang];
  const lines: string[] = [];
  const { summary } = report;
  const pages = `${summary.pages} ${t.labels.pages.toLowerCase()}`;
  lines.push(paint.bold(`${t.title}: ${clean(report.site)} (${pages})`), '');
  const colour = { pass: paint.green, fail: paint.red, warn: paint.yellow, skip: (s: string) => s };
  const width = Math.max(...CHECK_IDS.map((id) => t.check[id].length));
  // When no page could be scanned, the checks have nothing to say: only the reasons follow.
  for (const item of summary.status === 'error' ? [] : overview(report)) {
    const evidence =
      item.worst && item.status !== 'pass'
        ? `  ${clean(describe(item.worst.finding, report.lang))}` +
          (report.pages.length > 1 ? ` (${clean(shortUrl(item.worst.page, report.site))})` : '')
        : '';
    lines.push(
      `${colour[item.status](SYMBOL[item.status])} ${t.check[item.id].padEnd(width)}  ${colour[item.status](t.status[item.status])}${evidence}`,
    );
  }
  for (const page of report.pages.filter((p) => !p.scanned)) {
    for (const note of page.notes) lines.push(paint.red(`✘ ${clean(describe(note, report.lang))}`));
  }
  const verdict = { pass: paint.green, warn: paint.yellow, fail: paint.red, error: paint.red }[
    summary.status
  ];
  lines.push(
    '',
    verdict(
      `${t.verdict[summary.status]}: ${summary.violations} ${t.labels.violations}, ${summary.warnings} ${t.labels.warnings}.`,
    ),
  );
  return lines.join('\n');
}

/** A note with its message, for the JSON. */
const said = <T extends Note>(note: T, lang: Lang) => ({ ...note, message: describe(note, lang) });

/** The report as JSON for CI: as recorded, with each note's and finding's `message` in words. */
export function jsonReport(report: ScanReport): string {
  const { lang } = report;
  return JSON.stringify(
    {
      ...report,
      notes: report.notes.map((note) => said(note, lang)),
      pages: report.pages.map((page) => ({
        ...page,
        notes: page.notes.map((note) => said(note, lang)),
        seloste: page.seloste && {
          ...page.seloste,
          noticeProblem: page.seloste.noticeProblem && said(page.seloste.noticeProblem, lang),
        },
        phases: Object.fromEntries(
          PHASES.map((name) => [
            name,
            {
              ...page.phases[name],
              notes: page.phases[name].notes.map((note) => said(note, lang)),
            },
          ]),
        ),
        checks: page.checks.map((check) => ({
          ...check,
          evidence: check.evidence.map((finding) => said(finding, lang)),
        })),
      })),
    },
    null,
    2,
  );
}
