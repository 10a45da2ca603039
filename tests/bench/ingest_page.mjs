// Ingest in the page, in headless Chromium, as a user loads a file (the file picker), and in the
// same page on the same file: the engine again from memory in one synchronous pass, and uDSV's
// typed parse and PapaParse (test-only npm packages), timed the same way, for comparison. Prints
// one JSON line per measurement. Also records the frame times and the
// progress bar's positions while loading (status().frames, status().done).
// Usage: node tests/bench/ingest_page.mjs FILE [--no-compare]
import { statSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '../browser/node_modules/playwright-core/index.mjs';
import { serveSite } from './site_server.mjs';
import { duckdbRoutes, duckdbWasmInPage } from './duckdb_wasm_page.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const file = resolve(process.argv[2]);
const compare = !process.argv.includes('--no-compare');
const site = join(root, 'build/wasm/site');
const modules = join(root, 'tests/browser/node_modules');
// The built site, plus /bench/ for the two comparison parsers (same origin: the page's CSP holds).
const server = await serveSite(site, {
  '/bench/udsv.js': join(modules, 'udsv/dist/uDSV.iife.min.js'),
  '/bench/papaparse.js': join(modules, 'papaparse/papaparse.min.js'),
  ...(compare ? duckdbRoutes(join(root, 'tests/browser/out/bench')) : {}),
});
const origin = server.origin;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--enable-unsafe-swiftshader', '--disable-background-networking',
    '--enable-precise-memory-info', '--js-flags=--max-old-space-size=8192'],
});
// uDSV compiles its parser with new Function, which the page's Content-Security-Policy forbids:
// the benchmark's page bypasses the policy (CreatorScope itself runs the same either way).
const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
await page.goto(origin + '/');
await page.evaluate(() => window.creatorscope.ready);
await page.waitForTimeout(500); // let start-up frames (font atlas) pass before measuring frames
await page.evaluate(() => window.creatorscope.resetFrameStats());

const size = statSync(file).size;
const before = await page.evaluate(() => window.creatorscope.loadStats());
const start = Date.now();
await page.setInputFiles('#file-input', file);
const progress = [];
let shot = false;
for (;;) {
  const status = await page.evaluate(() => window.creatorscope.status());
  if (status.phase === 'reading') {
    progress.push(status.done);
    if (!shot && status.done > size / 3) {
      await page.screenshot({ path: join(root, 'tests/browser/out/loading-progress.png') });
      shot = true;
    }
  }
  if (status.inputs.length === 1 && status.phase !== 'reading') break;
  await new Promise((done) => setTimeout(done, 100));
}
const readSeconds = (Date.now() - start) / 1000;
await page.waitForFunction(() => window.creatorscope.status().results_current, null, { timeout: 600000, polling: 50 });
const resultsSeconds = (Date.now() - start) / 1000;
const status = await page.evaluate(() => window.creatorscope.status());
const after = await page.evaluate(() => window.creatorscope.loadStats());
const engineSeconds = (after.engineMs - before.engineMs) / 1000;
// The page's own clock, from the first slice asked to the last fed (no polling in it).
const pageReadSeconds = (after.readMs - before.readMs) / 1000;
const distinct = new Set(progress).size;
console.log(JSON.stringify({
  what: 'page', megabytes: size / 1e6, read_seconds: readSeconds, mb_per_s: size / 1e6 / readSeconds,
  engine_seconds: engineSeconds, engine_mb_per_s: size / 1e6 / engineSeconds, page_read_seconds: pageReadSeconds,
  engine_busy_share_while_reading: engineSeconds / pageReadSeconds, waiting_for_slices_seconds: (after.waitMs - before.waitMs) / 1000,
  yields: after.yields - before.yields,
  drop_to_results_seconds: resultsSeconds, analyse_seconds_after_read: resultsSeconds - readSeconds,
  rows: status.inputs[0].rows, wasm_heap_mb: status.memory.heap_bytes / 1e6, table_mb: status.memory.table_bytes / 1e6,
  frames: status.frames, progress_positions: distinct,
}));

if (compare) {
  await page.addScriptTag({ url: '/bench/udsv.js' });
  await page.addScriptTag({ url: '/bench/papaparse.js' });
  // The same file, picked the same way, read as text, then parsed to typed rows.
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.type = 'file';
    input.id = 'bench-input';
    input.hidden = true;
    document.body.appendChild(input);
  });
  await page.setInputFiles('#bench-input', file);
  const results = await page.evaluate(async () => {
    const file = document.getElementById('bench-input').files[0];
    const out = {};
    let t = performance.now();
    const text = await file.text();
    out.text_seconds = (performance.now() - t) / 1000;
    // CreatorScope's engine under the same conditions as the two parsers: the same file already
    // in memory, read in one synchronous pass with no frame drawn in between. It is a second
    // instance of the page's own module (app.js and app.wasm, main() not run: no canvas loop).
    t = performance.now();
    const bytes = new Uint8Array(await file.arrayBuffer());
    out.array_buffer_seconds = (performance.now() - t) / 1000;
    const app = await window.createCreatorScopeApp({ noInitialRun: true, canvas: document.createElement('canvas') });
    t = performance.now();
    JSON.parse(app.beginFile('posts.csv', 'posts', bytes.length));
    for (let at = 0; at < bytes.length; at += 1 << 20) {
      const piece = bytes.subarray(at, Math.min(bytes.length, at + (1 << 20)));
      const pointer = app.feedBuffer(piece.length);
      app.HEAPU8.set(piece, pointer);
      JSON.parse(app.feedFromBuffer(piece.length));
    }
    JSON.parse(app.finishFile());
    out.engine_seconds = (performance.now() - t) / 1000;
    out.engine_rows = JSON.parse(app.status()).inputs[0].rows;
    t = performance.now();
    const schema = uDSV.inferSchema(text);
    const parser = uDSV.initParser(schema);
    const rows = parser.typedArrs(text);
    out.udsv_seconds = (performance.now() - t) / 1000;
    out.udsv_rows = rows.length;
    t = performance.now();
    const papa = Papa.parse(text, { header: true, dynamicTyping: true, skipEmptyLines: true });
    out.papaparse_seconds = (performance.now() - t) / 1000;
    out.papaparse_rows = papa.data.length;
    return out;
  });
  const mb = size / 1e6;
  console.log(JSON.stringify({ what: 'engine-in-page (same page, same file, from memory, one synchronous pass)', megabytes: mb,
    parse_seconds: results.engine_seconds, mb_per_s: mb / results.engine_seconds,
    with_array_buffer_mb_per_s: mb / (results.engine_seconds + results.array_buffer_seconds), rows: results.engine_rows }));
  // What limits the read through the picker: the browser's own first read of a freshly picked
  // file (file.text(), any slice size takes as long), against the engine's time on the same bytes.
  console.log(JSON.stringify({ what: 'browser reading the picked file alone (first pass, file.text())', megabytes: mb,
    seconds: results.text_seconds, mb_per_s: mb / results.text_seconds, engine_from_memory_seconds: results.engine_seconds }));
  console.log(JSON.stringify({ what: 'udsv-typed (same page, same file)', megabytes: mb, parse_seconds: results.udsv_seconds,
    mb_per_s: mb / results.udsv_seconds, with_file_text_mb_per_s: mb / (results.udsv_seconds + results.text_seconds), rows: results.udsv_rows }));
  console.log(JSON.stringify({ what: 'papaparse-typed (same page, same file)', megabytes: mb, parse_seconds: results.papaparse_seconds,
    mb_per_s: mb / results.papaparse_seconds, rows: results.papaparse_rows }));
  const duck = await duckdbWasmInPage(browser, origin, file);
  console.log(JSON.stringify({ what: `duckdb-wasm ${duck.version} (same browser, same file, from memory, read_csv into a table)`, megabytes: mb,
    parse_seconds: duck.seconds, mb_per_s: mb / duck.seconds, rows: duck.rows,
    engine_over_duckdb_wasm: duck.seconds / results.engine_seconds }));
}
await browser.close();
server.close();
