// DuckDB-wasm as a peer of the ingest benchmark, in headless Chromium (@duckdb/duckdb-wasm,
// test-only): a blank page on the benchmark's origin loads DuckDB-wasm's exception-handling
// build in a worker, the same file is picked through a file input and registered from memory,
// and CREATE TABLE AS read_csv (its type detection) is timed, as the engine's read is.
// DuckDB-wasm's module imports apache-arrow by name: the page's import map points that name at
// a module made here from Arrow's own browser bundle (its exported names, read under node).
import { writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const modules = join(here, 'node_modules');
const dist = join(modules, '@duckdb/duckdb-wasm/dist');

// The paths to serve (add them to serveSite's extra map), written into `out`.
export function duckdbRoutes(out) {
  mkdirSync(out, { recursive: true });
  const arrowBundle = join(modules, 'apache-arrow/Arrow.es2015.min.js');
  const names = Object.keys(createRequire(import.meta.url)(arrowBundle));
  writeFileSync(join(out, 'arrow-module.mjs'), `const A = globalThis.Arrow;\nexport const { ${names.join(', ')} } = A;\nexport default A;\n`);
  writeFileSync(join(out, 'duckdb.html'), '<!DOCTYPE html><html><head><meta charset="utf-8">' +
    '<script type="importmap">{"imports": {"apache-arrow": "/bench/duckdb/arrow-module.mjs"}}</script>' +
    '<script src="/bench/duckdb/arrow.js"></script></head><body><input type="file" id="bench-input"></body></html>');
  return {
    '/bench/duckdb/index.html': join(out, 'duckdb.html'),
    '/bench/duckdb/arrow.js': arrowBundle,
    '/bench/duckdb/arrow-module.mjs': join(out, 'arrow-module.mjs'),
    '/bench/duckdb/duckdb-browser.mjs': join(dist, 'duckdb-browser.mjs'),
    '/bench/duckdb/duckdb-browser-eh.worker.js': join(dist, 'duckdb-browser-eh.worker.js'),
    '/bench/duckdb/duckdb-eh.wasm': join(dist, 'duckdb-eh.wasm'),
  };
}

// Reads `file` into DuckDB-wasm in a new page of `browser`; returns { seconds, rows, version }.
export async function duckdbWasmInPage(browser, origin, file) {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error('duckdb page:', error.message));
  await page.goto(origin + '/bench/duckdb/index.html');
  await page.setInputFiles('#bench-input', resolve(file));
  const result = await page.evaluate(async () => {
    const duckdb = await import('/bench/duckdb/duckdb-browser.mjs');
    const worker = new Worker('/bench/duckdb/duckdb-browser-eh.worker.js');
    const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
    await db.instantiate('/bench/duckdb/duckdb-eh.wasm');
    const bytes = new Uint8Array(await document.getElementById('bench-input').files[0].arrayBuffer());
    await db.registerFileBuffer('posts.csv', bytes);
    const connection = await db.connect();
    const t = performance.now();
    await connection.query("CREATE TABLE posts AS SELECT * FROM read_csv('posts.csv', header = true)");
    const seconds = (performance.now() - t) / 1000;
    const rows = Number((await connection.query('SELECT count(*) AS n FROM posts')).toArray()[0].n);
    const version = await db.getVersion();
    await connection.close();
    await db.terminate();
    return { seconds, rows, version };
  });
  await page.close();
  return result;
}
