/**
 * A site where everything goes wrong, for the scanner's fault handling: a redirect loop, a page
 * that never settles, a banner whose script throws, a 20 MB page, and links to a host that is
 * down, to a TLS endpoint that speaks no TLS, and to non-web addresses.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface FaultySite {
  origin: string;
  /** The port of the link to a host that is down. */
  down: number;
  close(): Promise<void>;
}

const page = (title: string, body: string, head = '') => `<!doctype html>
<html lang="fi"><head><meta charset="utf-8"><title>${title}</title>${head}</head>
<body>${body}</body></html>`;

/** A banner whose script fails as it starts, and whose buttons fail when pressed. */
const THROWING_BANNER = `<script>
  document.addEventListener('DOMContentLoaded', function () {
    var box = document.createElement('div');
    box.innerHTML = '<button id="a">Hyväksy kaikki</button> <button id="r">Hylkää kaikki</button>';
    document.body.append(box);
    box.querySelector('#a').addEventListener('click', function () { throw new Error('accept exploded'); });
    box.querySelector('#r').addEventListener('click', function () { throw new Error('reject exploded'); });
  });
  throw new Error('banner exploded');
</script>`;

/** A port nothing listens on (one that was free a moment ago; Chrome refuses ports such as 1). */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

export async function startFaultySite(): Promise<FaultySite> {
  const sockets = new Set<Socket>();
  let port = 0;
  const down = await closedPort();
  const big = page('Iso sivu', '<p>Paljon tekstiä.</p>'.repeat((20 * 1024 * 1024) / 24));
  const server: Server = createServer((request, response) => {
    const html = (body: string) =>
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
    switch (new URL(request.url ?? '/', 'http://x').pathname) {
      case '/':
        return html(
          page(
            'Viallinen sivusto',
            [
              '<a href="/loop">Silmukka</a>',
              '<a href="/hang.html">Jumittaa</a>',
              '<a href="/throws.html">Kaatuu</a>',
              '<a href="/big.html">Iso</a>',
              `<a href="http://localhost:${down}/down">Alhaalla</a>`,
              `<a href="https://localhost:${port}/tls">TLS</a>`,
              '<a href="ftp://localhost/tiedosto">FTP</a>',
              '<a href="javascript:alert(1)">Skripti</a>',
            ].join(' '),
          ),
        );
      case '/loop':
        return response.writeHead(302, { location: '/loop' }).end();
      case '/hang.html':
        return html(
          page(
            'Ei asetu',
            '<img src="/never" alt="">',
            '<script>setInterval(function () { fetch("/ping"); }, 100);</script>',
          ),
        );
      case '/never':
        return; // never answered
      case '/ping':
        return response.writeHead(204).end();
      case '/throws.html':
        return html(page('Kaatuva banneri', '<h1>Kaatuva banneri</h1>', THROWING_BANNER));
      case '/big.html':
        return html(big);
      default:
        return response.writeHead(404).end('Not found');
    }
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  return {
    origin: `http://localhost:${port}`,
    down,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
