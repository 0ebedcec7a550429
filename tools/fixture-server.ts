/**
 * Serves the built stand-in pages (tests/fixtures/dist) on 127.0.0.1 for the
 * e2e tests, the bench and `npm start`. Unknown paths under a site fall back
 * to that site's page, as a single-page app's server would.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export const FIXTURES_DIR = join(process.cwd(), 'tests/fixtures/dist');

export function startFixtureServer(port = 0, root = FIXTURES_DIR): Promise<{ server: Server; origin: string }> {
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(`No stand-in pages in ${root}: run \`npm run build:fixtures\` first.`);
  }
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    let file = join(root, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      const site = path.split('/').filter(Boolean)[0];
      file = join(root, site && existsSync(join(root, site, 'index.html')) ? join(site, 'index.html') : 'index.html');
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolve({ server, origin: `http://localhost:${actual}` });
    }),
  );
}
