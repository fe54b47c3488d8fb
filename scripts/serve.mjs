// A small static server for the demo and the end-to-end tests: demo/ at /, dist/ at /dist/.
// `node scripts/serve.mjs [port]` serves the demo (default port 5173, or $PORT).
import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/**
 * A strict Content-Security-Policy with Trusted Types: scripts only by nonce (and what they
 * load), styles only from this origin (no 'unsafe-inline'), Trusted Types enforced with the
 * policies Seloste needs: `seloste` (vendor script URLs), `lit-html` (templates) and
 * `dompurify` (the notice's rich text).
 */
export const strictCsp = (nonce) =>
  [
    "default-src 'self'",
    `script-src 'nonce-${nonce}' 'strict-dynamic'`,
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types seloste lit-html dompurify',
  ].join('; ');

/**
 * HTML with `{{nonce}}` in it is served under `strictCsp`, with a fresh nonce each time, as a
 * site with a strict policy would do.
 */
function withCsp(html) {
  if (!html.includes('{{nonce}}')) return { html, headers: {} };
  const nonce = randomBytes(16).toString('base64');
  return {
    html: html.replaceAll('{{nonce}}', nonce),
    headers: { 'content-security-policy': strictCsp(nonce) },
  };
}

/**
 * Starts serving. `mounts` maps URL prefixes to folders (first match wins); `pages` maps
 * paths to HTML made on the fly (tests), or to `{ html, headers }` for a page with headers of
 * its own (a CSP of its own: `{{nonce}}` in it is the page's nonce); `headers(path, request)`
 * may add response headers per request. HTML holding `{{nonce}}` gets the strict CSP (see
 * `withCsp`). With `tls: { key, cert }` it serves https.
 *
 * @example
 * const server = await serve({ port: 0 }); // a free port: server.address().port
 *
 * @param {{
 *   port?: number,
 *   host?: string,
 *   mounts?: [string, string][],
 *   pages?: Map<string, string | { html: string, headers: Record<string, string> }>,
 *   headers?: (path: string, request: import('node:http').IncomingMessage) => Record<string, string>,
 *   tls?: { key: Buffer, cert: Buffer },
 * }} [options]
 */
export async function serve({
  port = 5173,
  host = '127.0.0.1',
  mounts = [
    ['/dist/', join(root, 'dist')],
    ['/', join(root, 'demo')],
  ],
  pages = new Map(),
  headers = () => ({}),
  tls,
} = {}) {
  const handle = async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const html = (body, own = {}) => {
      const page = withCsp(body);
      const nonce = /'nonce-([^']+)'/.exec(page.headers['content-security-policy'] ?? '')?.[1];
      response
        .writeHead(200, {
          'content-type': TYPES['.html'],
          'cache-control': 'no-store',
          ...page.headers,
          ...Object.fromEntries(
            Object.entries(own).map(([name, value]) => [
              name,
              nonce ? value.replaceAll('{{nonce}}', nonce) : value,
            ]),
          ),
          ...headers(pathname, request),
        })
        .end(page.html);
    };
    if (pages.has(pathname)) {
      const page = pages.get(pathname);
      if (typeof page === 'string') html(page);
      else html(page.html, page.headers);
      return;
    }
    const found = mounts.find(([prefix]) => pathname.startsWith(prefix));
    const relative = normalize(decodeURIComponent(pathname.slice(found?.[0].length ?? 0)));
    let file = found && !relative.startsWith('..') ? join(found[1], relative) : undefined;
    try {
      if (file && (await stat(file)).isDirectory()) file = join(file, 'index.html');
      if (!file || !(await stat(file)).isFile()) throw new Error('not a file');
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    if (extname(file) === '.html') {
      html(await readFile(file, 'utf8'));
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      ...headers(pathname, request),
    });
    createReadStream(file).pipe(response);
  };
  const server = tls ? createTlsServer(tls, handle) : createServer(handle);
  await new Promise((resolve) => server.listen(port, host, resolve));
  return server;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.argv[2] ?? process.env.PORT ?? 5173);
  const server = await serve({ port });
  const { port: actual } = server.address();
  console.log(`Seloste demo: http://localhost:${actual}/  (Ctrl+C to stop)`);
}
