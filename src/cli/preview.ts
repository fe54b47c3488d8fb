/**
 * `seloste preview notice.json`: the notice in the real, built modal (dist/), on this machine
 * only, with a fi/sv/en switch and the validation messages beside it, so the owner can check an
 * imported notice before uploading it. The file is read again on every reload.
 */
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGS, type Lang } from '../core/types.js';
import { validateNotice } from '../notice/gdpr-checks.js';
import type { NoticeIssue } from '../notice/notice-schema.js';
import { LANG_NAMES } from '../notice/text.js';
import {
  EXIT,
  InputError,
  UsageError,
  oneFile,
  parseCommandArgs,
  readText,
  type Command,
} from './common.js';

const USAGE = `Usage: seloste preview <notice.json> [options]

Shows the notice in Seloste's own modal, in Finnish, Swedish and English, with
the validation messages beside it, at an address on this machine only. Edit
the file and reload the page to see the change. Ctrl-C stops it.

Options:
  --port <n>               The port to listen on (default: any free one).

Example:
  npx seloste preview notice.json`;

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** The package's folder: the nearest folder above this module with Seloste's package.json. */
async function packageRoot(): Promise<string> {
  let folder = fileURLToPath(new URL('.', import.meta.url));
  for (let i = 0; i < 6; i++) {
    const file = join(folder, 'package.json');
    if (existsSync(file)) {
      const { name } = JSON.parse(await readFile(file, 'utf8')) as { name?: string };
      if (name === 'seloste') return folder;
    }
    folder = join(folder, '..');
  }
  throw new InputError("Cannot find Seloste's own folder to serve the widget from.");
}

/** `text` with the characters HTML gives meaning to escaped. */
function escape(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** The language asked for in the query, else Finnish. */
function langOf(url: URL): Lang {
  const lang = url.searchParams.get('lang');
  return (LANGS as readonly string[]).includes(lang ?? '') ? (lang as Lang) : 'fi';
}

/** What the page says about the notice: parsed and checked, or why it could not be. */
async function check(file: string): Promise<{
  problem?: string;
  errors: NoticeIssue[];
  warnings: NoticeIssue[];
  notes: NoticeIssue[];
}> {
  let text: string;
  try {
    ({ text } = await readText(file));
  } catch (error) {
    return { problem: (error as Error).message, errors: [], warnings: [], notes: [] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return {
      problem: `Not valid JSON: ${(error as Error).message}`,
      errors: [],
      warnings: [],
      notes: [],
    };
  }
  const { errors, warnings, notes } = validateNotice(json);
  return { errors, warnings, notes };
}

/** The list of one kind of message, for the page. */
function issueList(title: string, kind: string, issues: NoticeIssue[]): string {
  if (issues.length === 0) return '';
  const items = issues
    .slice(0, 200)
    .map(
      (issue) =>
        `<li class="${kind}"><code>${escape(issue.path || '(notice)')}</code> ${escape(issue.message)}</li>`,
    )
    .join('');
  const more = issues.length > 200 ? `<li>… and ${issues.length - 200} more</li>` : '';
  return `<h2>${title} (${issues.length})</h2><ul>${items}${more}</ul>`;
}

/** The outer page: the language switch, the modal in a frame, the messages beside it. */
async function previewPage(file: string, name: string, lang: Lang): Promise<string> {
  const result = await check(file);
  const switcher = LANGS.map((code) =>
    code === lang
      ? `<strong aria-current="page">${LANG_NAMES[code]}</strong>`
      : `<a href="/?lang=${code}">${LANG_NAMES[code]}</a>`,
  ).join(' · ');
  const verdict = result.problem
    ? `<p class="error" role="alert">${escape(result.problem)}</p>`
    : result.errors.length > 0
      ? '<p class="error" role="alert">The notice has errors: the modal cannot show it. Fix them first.</p>'
      : `<p class="ok">The notice is valid${result.warnings.length > 0 ? ', with warnings' : ''}.</p>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Preview: ${escape(name)}</title>
<style>
  body { margin: 0; font: 15px/1.5 system-ui, sans-serif; display: grid; grid-template-columns: minmax(0, 3fr) minmax(18rem, 2fr); height: 100vh; }
  iframe { border: 0; width: 100%; height: 100vh; background: #eee; }
  aside { overflow: auto; padding: 1rem 1.5rem; border-left: 1px solid #bbb; }
  h1 { font-size: 1.2rem; margin: 0 0 .5rem; } h2 { font-size: 1rem; margin: 1.2rem 0 .4rem; }
  ul { padding-left: 1.1rem; } li { margin: .3rem 0; } code { background: #f0f0f0; padding: 0 .2rem; }
  .error { color: #a00; } .warning { color: #7a4b00; } .ok { color: #05660f; }
</style>
</head>
<body>
<iframe src="/frame?lang=${lang}#tietosuojaseloste" title="The notice in Seloste's modal (${LANG_NAMES[lang]})"></iframe>
<aside>
<h1>${escape(name)}</h1>
<nav aria-label="Language">${switcher}</nav>
${verdict}
${issueList('Errors', 'error', result.errors)}
${issueList('Warnings', 'warning', result.warnings)}
${issueList('Notes', 'note', result.notes)}
<p><a href="/notice.json">The notice as JSON</a> · reload to see your edits.</p>
</aside>
</body>
</html>`;
}

/** The frame: a bare page with the Seloste tag, opening the notice from the address's hash. */
function framePage(lang: Lang): string {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<title>Seloste</title>
<script src="/seloste.js" defer data-notice="/notice.json" data-lang="${lang}" data-reload-on-revoke="false"></script>
</head>
<body>
<p><a href="#tietosuojaseloste" data-seloste-open="notice">${lang === 'sv' ? 'Dataskyddsbeskrivning' : lang === 'en' ? 'Privacy notice' : 'Tietosuojaseloste'}</a></p>
</body>
</html>`;
}

/** A file of the built widget, when the path leads to one inside dist/. */
async function distFile(dist: string, path: string): Promise<string | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return undefined;
  }
  const file = normalize(join(dist, decoded));
  if (!file.startsWith(dist + sep) || file.includes(`${sep}cli${sep}`)) return undefined;
  if (!TYPES[extname(file)]) return undefined;
  try {
    return (await stat(file)).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  response.end(body);
}

/** Serves the preview until stopped; resolves with the server's address. */
async function servePreview(
  file: string,
  port: number,
): Promise<{ url: string; close: () => Promise<void> }> {
  const root = await packageRoot();
  const dist = join(root, 'dist');
  if (!existsSync(join(dist, 'seloste.js'))) {
    throw new InputError(
      `The widget is not built: ${join(dist, 'seloste.js')} is missing. Run npm run build first.`,
    );
  }
  await readText(file);
  const name = file === '-' ? 'standard input' : file;
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        return send(response, 405, 'text/plain; charset=utf-8', 'Only GET.');
      }
      if (url.pathname === '/') {
        return send(
          response,
          200,
          'text/html; charset=utf-8',
          await previewPage(file, name, langOf(url)),
        );
      }
      if (url.pathname === '/frame') {
        return send(response, 200, 'text/html; charset=utf-8', framePage(langOf(url)));
      }
      if (url.pathname === '/notice.json') {
        try {
          return send(response, 200, TYPES['.json'], (await readText(file)).text);
        } catch (error) {
          return send(response, 404, 'text/plain; charset=utf-8', (error as Error).message);
        }
      }
      const asset = await distFile(dist, url.pathname);
      if (asset) return send(response, 200, TYPES[extname(asset)], await readFile(asset));
      return send(response, 404, 'text/plain; charset=utf-8', 'Not found.');
    })().catch((error: unknown) => {
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', String(error));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  }).catch((error: NodeJS.ErrnoException) => {
    throw new InputError(
      error.code === 'EADDRINUSE'
        ? `Port ${port} is in use: choose another with --port, or leave it out.`
        : `Cannot start the preview: ${error.message}.`,
    );
  });
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}/`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

export const command: Command = {
  summary: 'Show a notice in the real modal, fi/sv/en, with its validation, on localhost.',
  usage: USAGE,
  async run(args) {
    const { values, positionals } = parseCommandArgs(args, { port: { type: 'string' } });
    if (values.help) {
      process.stdout.write(`${USAGE}\n`);
      return EXIT.ok;
    }
    const port = values.port === undefined ? 0 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65_535) {
      throw new UsageError(`--port must be a port number from 0 to 65535, not "${values.port}".`);
    }
    const file = oneFile('preview', positionals, 'notice.json');
    if (file === '-')
      throw new UsageError(
        'Give the notice as a file: the preview reads it again on every reload.',
      );
    const { url, close } = await servePreview(file, port);
    process.stdout.write(`Preview of ${file}: ${url}\nPress Ctrl-C to stop.\n`);
    await new Promise<void>((resolve) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        void close().then(resolve);
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    process.stdout.write('Stopped.\n');
    return EXIT.ok;
  },
};
