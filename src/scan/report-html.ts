/**
 * The HTML report for the site owner: one self-contained file (inline CSS, no script, no
 * request anywhere), the verdict first, then what to fix, then per page and phase what loaded
 * and what was set, with a simple timeline. Every text from the scanned site is escaped.
 */
import { trackerById } from './catalogue.js';
import { overview } from './report.js';
import { REPORT_TEXTS, describe, type ReportTexts } from './texts.js';
import {
  PHASES,
  type CheckStatus,
  type Finding,
  type PageResult,
  type PhaseName,
  type PhaseRecord,
  type ScanReport,
} from './types.js';

/**
 * Text as HTML text or attribute value.
 *
 * @example
 * escapeHtml('<img src=x onerror="alert(1)">') // '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;'
 */
export function escapeHtml(text: unknown): string {
  return String(text ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

const e = escapeHtml;

const CSS = `
:root{--fg:#1c1c21;--muted:#4b4c55;--bg:#fff;--line:#d5d6dc;--pass:#176b2c;--pass-bg:#e6f4ea;--fail:#a1131b;--fail-bg:#fde8e8;--warn:#7a4b00;--warn-bg:#fff4dc;--skip:#4b4c55;--skip-bg:#eeeff2}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
main{max-width:62rem;margin:0 auto;padding:1.5rem}
h1{font-size:1.6rem;margin:.2rem 0}
h2{font-size:1.3rem;margin:2rem 0 .6rem;border-bottom:1px solid var(--line);padding-bottom:.3rem}
h3{font-size:1.1rem;margin:1.4rem 0 .4rem}
h4{font-size:1rem;margin:1rem 0 .3rem}
.meta{color:var(--muted);margin:0}
.verdict{border-radius:.6rem;padding:1rem 1.2rem;margin:1rem 0}
.verdict strong{font-size:1.4rem;display:block}
.pass{background:var(--pass-bg);color:var(--pass)}
.fail{background:var(--fail-bg);color:var(--fail)}
.warn{background:var(--warn-bg);color:var(--warn)}
.skip,.error{background:var(--skip-bg);color:var(--skip)}
.verdict.error{background:var(--fail-bg);color:var(--fail)}
.badge{display:inline-block;border-radius:1rem;padding:0 .6rem;font-size:.85rem;font-weight:600;white-space:nowrap}
table{border-collapse:collapse;width:100%;margin:.3rem 0 1rem;font-size:.92rem}
th,td{border-bottom:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top}
th{font-weight:600;background:#f6f6f8}
td.url,li.url,.break{word-break:break-all}
code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.9em}
ul{padding-left:1.3rem}
li{margin:.2rem 0}
.fix{border-left:4px solid var(--fail);padding:.2rem 1rem;margin:1rem 0}
.fix.warn-fix{border-color:#c98a00}
.fix p{margin:.3rem 0}
details{margin:.4rem 0}
summary{cursor:pointer;font-weight:600}
.phase{border:1px solid var(--line);border-radius:.5rem;padding:.4rem 1rem;margin:.8rem 0}
.timeline{position:relative;margin:.4rem 0 1rem}
.tl{display:grid;grid-template-columns:4.5rem 1fr 16rem;gap:.5rem;align-items:center;font-size:.85rem;border-bottom:1px dotted var(--line)}
.tl .track{position:relative;height:.8rem;background:#f1f1f4;border-radius:.4rem}
.tl .dot{position:absolute;top:.1rem;width:.6rem;height:.6rem;border-radius:50%;background:var(--fail);margin-left:-.3rem}
.tl .dot.cookie{background:#c98a00}
.tl .dot.action{background:#1d4ed8;border-radius:0}
.tl .what{overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
footer{color:var(--muted);font-size:.85rem;margin-top:3rem;border-top:1px solid var(--line);padding-top:.6rem}
@media print{details{display:block}.tl{break-inside:avoid}}
`;

const badge = (status: CheckStatus, t: ReportTexts) =>
  `<span class="badge ${status}">${e(t.status[status])}</span>`;

/** At most `limit` findings as a list, with how many more there are. */
function findingList(findings: Finding[], report: ScanReport, limit = 12): string {
  const t = REPORT_TEXTS[report.lang];
  if (!findings.length) return '';
  const shown = findings.slice(0, limit);
  const items = shown.map(
    (finding) =>
      `<li class="break">${finding.level === 'info' ? '' : `<span class="badge ${finding.level}">${e(t.status[finding.level])}</span> `}${finding.phase ? `<em>${e(t.phase[finding.phase])}:</em> ` : ''}${e(describe(finding, report.lang))}</li>`,
  );
  const more = findings.length - shown.length;
  return `<ul>${items.join('')}${more > 0 ? `<li>… +${more}</li>` : ''}</ul>`;
}

const seconds = (ms: number | null) => (ms === null ? '' : `${(ms / 1000).toFixed(1)} s`);

/** The events of a phase on a time axis: requests, cookies and the button press. */
function timeline(phase: PhaseRecord, t: ReportTexts): string {
  type Event = { at: number; kind: 'request' | 'cookie' | 'action'; what: string; detail: string };
  const events: Event[] = [
    ...phase.requests.map((r): Event => ({
      at: r.at,
      kind: 'request',
      what: vendorName(r.vendor),
      detail: r.url,
    })),
    ...phase.cookies
      .filter((c) => c.at !== null && c.vendor)
      .map((c): Event => ({ at: c.at!, kind: 'cookie', what: `${c.name}`, detail: c.domain })),
    ...(phase.actionAt !== null
      ? [{ at: phase.actionAt, kind: 'action', what: t.labels.pressed, detail: '' } as Event]
      : []),
  ].sort((a, b) => a.at - b.at);
  if (events.length < 2 && !phase.requests.length) return '';
  const shown = events.slice(0, 60);
  const end = Math.max(1, ...shown.map((event) => event.at));
  const rows = shown.map(
    (event) =>
      `<div class="tl"><span>${e(seconds(event.at))}</span><span class="track"><span class="dot ${event.kind}" style="left:${((event.at / end) * 100).toFixed(1)}%"></span></span><span class="what" title="${e(event.detail)}">${e(event.what)}${event.detail ? ` <code>${e(event.detail)}</code>` : ''}</span></div>`,
  );
  return `<h4>${e(t.labels.timeline)}</h4><div class="timeline">${rows.join('')}</div>`;
}

const vendorName = (id: string | null) => (id && trackerById(id)?.name) || id || '';

function table(headers: string[], rows: string[][], t: ReportTexts): string {
  if (!rows.length) return `<p>${e(t.labels.none)}</p>`;
  return `<table><thead><tr>${headers.map((h) => `<th scope="col">${e(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((row) => `<tr>${row.join('')}</tr>`)
    .join('')}</tbody></table>`;
}

const cell = (text: unknown, className = '') =>
  `<td${className ? ` class="${className}"` : ''}>${e(text)}</td>`;

function phaseSection(name: PhaseName, phase: PhaseRecord, report: ScanReport): string {
  const t = REPORT_TEXTS[report.lang];
  const category = (value: string | null) => (value ? (t.categories[value] ?? value) : '');
  const requests = table(
    [t.labels.time, t.labels.service, t.labels.category, t.labels.address],
    phase.requests
      .slice(0, 200)
      .map((r) => [
        cell(seconds(r.at)),
        cell(vendorName(r.vendor)),
        cell(category(r.category)),
        cell(r.url, 'url'),
      ]),
    t,
  );
  const cookies = table(
    [
      t.labels.name,
      t.labels.domain,
      t.labels.service,
      t.labels.expires,
      t.labels.party,
      t.labels.setBy,
    ],
    phase.cookies
      .slice(0, 200)
      .map((c) => [
        `<td><code>${e(c.name)}</code></td>`,
        cell(c.domain),
        cell(c.vendor ? `${vendorName(c.vendor)} (${category(c.category)})` : t.labels.unknown),
        cell(c.expires ? c.expires.slice(0, 10) : t.labels.session),
        cell(c.party === 'first' ? t.labels.first : t.labels.third),
        cell(c.setBy ?? '', 'url'),
      ]),
    t,
  );
  const storage = table(
    [t.labels.key, t.labels.origin, t.labels.service],
    phase.storage
      .slice(0, 200)
      .map((s) => [
        `<td><code>${e(s.key)}</code> <small>(${e(s.area)})</small></td>`,
        cell(s.origin, 'url'),
        cell(s.vendor ? vendorName(s.vendor) : t.labels.unknown),
      ]),
    t,
  );
  const frames = phase.iframes.length
    ? `<h4>${e(t.labels.iframes)}</h4><ul>${phase.iframes
        .slice(0, 50)
        .map(
          (f) =>
            `<li class="url">${e(f.url)}${f.vendor ? ` (${e(vendorName(f.vendor))})` : ''}</li>`,
        )
        .join('')}</ul>`
    : '';
  const notes = phase.notes.length
    ? `<h4>${e(t.labels.notes)}</h4><ul>${phase.notes.map((note) => `<li class="break">${e(describe(note, report.lang))}</li>`).join('')}</ul>`
    : '';
  return `<section class="phase"><h4>${e(t.phase[name])}</h4><p class="meta">${e(t.phaseText[name])}</p>${notes}
<h4>${e(t.labels.requests)}</h4>${requests}
<h4>${e(t.labels.cookies)}</h4>${cookies}
<h4>${e(t.labels.storage)}</h4>${storage}${frames}${timeline(phase, t)}</section>`;
}

function pageSection(page: PageResult, index: number, report: ScanReport): string {
  const t = REPORT_TEXTS[report.lang];
  const banner =
    page.banner.kind === 'seloste'
      ? `${t.labels.seloste} ${page.seloste?.version ?? ''}`
      : page.banner.kind === 'other'
        ? t.labels.otherBanner
        : page.seloste
          ? `${t.labels.seloste} ${page.seloste.version}`
          : t.labels.noBanner;
  const notes = page.notes.length
    ? `<ul>${page.notes.map((note) => `<li class="break">${e(describe(note, report.lang))}</li>`).join('')}</ul>`
    : '';
  const checks = page.checks
    .map(
      (check) =>
        `<details${check.status === 'fail' ? ' open' : ''}><summary>${badge(check.status, t)} ${e(t.check[check.id])}</summary><p class="meta">${e(t.checkText[check.id])}</p>${findingList(check.evidence, report)}</details>`,
    )
    .join('');
  const phases = page.scanned
    ? `<h3>${e(t.labels.perPhase)}</h3>${PHASES.map((name) => phaseSection(name, page.phases[name], report)).join('')}`
    : `<p><strong>${e(t.labels.notScanned)}</strong></p>`;
  return `<section id="page-${index + 1}"><h2 class="break">${e(t.labels.page)} ${index + 1}: ${e(page.url)}</h2>
<p class="meta">${e(banner)} · ${e(t.labels.duration)} ${e(seconds(page.duration))}</p>${notes}
<h3>${e(t.labels.checks)}</h3>${checks}${phases}</section>`;
}

/** The whole report as one HTML document. */
export function htmlReport(report: ScanReport): string {
  const t = REPORT_TEXTS[report.lang];
  const { summary } = report;
  const items = overview(report);
  const checkRows = items
    .map(
      (item) =>
        `<tr><td>${e(t.check[item.id])}</td><td>${badge(item.status, t)}</td><td class="break">${
          item.worst && item.status !== 'pass' && item.status !== 'skip'
            ? e(describe(item.worst.finding, report.lang))
            : ''
        }</td></tr>`,
    )
    .join('');
  const fixes = items
    .filter((item) => item.status === 'fail' || item.status === 'warn')
    .map((item) => {
      const findings = report.pages.flatMap((page) =>
        page.checks
          .filter((check) => check.id === item.id)
          .flatMap((check) => check.evidence.filter((f) => f.level !== 'info')),
      );
      return `<div class="fix${item.status === 'warn' ? ' warn-fix' : ''}"><h3>${e(t.check[item.id])}</h3><p><strong>${e(t.labels.whatToFix)}:</strong> ${e(t.fix[item.id])}</p><p>${e(t.labels.evidence)}:</p>${findingList(findings, report, 8)}</div>`;
    })
    .join('');
  const unscanned = report.pages
    .filter((page) => !page.scanned)
    .flatMap((page) =>
      page.notes.map((note) => `<li class="break">${e(describe(note, report.lang))}</li>`),
    )
    .join('');
  return `<!doctype html>
<html lang="${e(report.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${e(t.title)}: ${e(report.site)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
<h1>${e(t.title)}</h1>
<p class="meta break">${e(t.labels.site)}: ${e(report.site)} · ${e(t.labels.scanned)}: ${e(report.startedAt.slice(0, 16).replace('T', ' '))} UTC · ${e(t.labels.pages)}: ${summary.pages}</p>
<div class="verdict ${summary.status}" role="status"><strong>${e(t.verdict[summary.status])}</strong>
${summary.violations} ${e(t.labels.violations)}, ${summary.warnings} ${e(t.labels.warnings)}. ${e(t.verdictText[summary.status])}
${unscanned ? `<ul>${unscanned}</ul>` : ''}</div>
<h2>${e(t.labels.checks)}</h2>
<table><tbody>${checkRows}</tbody></table>
${fixes ? `<h2>${e(t.labels.whatToFix)}</h2>${fixes}` : ''}
${report.pages.map((page, i) => pageSection(page, i, report)).join('\n')}
<footer>${e(t.labels.footer)} ${e(report.tool)} ${e(report.version)} · ${e(t.labels.browser)}: ${e(report.browser)}</footer>
</main>
</body>
</html>
`;
}
