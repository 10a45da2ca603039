// The built page (build/wasm/site) served on a free loopback port for the page benchmarks, with
// extra paths mapped to files (the comparison parsers, on the same origin so that the page's
// Content-Security-Policy holds). Returns { origin, close }.
import { createServer } from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { join, extname } from 'node:path';

const types = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css',
  '.json': 'application/json', '.csv': 'text/csv' };

export async function serveSite(site, extra = {}) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    const target = extra[path] ?? join(site, path === '/' ? 'index.html' : path);
    if (!existsSync(target) || statSync(target).isDirectory()) {
      response.writeHead(404);
      response.end();
      return;
    }
    response.writeHead(200, { 'Content-Type': types[extname(target)] ?? 'application/octet-stream' });
    response.end(readFileSync(target));
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}
