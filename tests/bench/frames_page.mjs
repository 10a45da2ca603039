// How long the canvas takes to build a frame with 100,000 creators loaded (issue 7's target:
// under 8 ms). Generates a 100,000-row roster, loads it in the page in headless Chromium, then
// measures frames idle, while scrolling the roster with the mouse wheel, after sorting by a
// column, with a filter, and on a creator's page. Prints the UI time per frame (layout and draw
// lists, on the CPU: what the canvas costs) and, apart, the time handing the draw lists to
// WebGL (software WebGL here, so that figure is the machine's, not the page's).
// Usage: node tests/bench/frames_page.mjs [ROWS]
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '../browser/node_modules/playwright-core/index.mjs';
import { serveSite } from './site_server.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const rows = Number(process.argv[2] ?? 100000);
const site = join(root, 'build/wasm/site');
const server = await serveSite(site);
const origin = server.origin;

// The roster: deterministic (a linear congruential generator), platforms, sizes from nano to
// celebrity, averages that give each creator an engagement rate, fees.
let seed = 20261126;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const platforms = ['instagram', 'tiktok', 'youtube'];
const lines = ['handle,platform,followers,following,posts_count,avg_likes,avg_comments,country,category,fee,currency'];
for (let i = 0; i < rows; i++) {
  const followers = Math.round(500 * Math.pow(10, random() * 4.3));
  const likes = Math.round(followers * (0.005 + random() * 0.06));
  lines.push(`creator_${String(i).padStart(6, '0')},${platforms[i % 3]},${followers},${Math.round(200 + random() * 2000)},` +
    `${Math.round(20 + random() * 900)},${likes},${Math.round(likes * (0.01 + random() * 0.05))},US,lifestyle,${Math.round(followers / 100)},USD`);
}
const csv = lines.join('\n') + '\n';

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--enable-unsafe-swiftshader', '--disable-background-networking'],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto(origin + '/');
await page.evaluate(() => window.creatorscope.ready);
await page.evaluate((text) => window.creatorscope.loadFile('roster-100k.csv', text), csv);
await page.waitForFunction(() => {
  const s = window.creatorscope.status();
  return s.phase === 'ready' && s.results_current;
}, null, { timeout: 300000 });
const creators = (await page.evaluate(() => window.creatorscope.status())).creators;
const frames = (n) => page.evaluate((count) => new Promise((done) => {
  let left = count;
  const next = () => (--left <= 0 ? done() : requestAnimationFrame(next));
  requestAnimationFrame(next);
}), n);
const rect = (label) => page.evaluate((l) => window.creatorscope.itemRect(l), label);
const click = async (label) => {
  const r = await rect(label);
  if (!r) throw new Error(`no item labelled ${label}`);
  await page.mouse.move(r.x + r.width / 2, r.y + r.height / 2);
  await page.mouse.down();
  await frames(2);
  await page.mouse.up();
};
const measure = async (what, action) => {
  await page.evaluate(() => window.creatorscope.resetFrameStats());
  await action();
  const f = (await page.evaluate(() => window.creatorscope.status())).frames;
  console.log(JSON.stringify({ what, creators, ui_ms: f.ui_ms, gl_ms: f.gl_ms }));
};
await measure('idle, roster shown', () => frames(120));
await measure('scrolling the roster (mouse wheel)', async () => {
  await page.mouse.move(700, 500);
  for (let i = 0; i < 150; i++) {
    await page.mouse.wheel(0, 240);
    await frames(1);
  }
});
await measure('sorting by engagement rate, then idle', async () => {
  await click('Header: Engagement rate');
  await frames(60);
});
await measure('filtered to TikTok, then idle', async () => {
  await click('Filter Platform');
  await frames(3);
  await click('Platform tiktok');
  await frames(60);
});
await measure('a creator page open', async () => {
  const first = await page.evaluate(() => {
    for (let i = 0; i < 100000; i++) {
      const label = `Creator: creator_${String(i).padStart(6, '0')} tiktok`;
      if (window.creatorscope.itemRect(label)) return label;
    }
    return null;
  });
  if (first) await click(first);
  await frames(90);
});
await browser.close();
server.close();
