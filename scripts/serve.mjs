// A small static server for the demo and the end-to-end tests: demo/ at /, dist/ at /dist/.
// `node scripts/serve.mjs [port]` serves the demo (default port 5173, or $PORT).
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
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
 * Starts serving. `mounts` maps URL prefixes to folders (first match wins); `pages` maps
 * paths to HTML made on the fly (tests); `headers(path)` may add response headers per
 * request, e.g. a Content-Security-Policy for one page.
 *
 * @example
 * const server = await serve({ port: 0 }); // a free port: server.address().port
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
} = {}) {
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    if (pages.has(pathname)) {
      response
        .writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-store', ...headers(pathname) })
        .end(pages.get(pathname));
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
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      ...headers(pathname),
    });
    createReadStream(file).pipe(response);
  });
  await new Promise((resolve) => server.listen(port, host, resolve));
  return server;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.argv[2] ?? process.env.PORT ?? 5173);
  const server = await serve({ port });
  const { port: actual } = server.address();
  console.log(`Seloste demo: http://localhost:${actual}/  (Ctrl+C to stop)`);
}
