// Start-up: the page's WebAssembly, script and font data (app.data) sizes as served and with brotli (quality 11, as a
// static host compresses them; node's zlib), and the time from navigation to the first frame the
// canvas draws, on localhost in headless Chromium (median of 5 fresh loads; the first load of a
// browser compiles the module without a cache, so each load is a new browser context).
// Also when the WebAssembly module was ready (compiled, instantiated, main() run). Prints one JSON line. Usage: node tests/bench/startup_page.mjs
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import { chromium } from '../browser/node_modules/playwright-core/index.mjs';
import { serveSite } from './site_server.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const site = join(root, 'build/wasm/site');
const brotli = (path) => brotliCompressSync(readFileSync(path), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const sizes = {};
for (const name of readdirSync(site)) {
  if (!/\.(wasm|js|data)$/.test(name)) continue;
  sizes[name] = { bytes: readFileSync(join(site, name)).length, brotli_bytes: brotli(join(site, name)) };
}

const server = await serveSite(site);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--enable-unsafe-swiftshader', '--disable-background-networking'],
});
const loads = [];
for (let k = 0; k < 5; ++k) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  // From the first script on, look once a display frame for the canvas's first drawn frame.
  await page.addInitScript(() => {
    const look = () => {
      if (window.creatorscope?.ready && !window.readyHooked) {
        window.readyHooked = true;
        window.creatorscope.ready.then(() => { window.readyMs = performance.now(); });
      }
      const frames = window.creatorscope?.status?.().frames;
      if (frames && frames.count >= 1) {
        window.firstFrameMs = performance.now();
        return;
      }
      requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  await page.goto(server.origin + '/');
  await page.waitForFunction(() => window.firstFrameMs !== undefined, null, { timeout: 60000 });
  loads.push(await page.evaluate(() => ({
    first_frame_ms: window.firstFrameMs,
    engine_ready_ms: window.readyMs,
    dom_content_loaded_ms: performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd,
  })));
  await context.close();
}
await browser.close();
server.close();
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const wasm = Object.entries(sizes).find(([name]) => name.endsWith('.wasm'));
console.log(JSON.stringify({
  what: 'page start-up (localhost, headless Chromium, software GL)',
  wasm_file: wasm?.[0], wasm_bytes: wasm?.[1].bytes, wasm_brotli_kb: wasm ? wasm[1].brotli_bytes / 1000 : null,
  scripts: sizes, first_frame_ms_median: median(loads.map((l) => l.first_frame_ms)),
  first_frame_ms_each: loads.map((l) => Math.round(l.first_frame_ms)),
  dom_content_loaded_ms_median: median(loads.map((l) => l.dom_content_loaded_ms)),
  engine_ready_ms_median: median(loads.map((l) => l.engine_ready_ms ?? NaN)),
}));
