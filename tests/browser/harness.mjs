// The harness the browser test scripts share: the page served by serve.py on a free loopback
// port, headless Chromium, a page opened with every request watched (any beyond the origin is
// recorded and refused) and every console error kept, and the mouse and keyboard helpers that
// find items through the page's itemRect(label).
import { createServer } from 'node:net';
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { decodePng, inkStatistics } from './png.mjs';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const outDir = join(root, 'tests/browser/out');
mkdirSync(outDir, { recursive: true });

// The page as a user gets it: python3 serve.py (without building: tests/run.sh built it), on a
// free loopback port.
const port = await new Promise((done) => {
  const probe = createServer();
  probe.listen(0, '127.0.0.1', () => {
    const { port: free } = probe.address();
    probe.close(() => done(free));
  });
});
export const origin = `http://127.0.0.1:${port}`;
export const server = spawn('python3', [join(root, 'serve.py'), '--no-build', '--port', String(port)], {
  cwd: root, env: { ...process.env, CREATORSCOPE_QUIET: '1' }, stdio: ['ignore', 'ignore', 'inherit'],
});
for (let tries = 0; ; tries++) {
  try {
    if ((await fetch(origin + '/')).ok) break;
  } catch {
    if (tries > 100) throw new Error('serve.py did not start');
    await new Promise((done) => setTimeout(done, 100));
  }
}

export const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--enable-unsafe-swiftshader', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});

export async function openPage({ width = 1280, height = 800, deviceScaleFactor = 1 } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor, acceptDownloads: true });
  const page = await context.newPage();
  const record = { consoleErrors: [], foreignRequests: [], requests: 0 };
  page.on('console', (message) => {
    if (message.type() === 'error') record.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => record.consoleErrors.push(String(error)));
  // Every request is seen here; any beyond the origin is recorded and refused.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    record.requests++;
    if (url.startsWith(origin + '/') || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    record.foreignRequests.push(url);
    return route.abort();
  });
  await page.goto(origin + '/');
  await page.evaluate(() => window.creatorscope.ready);
  return { context, page, record };
}

export async function waitForResults(page) {
  await page.waitForFunction(() => {
    const s = window.creatorscope.status();
    return s.phase === 'ready' && s.results_current;
  }, null, { timeout: 60000 });
  // Two more frames so the canvas shows the new results.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

export async function screenshot(page, name) {
  const png = await page.screenshot({ path: join(outDir, `${name}.png`) });
  return inkStatistics(decodePng(png));
}

export async function clickItem(page, label) {
  const rect = await page.evaluate((l) => window.creatorscope.itemRect(l), label);
  if (!rect) throw new Error(`no item labelled ${label} on screen`);
  // An item running past the page's edge (a row of a table wider than the window) is clicked
  // near its left end, in its first cell; any other in its middle.
  const { width, height } = page.viewportSize();
  const top = Math.max(rect.y, 0), bottom = Math.min(rect.y + rect.height, height);
  const x = rect.x + rect.width > width ? Math.max(rect.x, 0) + Math.min(40, (width - Math.max(rect.x, 0)) / 2) : rect.x + rect.width / 2;
  await page.mouse.move(x, (top + bottom) / 2);
  await page.mouse.down();
  // Held for at least 50 ms and one whole frame: ImGui 1.86 reads the button once a frame, so a
  // press and release within one slow frame would be lost.
  await page.waitForTimeout(50);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.mouse.up();
  // The click takes effect on the next frames (slower on a busy machine): wait for them, so
  // that keys typed next go where the click put the focus.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

// Scroll a scrolling area (its note label) with the mouse wheel until the labelled item is
// wholly inside it, a notch at a time (ImGui moves by lines, not pixels).
export async function scrollIntoView(page, area, label) {
  const frames = () => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  for (let tries = 0; tries < 40; ++tries) {
    const box = await page.evaluate((l) => window.creatorscope.itemRect(l), area);
    const item = await page.evaluate((l) => window.creatorscope.itemRect(l), label);
    if (!box || !item) return false;
    if (item.y >= box.y && item.y + item.height <= box.y + box.height) return true;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, item.y < box.y ? -100 : 100);
    await frames();
  }
  return false;
}

// Type into a field: click it, select what it holds, type, and let the frames take the keys.
export async function typeInto(page, label, text) {
  await clickItem(page, label);
  await selectAll(page);
  await page.keyboard.type(text);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

// Select all in the focused text field: Control+A held over two frames, as a person presses it,
// before the next keys (ImGui reads the keys held once a frame, and the characters typed apart).
export async function selectAll(page) {
  const frames = () => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.keyboard.down('Control');
  await page.keyboard.down('a');
  await frames();
  await page.keyboard.up('a');
  await page.keyboard.up('Control');
  await frames();
}

// Two animation frames: what the last input asked is drawn.
export const frames = (page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

// Closes the browser and the server.
export async function closeAll() {
  await browser.close();
  server.kill();
}
