// Browser tests: the real page in headless Chromium, driven the way a person and a script do.
// - loads the page, waits for window.creatorscope.ready, loads the sample through the API,
//   finds every sample creator in reportJson(), screenshots the roster and checks the canvas
//   is not blank;
// - clicks "Try it with sample data" and "Export roster CSV" with the mouse (found through
//   itemRect) and checks the downloaded CSV, including formula neutralisation;
// - loads a malformed CSV and checks the issues and that nothing crashed;
// - fails on any console error and on any request beyond the page's origin.
// Usage: node tests/browser/page.test.mjs   (serves build/wasm/site through serve.py)
import { check, finish } from '../js/checks.mjs';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { decodePng, inkStatistics, meanLuminance } from './png.mjs';
import Ajv from 'ajv';
import { root, outDir, origin, browser, server, openPage, waitForResults, screenshot, clickItem, scrollIntoView, typeInto, selectAll } from './harness.mjs';

{
  const page = await fetch(origin + '/');
  const wasm = await fetch(origin + '/app.wasm');
  check('serve.py serves the page without COOP/COEP headers',
    page.ok && !page.headers.has('cross-origin-opener-policy') && !page.headers.has('cross-origin-embedder-policy'));
  check('serve.py serves .wasm as application/wasm', wasm.headers.get('content-type') === 'application/wasm',
    wasm.headers.get('content-type'));
}

// The report's JSON Schema (assets/schema): every golden report and the page's exports must
// validate against it.
const validateReport = new Ajv({ allErrors: true, strict: false })
  .compile(JSON.parse(readFileSync(join(root, 'assets/schema/report.schema.json'), 'utf8')));
for (const name of readdirSync(join(root, 'tests/golden'))) {
  const path = join(root, 'tests/golden', name, 'expected.json');
  if (!existsSync(path)) continue;
  const kase = JSON.parse(readFileSync(join(root, 'tests/golden', name, 'case.json'), 'utf8'));
  if (kase.compare === 'summary') continue;  // a summary of the report, not the whole report
  const golden = JSON.parse(readFileSync(path, 'utf8'));
  check(`the golden report ${name} is valid against the schema`, validateReport(golden), JSON.stringify(validateReport.errors?.slice(0, 3)));
}


const sampleHandles = readFileSync(join(root, 'assets/sample/roster.csv'), 'utf8')
  .trim().split('\n').slice(1).map((line) => `${line.split(',')[0]}/${line.split(',')[2]}`);


// 1. The sample through the API, the report, a screenshot.
{
  const { context, page, record } = await openPage();
  const empty = await screenshot(page, 'empty-state');
  check('the empty state is drawn (not a blank canvas)', empty.distinctColours > 20 && empty.inkShare > 0.01,
    JSON.stringify(empty));
  await page.evaluate(() => window.creatorscope.loadSample());
  await waitForResults(page);
  const reportText = await page.evaluate(() => window.creatorscope.reportJson());
  const report = JSON.parse(reportText);
  check('the report has the contract schema', report.schema === 'creatorscope.report/1');
  const found = new Set(report.creators.map((c) => `${c.handle}/${c.platform}`));
  const missing = sampleHandles.filter((h) => !found.has(h));
  check(`every sample creator is in reportJson() (${sampleHandles.length})`, missing.length === 0 && report.creators.length === sampleHandles.length,
    `missing ${missing.join(', ')}`);
  check('every sample creator has a tier and an engagement rate',
    report.creators.every((c) => c.tier && typeof c.engagement.rate === 'number'));
  const native = readFileSync(join(root, 'tests/golden/sample/expected.json'), 'utf8');
  check('the page report equals the native golden report byte for byte', reportText === native);
  const roster = await screenshot(page, 'roster');
  await page.setViewportSize({ width: 1280, height: 1420 });
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await screenshot(page, 'roster-all-creators');
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  check('the roster screenshot is not blank', roster.distinctColours > 50 && roster.inkShare > 0.05, JSON.stringify(roster));
  // The panels are the frame's clear colour and the ground is painted around them (each pixel
  // filled once): the ground shows in the margins and between the panels, the panels are white.
  const rosterImage = decodePng(readFileSync(join(outDir, 'roster.png')));
  const colourAt = (x, y) => {
    const at = (y * rosterImage.width + x) * rosterImage.channels;
    return Array.from(rosterImage.pixels.subarray(at, at + 3)).join(',');
  };
  const grounds = [colourAt(6, 400), colourAt(292, 400), colourAt(1274, 400), colourAt(640, 796)];
  const panels = [colourAt(16, 400), colourAt(302, 400)];
  check('the ground shows around the panels and the panels are white',
    grounds.every((c) => c === '246,247,250') && panels.every((c) => c === '255,255,255'), `ground ${grounds.join(' ')}; panels ${panels.join(' ')}`);
  const status = await page.evaluate(() => window.creatorscope.status());
  check('status() counts frames and every input', status.frames && status.frames.count > 0 && Array.isArray(status.frames.slow) &&
    status.inputs.length === 11,
    JSON.stringify(status).slice(0, 300));
  // Idle, the page draws nothing again: 40 frames come, at most two draw (the once-a-second redraw).
  const idleBefore = status.frames;
  await page.evaluate(() => new Promise((done) => {
    let left = 40;
    const next = () => (--left <= 0 ? done() : requestAnimationFrame(next));
    requestAnimationFrame(next);
  }));
  const idleAfter = (await page.evaluate(() => window.creatorscope.status())).frames;
  check('an idle page does not draw the same frame again', idleAfter.count - idleBefore.count >= 40 && idleAfter.drawn - idleBefore.drawn <= 2,
    `${idleAfter.count - idleBefore.count} frames, ${idleAfter.drawn - idleBefore.drawn} drawn`);

  // The figures of issue 4 are in the report and in the roster, each header with its formula.
  const ana = report.creators.find((c) => c.handle === 'lena.andrews' && c.platform === 'instagram');
  check('the report has growth, cadence, benchmark and cost for each creator',
    report.creators.every((c) => c.growth && c.cadence && c.benchmark && c.cost && c.engagement.rates) &&
    ana.growth.growth_30d !== null && ana.benchmark.reference.band && ana.cost.cpe > 0 && ana.engagement.formula.followers_basis === 'at post time',
    JSON.stringify(ana).slice(0, 300));
  await page.setViewportSize({ width: 2800, height: 900 });
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  for (const header of ['Authenticity', 'Flags', 'Peer rank', 'Benchmark', 'Growth 30d', 'Posts/week', 'Suspicious', 'Sponsored', 'CPE', 'CPM', 'EMV', 'ROI']) {
    check(`the roster shows the ${header} column`, await page.evaluate((l) => window.creatorscope.itemRect(l), `Header: ${header}`) !== null);
  }
  await clickItem(page, 'Header: CPE');
  const cpeHeader = await page.evaluate(() => window.creatorscope.itemRect('Header: CPE'));
  // Hover the first row's CPE (the cell starts at the column's left edge) to show its formula.
  await page.mouse.move(cpeHeader.x + 12, cpeHeader.y + cpeHeader.height * 1.5, { steps: 4 });
  await page.waitForTimeout(300);
  await screenshot(page, 'roster-wide');
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await clickItem(page, 'Header: Handle');

  // Flags: sorted by flags, the bought-followers account comes first; its page lists the flags
  // with their evidence and the follower sample; Escape closes it.
  await clickItem(page, 'Header: Flags');
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.screenshot({ path: join(outDir, 'roster-by-flags.png') });
  const flagged = report.creators.filter((c) => c.flags.some((f) => f.severity === 'high'));
  check('the report flags the planted problems with high severity (glowup.daily among them)',
    flagged.some((c) => c.handle === 'glowup.daily') && flagged.length >= 6, flagged.map((c) => c.handle).join(', '));
  await clickItem(page, 'Creator: glowup.daily instagram');
  await page.waitForTimeout(200);
  const pageRect = await page.evaluate(() => window.creatorscope.itemRect('Flag: FOLLOWER_SPIKE'));
  check('clicking a creator opens its page with the flags and their evidence', pageRect !== null);
  const charts = [];
  for (const chart of ['Chart: engagement rate', 'Chart: followers', 'Chart: likes against comments']) {
    charts.push(await page.evaluate((l) => window.creatorscope.itemRect(l), chart));
  }
  check('the creator page draws its three charts', charts.every((r) => r !== null && r.width > 200 && r.height > 100),
    JSON.stringify(charts));
  await screenshot(page, 'creator-page');
  await page.keyboard.down('Escape');
  await page.waitForTimeout(100);
  await page.keyboard.up('Escape');
  await page.waitForTimeout(200);
  check('Escape closes the creator page', (await page.evaluate(() => window.creatorscope.itemRect('Creator page'))) === null);
  await clickItem(page, 'Header: Handle');

  // The keyboard alone: from the search field, the arrow keys reach the roster, Enter enters it,
  // the arrows move along the rows and Enter opens a creator's page; Escape closes it.
  const press = async (key) => {
    await page.keyboard.down(key);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await page.keyboard.up(key);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  };
  await clickItem(page, 'Search');
  for (const key of ['Escape', 'ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown', 'Enter', 'ArrowDown', 'ArrowDown', 'Enter']) {
    await press(key);
  }
  check('the keyboard alone opens a creator page (arrows and Enter)',
    (await page.evaluate(() => window.creatorscope.itemRect('Creator page'))) !== null);
  await press('Escape');
  check('Escape closes it again', (await page.evaluate(() => window.creatorscope.itemRect('Creator page'))) === null);

  // Flag settings: raise the inactivity thresholds in the page, apply, and the dormant account
  // is no longer flagged; Defaults and Apply bring the flag back.
  const inactiveFlags = async () => JSON.parse(await page.evaluate(() => window.creatorscope.reportJson()))
    .creators.find((c) => c.handle === 'old.school.eats').flags.map((f) => f.id);
  check('the dormant sample account is flagged INACTIVE', (await inactiveFlags()).includes('INACTIVE'));
  await clickItem(page, 'Flag settings');
  await page.waitForTimeout(200);
  await clickItem(page, 'Filter thresholds');
  await page.keyboard.type('_days');
  await page.waitForTimeout(200);
  for (const name of ['inactive_days', 'irregular_gap_days']) {
    await clickItem(page, `Threshold: ${name}`);
    await selectAll(page);
    await page.keyboard.type('120');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(100);
  }
  await screenshot(page, 'flag-settings');
  await clickItem(page, 'Apply thresholds');
  await page.waitForFunction(() => window.creatorscope.status().results_current, null, { timeout: 60000 });
  check('thresholds changed in the page change the flags', !(await inactiveFlags()).includes('INACTIVE'));
  await clickItem(page, 'Default thresholds');
  await clickItem(page, 'Apply thresholds');
  await page.waitForFunction(() => window.creatorscope.status().results_current, null, { timeout: 60000 });
  check('Defaults brings the built-in thresholds back', (await inactiveFlags()).includes('INACTIVE'));
  await clickItem(page, 'Close thresholds');
  await page.waitForTimeout(100);
  // The brief editor: target Japan instead of US, GB and CA, apply, and the account whose
  // audience is mostly in Japan is no longer flagged for geography; Save brief downloads the
  // edited brief; the original targets come back.
  const geoFlags = async () => JSON.parse(await page.evaluate(() => window.creatorscope.reportJson()))
    .creators.find((c) => c.handle === 'homebrew.hana').flags.map((f) => f.id);
  check('an account with its audience in Japan is flagged AUDIENCE_GEO_MISMATCH', (await geoFlags()).includes('AUDIENCE_GEO_MISMATCH'));
  const setTargets = async (text, flagged) => {
    await clickItem(page, 'Brief');
    await page.waitForTimeout(200);
    await clickItem(page, 'Brief: Target countries');
    // The field takes the keyboard on the next frames (slower on a busy machine).
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await selectAll(page);
    await page.keyboard.type(text);
    await clickItem(page, 'Apply brief');
    // The edited brief is read in the background: wait until the analysis has it (or a minute).
    await page.waitForFunction((want) => JSON.parse(window.creatorscope.reportJson()).creators
      .find((c) => c.handle === 'homebrew.hana').flags.some((f) => f.id === 'AUDIENCE_GEO_MISMATCH') === want,
    flagged, { timeout: 60000, polling: 250 }).catch(() => {});
  };
  await setTargets('JP, US', false);
  await screenshot(page, 'brief-editor');
  check('targets changed in the brief editor change the flags', !(await geoFlags()).includes('AUDIENCE_GEO_MISMATCH'));
  const briefDownload = page.waitForEvent('download');
  await clickItem(page, 'Save brief');
  const briefPath = join(outDir, 'brief-saved.json');
  await (await briefDownload).saveAs(briefPath);
  const saved = JSON.parse(readFileSync(briefPath, 'utf8'));
  check('Save brief downloads the edited brief with its other fields', JSON.stringify(saved.target.countries) === '["JP","US"]' &&
    saved.name === 'Autumn capsule launch' && saved.budget === 60000 && saved.blocklist.length > 0, JSON.stringify(saved.target));
  await clickItem(page, 'Close brief');
  await setTargets('US, GB, CA', true);
  await clickItem(page, 'Close brief');
  check('the brief editor puts the targets back', (await geoFlags()).includes('AUDIENCE_GEO_MISMATCH'));
  const inputsNow = (await page.evaluate(() => window.creatorscope.status())).inputs.filter((i) => i.kind === 'brief').length;
  check('applying a brief replaces it rather than adding one', inputsNow === 1, inputsNow);
  // Other niches: the engine searches the captions it kept, so no file is read again (only the
  // brief's own bytes are fed), and the content matches change.
  const contentScores = async () => JSON.parse(await page.evaluate(() => window.creatorscope.reportJson()))
    .creators.map((c) => c.scores.alignment?.parts?.content?.score ?? null).join(',');
  const setNiches = async (text) => {
    const before = await contentScores();
    await clickItem(page, 'Brief');
    await page.waitForTimeout(200);
    await clickItem(page, 'Brief: Niches');
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await selectAll(page);
    await page.keyboard.type(text);
    await clickItem(page, 'Apply brief');
    await page.waitForFunction((was) => window.creatorscope.status().results_current &&
      JSON.parse(window.creatorscope.reportJson()).creators.map((c) => c.scores.alignment?.parts?.content?.score ?? null).join(',') !== was,
    before, { timeout: 60000, polling: 250 }).catch(() => {});
    await clickItem(page, 'Close brief');
    return before;
  };
  const fedBefore = (await page.evaluate(() => window.creatorscope.loadStats())).bytes;
  const withSampleNiches = await setNiches('coffee');
  const coffeeOnly = await contentScores();
  const fed = (await page.evaluate(() => window.creatorscope.loadStats())).bytes - fedBefore;
  check('other niches in the brief editor change the content matches', coffeeOnly !== withSampleNiches, coffeeOnly);
  check('other niches are searched for without reading any file again (only the brief is read)', fed > 0 && fed < 4096, `${fed} bytes fed`);
  await setNiches('sustainable fashion, home fitness, skincare, coffee, travel');
  check('the sample niches back give the same content matches', (await contentScores()) === withSampleNiches);

  // The tier scheme, chosen in the page: five-band, then back to the guide.
  await clickItem(page, 'Tier scheme');
  await page.waitForTimeout(150);
  await clickItem(page, 'Tier scheme: five-band');
  await page.waitForFunction(() => window.creatorscope.status().results_current, null, { timeout: 60000 });
  const fiveBand = JSON.parse(await page.evaluate(() => window.creatorscope.reportJson()));
  await screenshot(page, 'roster-five-band');
  check('choosing five-band in the page re-tiers the roster', fiveBand.settings.tier_scheme === 'five-band' &&
    fiveBand.creators.some((c) => c.tier === 'mid'), fiveBand.settings.tier_scheme);
  await clickItem(page, 'Tier scheme');
  await page.waitForTimeout(150);
  await clickItem(page, 'Tier scheme: guide');
  await page.waitForFunction(() => window.creatorscope.status().results_current, null, { timeout: 60000 });

  // Attribution: the tab shows every campaign creator's CPA, ROAS and ROI; the settings change
  // the journeys; Defaults brings them back.
  const attribution = async () => JSON.parse(await page.evaluate(() => window.creatorscope.reportJson())).attribution;
  await clickItem(page, 'Tab: Attribution');
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const campaign = (await attribution()).creators;
  check('the sample campaign has six creators with costs', campaign.length === 6, campaign.length);
  for (const creator of campaign) {
    const shown = [];
    for (const figure of ['CPA', 'ROAS', 'ROI']) {
      shown.push(await page.evaluate((l) => window.creatorscope.itemRect(l), `${figure}: ${creator.handle}`));
    }
    const markov = creator.models.markov;
    check(`the attribution view shows ${creator.handle}'s CPA, ROAS and ROI`, shown.every((r) => r !== null) &&
      markov.cpa > 0 && markov.roas > 0 && typeof markov.roi === 'number', JSON.stringify(markov));
  }
  check('the chart and the channel table are drawn', (await page.evaluate(() => window.creatorscope.itemRect('Attribution chart'))) !== null &&
    (await page.evaluate(() => window.creatorscope.itemRect('Channel: google'))) !== null);
  const attributionShot = await screenshot(page, 'attribution');
  check('the attribution screenshot is not blank', attributionShot.distinctColours > 50, JSON.stringify(attributionShot));
  await clickItem(page, 'Markov order');
  await page.waitForTimeout(150);
  await clickItem(page, 'Markov order: 2');
  await clickItem(page, 'Lookback days');
  await selectAll(page);
  await page.keyboard.type('7');
  await page.keyboard.press('Enter');
  await clickItem(page, 'Apply attribution settings');
  await page.waitForFunction(() => window.creatorscope.status().results_current, null, { timeout: 60000 });
  const changed = await attribution();
  check('lookback and Markov order set in the page re-run the attribution', changed.settings.lookback_days === 7 &&
    changed.settings.markov_order === 2 && changed.journeys.visits_outside_lookback > 0, JSON.stringify(changed.settings));
  await clickItem(page, 'Credit model');
  await page.waitForTimeout(150);
  await clickItem(page, 'Credit model: Last touch');
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await screenshot(page, 'attribution-last-touch');
  await clickItem(page, 'Default attribution settings');
  await page.waitForFunction(() => window.creatorscope.status().results_current, null, { timeout: 60000 });
  const defaults = await attribution();
  check('Defaults brings the attribution settings back', defaults.settings.lookback_days === 30 && defaults.settings.markov_order === 1,
    JSON.stringify(defaults.settings));
  await clickItem(page, 'Tab: Roster');
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

  // Filters: accounts with a high flag, then TikTok macro accounts; Show all clears them.
  const onScreen = async (label) => (await page.evaluate((l) => window.creatorscope.itemRect(l), label)) !== null;
  const nextFrames = () => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await clickItem(page, 'Filter Flags');
  await page.waitForTimeout(150);
  await clickItem(page, 'Flags a high flag');
  await nextFrames();
  const highFlagged = JSON.parse(await page.evaluate(() => window.creatorscope.reportJson())).creators
    .filter((c) => c.flags.some((f) => f.severity === 'high'));
  const shownHigh = [];
  for (const c of highFlagged) shownHigh.push(await onScreen(`Creator: ${c.handle} ${c.platform}`));
  check('the flag filter shows every account with a high flag', highFlagged.length >= 5 && shownHigh.every(Boolean),
    `${highFlagged.length} accounts`);
  check('the flag filter hides accounts without one', !(await onScreen('Creator: lena.andrews instagram')));
  await screenshot(page, 'roster-filtered');
  await clickItem(page, 'Show all');
  await clickItem(page, 'Filter Platform');
  await page.waitForTimeout(150);
  await clickItem(page, 'Platform tiktok');
  await clickItem(page, 'Filter Tier');
  await page.waitForTimeout(150);
  await clickItem(page, 'Tier macro');
  await nextFrames();
  check('platform and tier filters combine', (await onScreen('Creator: viral.clips.hub tiktok')) &&
    (await onScreen('Creator: lena.andrews tiktok')) && !(await onScreen('Creator: lena.andrews instagram')) &&
    !(await onScreen('Creator: diegobrews tiktok')));
  await clickItem(page, 'Show all');
  await nextFrames();
  check('Show all clears the filters', await onScreen('Creator: aishapatel.skin instagram'));

  // The mouse wheel scrolls the roster: two notches down hide the first rows, two up bring them
  // back (the third row: ImGui's list clipper always lays out the first to measure it).
  const third = 'Creator: bookish.ben youtube';
  const thirdRow = await page.evaluate((l) => window.creatorscope.itemRect(l), third);
  await page.mouse.move(thirdRow.x + 200, thirdRow.y + 200);
  await page.mouse.wheel(0, 200);
  await nextFrames();
  const scrolledAway = !(await onScreen(third));
  await page.mouse.wheel(0, -200);
  await nextFrames();
  const backAgain = await onScreen(third);
  check('the mouse wheel scrolls the roster down and back up', scrolledAway && backAgain, `${JSON.stringify(thirdRow)} away ${scrolledAway} back ${backAgain}`);

  // Sort by engagement rate with a click on the header, then look again.
  const before = await page.screenshot();
  await clickItem(page, 'Header: Engagement rate');
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const after = await page.screenshot({ path: join(outDir, 'roster-sorted.png') });
  check('clicking a column header changes the roster (sorting)', !before.equals(after));

  // Themes: the dark one, its creator page, then back to light.
  const lightness = async (name) => meanLuminance(decodePng(await page.screenshot({ path: join(outDir, `${name}.png`) })));
  const lightLevel = await lightness('theme-light');
  await clickItem(page, 'Theme');
  await nextFrames();
  const darkLevel = await lightness('theme-dark');
  check('the Dark button switches to the dark theme', darkLevel < 80 && lightLevel > 180, `${darkLevel.toFixed(0)} against ${lightLevel.toFixed(0)}`);
  await clickItem(page, 'Search');
  await page.keyboard.type('glowup');
  await nextFrames();
  await clickItem(page, 'Creator: glowup.daily instagram');
  await nextFrames();
  await screenshot(page, 'creator-page-dark');
  await page.keyboard.down('Escape');
  await page.waitForTimeout(80);
  await page.keyboard.up('Escape');
  await nextFrames();
  await clickItem(page, 'Show all');
  // A shortcut pressed and released between two frames still counts (the page holds a key down
  // until a frame has seen it): Ctrl+A, quick, in the search field, then a new search.
  await clickItem(page, 'Search');
  await page.keyboard.type('glowup');
  await nextFrames();
  await page.keyboard.press('Control+A');
  await nextFrames();
  await page.keyboard.type('lena.andrews');
  await nextFrames();
  check('a quick Ctrl+A selects the search text, which the next keys replace',
    (await onScreen('Creator: lena.andrews instagram')) && !(await onScreen('Creator: glowup.daily instagram')));
  // Paste: the browser's paste event hands the text over, and Ctrl+V puts it in the field.
  await selectAll(page);
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData('text/plain', 'glowup.daily');
    document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
  });
  await page.keyboard.down('Control');
  await page.keyboard.press('v');
  await page.keyboard.up('Control');
  await nextFrames();
  check('text pasted with Ctrl+V goes into the search field',
    (await onScreen('Creator: glowup.daily instagram')) && !(await onScreen('Creator: lena.andrews instagram')));
  await clickItem(page, 'Show all');
  await clickItem(page, 'Theme');
  await nextFrames();
  check('the Light button switches back', (await lightness('theme-light-again')) > 180);

  // The workspace: saved from the Export menu with a tier scheme and an attribution setting
  // changed, the page cleared, the file opened through the file picker: the same report, byte
  // for byte.
  await page.evaluate(() => window.creatorscope.setTierScheme('five-band'));
  await page.evaluate(() => window.creatorscope.setAttributionSettings('{"lookback_days": 14}'));
  await waitForResults(page);
  const beforeSave = await page.evaluate(() => window.creatorscope.reportJson());
  const workspaceDownload = page.waitForEvent('download');
  await clickItem(page, 'Export');
  await page.waitForTimeout(150);
  await clickItem(page, 'Export workspace');
  const workspacePath = join(outDir, 'workspace.json');
  await (await workspaceDownload).saveAs(workspacePath);
  const workspace = JSON.parse(readFileSync(workspacePath, 'utf8'));
  check('the workspace holds every file and the settings', workspace.schema === 'creatorscope.workspace/1' &&
    workspace.files.length === 11 && workspace.settings.tier_scheme === 'five-band' && workspace.settings.attribution.lookback_days === 14,
    JSON.stringify({ files: workspace.files.length, settings: workspace.settings }));
  await clickItem(page, 'Clear');
  await nextFrames();
  check('Clear empties the page', (await page.evaluate(() => window.creatorscope.status())).inputs.length === 0);
  await page.evaluate(() => window.creatorscope.setTierScheme('guide'));
  await page.evaluate(() => window.creatorscope.setAttributionSettings(''));
  await page.setInputFiles('#file-input', workspacePath);
  await page.waitForFunction(() => window.creatorscope.status().inputs.length === 11, null, { timeout: 60000 });
  await waitForResults(page);
  const afterLoad = await page.evaluate(() => window.creatorscope.reportJson());
  check('opening the workspace gives the same report, byte for byte', afterLoad === beforeSave,
    `${afterLoad.length} against ${beforeSave.length} bytes`);
  await page.evaluate(() => window.creatorscope.setTierScheme('guide'));
  await page.evaluate(() => window.creatorscope.setAttributionSettings(''));
  await waitForResults(page);

  // High-DPI: the same page at twice the pixel density is drawn at full resolution.
  const hidpi = await openPage({ width: 1024, height: 700, deviceScaleFactor: 2 });
  await hidpi.page.evaluate(() => window.creatorscope.loadSample());
  await waitForResults(hidpi.page);
  const canvasPixels = await hidpi.page.evaluate(() => {
    const c = document.getElementById('canvas');
    return [c.width, c.height];
  });
  check('on a 2x screen the canvas has 2x the pixels (crisp text)', canvasPixels[0] === 2048 && canvasPixels[1] === 1400,
    JSON.stringify(canvasPixels));
  await screenshot(hidpi.page, 'roster-hidpi');
  check('no console errors (sample, 2x)', hidpi.record.consoleErrors.length === 0, hidpi.record.consoleErrors.join(' | '));
  await hidpi.context.close();

  check('no console errors (sample through the API)', record.consoleErrors.length === 0, record.consoleErrors.join(' | '));
  check('no request left the page origin', record.foreignRequests.length === 0 && record.requests > 5,
    record.foreignRequests.join(', '));
  await context.close();
}

// 2. As a person: click the sample button, export the roster CSV, load a broken file.
{
  const { context, page, record } = await openPage({ width: 1024, height: 700 });
  await page.waitForTimeout(100);
  await clickItem(page, 'Try it with sample data');
  await page.waitForFunction(() => window.creatorscope.status().inputs?.length === 11, null, { timeout: 60000 });
  await waitForResults(page);
  const status = await page.evaluate(() => window.creatorscope.status());
  check('clicking "Try it with sample data" loads the 11 sample files', status.inputs.length === 11 && status.creators === 47,
    JSON.stringify(status.inputs?.length));

  const broken = 'handle,platform,followers\n=HYPERLINK("http://example.com"),instagram,2000\nragged,instagram\nok.handle,tiktok,lots\n';
  const summary = await page.evaluate((text) => window.creatorscope.loadFile('broken.csv', text), broken);
  await waitForResults(page);
  check('a malformed CSV is kept with its rejected rows counted', summary.rows === 2 && summary.rejected === 1 && summary.issues === 2,
    JSON.stringify(summary));
  const report = JSON.parse(await page.evaluate(() => window.creatorscope.reportJson()));
  const brokenInput = report.inputs.find((i) => i.name === 'broken.csv');
  check('its issues carry line and column',
    brokenInput.issues[0].line === 3 && brokenInput.issues[1].line === 4 && brokenInput.issues[1].column === 'followers',
    JSON.stringify(brokenInput.issues));
  const garbage = new Uint8Array(20000).map((_, i) => (i * 7919) % 256);
  await page.evaluate((bytes) => window.creatorscope.loadFile('garbage.bin', new Uint8Array(bytes)), Array.from(garbage));
  await waitForResults(page);
  check('binary garbage does not crash the page', (await page.evaluate(() => window.creatorscope.status())).creators === 49);

  const downloadPromise = page.waitForEvent('download');
  await clickItem(page, 'Export');
  await page.waitForTimeout(150);
  await clickItem(page, 'Export roster CSV');
  const download = await downloadPromise;
  const csvPath = join(outDir, 'roster-export.csv');
  await download.saveAs(csvPath);
  const csv = readFileSync(csvPath, 'utf8');
  check('the exported roster CSV has a row per creator', csv.trim().split('\n').length === 1 + 49, `${csv.split('\n').length} lines`);
  check('the exported CSV neutralises a formula in a handle', csv.includes(`"'=hyperlink(""http://example.com"")"`) ,
    csv.split('\n').find((l) => l.includes('hyperlink')));
  // The report JSON, downloaded from the Export menu, validates against the schema in assets/.
  const jsonDownload = page.waitForEvent('download');
  await clickItem(page, 'Export');
  await page.waitForTimeout(150);
  await screenshot(page, 'export-menu');
  await clickItem(page, 'Export report JSON');
  const reportPath = join(outDir, 'report-export.json');
  await (await jsonDownload).saveAs(reportPath);
  const exported = JSON.parse(readFileSync(reportPath, 'utf8'));
  // The download is written piece by piece (download_streamed): the same bytes as the report asked whole.
  check('the downloaded report is byte for byte the report', readFileSync(reportPath, 'utf8') ===
    await page.evaluate(() => window.creatorscope.reportJson()));
  check('the exported report JSON is valid against assets/schema/report.schema.json', validateReport(exported),
    JSON.stringify(validateReport.errors?.slice(0, 3)));
  check('the exported report JSON has every creator and the issues', exported.creators.length === 49 &&
    exported.inputs.some((i) => i.issues.length > 0), `${exported.creators.length} creators`);
  // The HTML report, downloaded from the Export menu, opens with the network cut off and shows
  // every creator.
  const htmlDownload = page.waitForEvent('download');
  await clickItem(page, 'Export');
  await page.waitForTimeout(150);
  await clickItem(page, 'Export HTML report');
  const htmlPath = join(outDir, 'report-export.html');
  await (await htmlDownload).saveAs(htmlPath);
  {
    const offline = await browser.newContext({ viewport: { width: 1100, height: 900 }, offline: true });
    const reportPage = await offline.newPage();
    const fetched = [];
    await offline.route('**/*', (route) => {
      const url = route.request().url();
      if (url === 'file://' + htmlPath) return route.continue();
      fetched.push(url);
      return route.abort();
    });
    await reportPage.goto('file://' + htmlPath);
    const text = await reportPage.evaluate(() => document.body.innerText);
    const missing = exported.creators.filter((c) => !text.includes(c.handle)).map((c) => c.handle);
    check('the HTML report opens offline and shows every creator', missing.length === 0 &&
      (await reportPage.$$('article.creator')).length === exported.creators.length, missing.join(', '));
    check('the HTML report asks for nothing from anywhere', fetched.length === 0, fetched.join(', '));
    check('the HTML report draws its charts', (await reportPage.$$('svg')).length > 40);
    await reportPage.screenshot({ path: join(outDir, 'html-report.png') });
    await (await reportPage.$('#c24')).screenshot({ path: join(outDir, 'html-report-creator.png') });
    await offline.close();
  }
  await screenshot(page, 'after-broken-file');
  check('no console errors (mouse, export, broken files)', record.consoleErrors.length === 0, record.consoleErrors.join(' | '));
  check('no request left the page origin (mouse, export)', record.foreignRequests.length === 0, record.foreignRequests.join(', '));
  await context.close();
}

// 3. Loading a large file: the progress bar moves, Cancel stops it; the mapping editor and Remove.
{
  const { context, page, record } = await openPage({ width: 1280, height: 800 });
  // A 48 MB posts file made in the page, loaded through the API without waiting for it. The page
  // runs on a CPU slowed twenty times (Chromium's throttling) until Cancel: the file takes seconds
  // to read, as on a slow machine, and Cancel is clicked while it is read.
  const cdp = await context.newCDPSession(page);
  await page.evaluate(() => {
    const rows = ['handle,platform,post_id,published_at,likes,comments,views'];
    for (let i = 0; i < 1100000; i++) rows.push(`c${i % 5000},tiktok,p${i},2025-03-${String(1 + (i % 28)).padStart(2, '0')},${i % 977},${i % 41},${i % 9000}`);
    window.bigLoad = window.creatorscope.loadFile('big.csv', rows.join('\n')).then(() => 'finished', (error) => `stopped: ${error.message}`);
  });
  await page.waitForFunction(() => window.creatorscope.status().phase === 'reading' && window.creatorscope.status().done > 0);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 20 });
  const first = (await page.evaluate(() => window.creatorscope.status())).done;
  await page.waitForFunction((d) => window.creatorscope.status().done > d, first);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await screenshot(page, 'loading-progress');
  const moving = (await page.evaluate(() => window.creatorscope.status())).done;
  check('the progress bar moves while a large file loads', moving > first, `${first} -> ${moving}`);
  check('the progress bar and Cancel are on screen while loading',
    (await page.evaluate(() => window.creatorscope.itemRect('Cancel'))) !== null);
  await clickItem(page, 'Cancel');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  const outcome = await page.evaluate(() => window.bigLoad);
  const afterCancel = await page.evaluate(() => window.creatorscope.status());
  check('Cancel stops the load and keeps what was loaded before', outcome.startsWith('stopped') && afterCancel.inputs.length === 0 &&
    afterCancel.phase !== 'reading', `${outcome}; ${afterCancel.inputs.length} inputs, ${afterCancel.phase}`);

  // A ranking list with headers of its own: recognised by their words and values, each column
  // saying why, the platform from the header (issue 15).
  const topList = readFileSync(join(root, 'tests/layouts/tiktok-top-list.csv'), 'utf8');
  await page.evaluate((text) => window.creatorscope.loadFile('tiktok-top.csv', text), topList);
  await waitForResults(page);
  let listed = JSON.parse(await page.evaluate(() => window.creatorscope.reportJson()));
  check('a TikTok ranking list is read as a roster on TikTok, by views', listed.inputs[0].kind === 'roster' &&
    listed.inputs[0].platform?.value === 'tiktok' && listed.creators.length === 3 &&
    listed.creators.every((c) => c.engagement.formula.denominator === 'views' && c.benchmark.reference?.band),
    JSON.stringify(listed.inputs[0].platform));
  await clickItem(page, 'Columns tiktok-top.csv');
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await screenshot(page, 'mapping-editor-why');
  await page.keyboard.down('Escape');
  await page.waitForTimeout(80);
  await page.keyboard.up('Escape');
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await clickItem(page, 'Remove tiktok-top.csv');
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  // YouTube Studio's tables split by Subscription status: two rows a video summed to one post,
  // the parts kept and drawn on the creator page, for the videos and for the channel (issue 15).
  for (const name of ['youtube-videos-by-subscription-status.csv', 'youtube-by-subscription-status.csv']) {
    const text = readFileSync(join(root, 'tests/layouts', name), 'utf8');
    await page.evaluate(([n, t]) => window.creatorscope.loadFile(n, t), [name, text]);
  }
  await waitForResults(page);
  const split = JSON.parse(await page.evaluate(() => window.creatorscope.reportJson())).creators[0];
  check('a YouTube table by subscription status gives one post a video and keeps the parts',
    split.posts_loaded === 2 && split.breakdowns?.length === 2 &&
    split.breakdowns.every((b) => b.parts.map((p) => p.views).sort((a, b) => a - b).join() === '3000,9000'), JSON.stringify(split.breakdowns));
  await clickItem(page, 'Creator: youtube-studio-channel youtube');
  await page.waitForTimeout(200);
  check('the creator page shows both breakdowns',
    (await page.evaluate(() => window.creatorscope.itemRect('Breakdown: Subscription status of posts'))) !== null &&
    (await page.evaluate(() => window.creatorscope.itemRect('Breakdown: Subscription status of account'))) !== null);
  const creatorRect = await page.evaluate(() => window.creatorscope.itemRect('Creator page'));
  await page.mouse.move(creatorRect.x + creatorRect.width / 2, creatorRect.y + 300);
  for (let k = 0; k < 8; ++k) {
    await page.mouse.wheel(0, 240);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  }
  await screenshot(page, 'creator-breakdowns');
  await page.keyboard.down('Escape');
  await page.waitForTimeout(100);
  await page.keyboard.up('Escape');
  await page.waitForTimeout(200);
  for (const name of ['youtube-videos-by-subscription-status.csv', 'youtube-by-subscription-status.csv']) {
    await clickItem(page, 'Remove ' + name);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  }
  // A file CreatorScope cannot recognise, then corrected with the mapping editor's re-read.
  await page.evaluate(() => window.creatorscope.loadFile('creators.csv', 'Wer,Wie viele\nlena,12k\nmarcus,3.3k\n'));
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  let status = await page.evaluate(() => window.creatorscope.status());
  check('an unrecognised file is listed as unknown', status.inputs[0].kind === 'unknown', JSON.stringify(status.inputs[0]));
  await clickItem(page, 'Columns creators.csv');
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  check('"Columns..." opens the mapping editor', (await page.evaluate(() => window.creatorscope.itemRect('Read again'))) !== null);
  await screenshot(page, 'mapping-editor');
  // Escape closes the editor, as in any dialog (held for a few frames, as a person presses it).
  await page.keyboard.down('Escape');
  await page.waitForTimeout(80);
  await page.keyboard.up('Escape');
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  check('Escape closes the mapping editor', (await page.evaluate(() => window.creatorscope.itemRect('Read again'))) === null);
  const reread = await page.evaluate(() => window.creatorscope.rereadInput(0,
    JSON.stringify({ kind: 'roster', columns: { 'Wer': 'handle', 'Wie viele': 'followers' } })));
  await waitForResults(page);
  const report = JSON.parse(await page.evaluate(() => window.creatorscope.reportJson()));
  check('re-reading with the chosen kind and columns gives a roster', reread.kind === 'roster' && reread.rows === 2 &&
    report.creators.length === 2 && report.creators[0].followers === 12000 && report.inputs.length === 1,
    JSON.stringify(reread));
  await clickItem(page, 'Remove creators.csv');
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  status = await page.evaluate(() => window.creatorscope.status());
  check('Remove drops the file', status.inputs.length === 0);
  // Orders alone: the roster says why it is empty and where the orders went.
  await page.evaluate(() => window.creatorscope.loadFile('orders.csv', 'user_id,timestamp,order_id,revenue,currency,discount_code\nu1,2026-01-02,#1,10,USD,\n'));
  await waitForResults(page);
  check('a roster without creators explains itself', (await page.evaluate(() => window.creatorscope.itemRect('Roster empty state'))) !== null);
  await screenshot(page, 'roster-empty-state');
  check('no console errors (large file, cancel, mapping editor)', record.consoleErrors.length === 0, record.consoleErrors.join(' | '));
  check('no request left the page origin (large file, cancel, mapping editor)', record.foreignRequests.length === 0);
  await context.close();
}

// 4. A picked file is read by a worker, off the page's thread (read_worker.js); where the worker
// cannot start (here its script refused), the page reads the file itself: the same report.
{
  const posts = join(root, 'assets/sample/posts.csv');
  const size = readFileSync(posts).length;
  const readPicked = async (refuseWorker) => {
    const { context, page, record } = await openPage();
    if (refuseWorker) await page.route('**/read_worker.js', (route) => route.abort());
    const workers = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await page.setInputFiles('#file-input', posts);
    await page.waitForFunction(() => window.creatorscope.status().inputs.length === 1, null, { timeout: 60000 });
    await waitForResults(page);
    const result = await page.evaluate(() => ({ stats: window.creatorscope.loadStats(), status: window.creatorscope.status(),
      report: window.creatorscope.reportJson() }));
    await context.close();
    return { workers, record, ...result };
  };
  const byWorker = await readPicked(false);
  check('a picked file is read by the reading worker, every byte', byWorker.workers.some((url) => url.endsWith('/read_worker.js')) &&
    byWorker.stats.bytes === size && byWorker.stats.workerSlices > 0 && byWorker.stats.pageSlices === 0 && byWorker.status.inputs[0].rows > 1000,
    `${JSON.stringify(byWorker.workers)}; ${JSON.stringify(byWorker.stats)}, ${byWorker.status.inputs[0].rows} rows`);
  check('no console errors (read by the worker)', byWorker.record.consoleErrors.length === 0, byWorker.record.consoleErrors.join(' | '));
  check('no request left the page origin (read by the worker)', byWorker.record.foreignRequests.length === 0,
    byWorker.record.foreignRequests.join(', '));
  const byPage = await readPicked(true);
  check('without the worker the page reads the picked file itself: the same report, byte for byte',
    byPage.stats.bytes === size && byPage.stats.workerSlices === 0 && byPage.stats.pageSlices > 0 && byPage.report === byWorker.report,
    `${JSON.stringify(byPage.stats)}, ${byPage.report.length} against ${byWorker.report.length} bytes`);
}

// 5. Deciding with the brief: the roster sorted by fit, the shortlist starred with the mouse and
// the keyboard, "Shortlist only", Compare, the creator page against the brief, a weight edited
// in the brief dialog re-scoring at once, the shortlist CSV, and the shortlist in the workspace.
{
  const { context, page, record } = await openPage({ width: 1600, height: 900 });
  const frames = () => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const rect = (label) => page.evaluate((l) => window.creatorscope.itemRect(l), label);
  const reportNow = async () => JSON.parse(await page.evaluate(() => window.creatorscope.reportJson()));
  await page.evaluate(() => window.creatorscope.loadSample());
  await waitForResults(page);
  await frames();
  const report = await reportNow();
  const ranked = report.creators.filter((c) => c.scores.fit.rank > 0).sort((a, b) => a.scores.fit.rank - b.scores.fit.rank);
  const rowsOnScreen = async () => {
    const rows = [];
    for (const c of report.creators) {
      const at = await rect(`Creator: ${c.handle} ${c.platform}`);
      if (at) rows.push({ key: `${c.handle}/${c.platform}`, y: at.y });
    }
    return rows.sort((a, b) => a.y - b.y).map((r) => r.key);
  };
  const key = (c) => `${c.handle}/${c.platform}`;
  let rows = await rowsOnScreen();
  check('with the sample brief the roster is sorted by fit, best first (the first row is rank 1 in the report)',
    rows.length > 5 && rows[0] === key(ranked[0]) && rows[1] === key(ranked[1]) && rows[2] === key(ranked[2]), rows.slice(0, 4).join(' '));
  check('the roster shows the Alignment, Fit and Shortlist columns',
    (await rect('Header: Alignment')) !== null && (await rect('Header: Fit')) !== null && (await rect('Header: Shortlist')) !== null);
  // Hover the best row's fit: its parts and how much rests on data.
  const fitHeader = await rect('Header: Fit');
  const bestRow = await rect(`Creator: ${ranked[0].handle} ${ranked[0].platform}`);
  await page.mouse.move(fitHeader.x + 14, bestRow.y + bestRow.height / 2, { steps: 3 });
  await page.waitForTimeout(300);
  await frames();
  await screenshot(page, 'roster-by-fit');

  // Two stars with the mouse, the third with S on the row below (the arrow key moves the focus).
  // The pointer rests on the star a moment first, as a person's does (the row's own target is under it).
  const clickStar = async (c) => {
    const at = await rect(`Star: ${c.handle} ${c.platform}`);
    await page.mouse.move(at.x + at.width / 2, at.y + at.height / 2);
    await frames();
    await clickItem(page, `Star: ${c.handle} ${c.platform}`);
  };
  await clickStar(ranked[0]);
  await clickStar(ranked[1]);
  await page.keyboard.down('ArrowDown');
  await page.waitForTimeout(80);
  await page.keyboard.up('ArrowDown');
  await frames();
  await page.keyboard.press('s');
  await frames();
  let shortlist = (await reportNow()).shortlist.map(key);
  check('two creators starred with the mouse and one with the keyboard are the shortlist, in that order',
    JSON.stringify(shortlist) === JSON.stringify(ranked.slice(0, 3).map(key)), JSON.stringify(shortlist));
  check('starring opens no creator page', (await rect('Creator page')) === null);
  await clickItem(page, 'Shortlist only');
  await frames();
  rows = await rowsOnScreen();
  check('"Shortlist only" shows the starred creators alone', JSON.stringify([...rows].sort()) === JSON.stringify([...shortlist].sort()),
    rows.join(' '));

  // Compare: the starred creators side by side.
  await clickItem(page, 'Compare');
  await frames();
  const columns = [];
  for (const c of ranked.slice(0, 3)) columns.push(await rect(`Compare column: ${c.handle} ${c.platform}`));
  check('Compare opens with the starred creators side by side', (await rect('Compare view')) !== null &&
    columns.every((c) => c !== null) && columns[0].x < columns[1].x && columns[1].x < columns[2].x, JSON.stringify(columns));
  await screenshot(page, 'compare');
  await clickItem(page, 'Close compare');
  await frames();
  check('Close puts the Compare view away', (await rect('Compare view')) === null);

  // The creator page: alignment and fit with their parts, and the audience bars.
  await clickItem(page, `Creator: ${ranked[0].handle} ${ranked[0].platform}`);
  await frames();
  check('the creator page has the section against the brief with the audience bars',
    (await rect('Against the brief')) !== null && (await rect('Audience bars')) !== null);
  // Scrolled so that the fit's parts and the audience bars are in view.
  const section = await rect('Against the brief');
  await page.mouse.move(section.x + 200, section.y + 40);
  await page.mouse.wheel(0, 400);
  await frames();
  await page.waitForTimeout(200);
  await screenshot(page, 'creator-against-brief');
  await clickItem(page, 'Close creator page');
  await frames();

  // A weight edited in the brief dialog re-scores at once (on leaving the field), without Apply.
  const fitBefore = report.creators.map((c) => c.scores.fit.score);
  await clickItem(page, 'Brief');
  await frames();
  // The weights are below the first fields: scroll the dialog's fields to them first.
  await scrollIntoView(page, 'Brief fields', 'Brief: Weight: cost');
  await page.waitForTimeout(200);
  await clickItem(page, 'Brief: Weight: cost');
  await selectAll(page);
  await page.keyboard.type('0.9');
  await page.keyboard.down('Enter');
  await frames();
  await page.keyboard.up('Enter');
  await frames();
  await page.waitForFunction(() => {
    const j = JSON.parse(window.creatorscope.reportJson());
    return j.brief && j.brief.weights && Math.abs(j.brief.weights.cost - 0.9 / 1.75) < 0.001;
  }, null, { timeout: 60000, polling: 500 }).catch(() => {});
  await waitForResults(page);
  const rescored = await reportNow();
  check('a weight edited in the brief dialog applies at once and moves the fit scores',
    // The report gives the weights normalised to sum to 1: 0.9 of 0.3 + 0.3 + 0.25 + 0.9.
    Math.abs(rescored.brief?.weights?.cost - 0.9 / 1.75) < 0.001 && rescored.creators.some((c, i) => c.scores.fit.score !== fitBefore[i]),
    JSON.stringify(rescored.brief?.weights));
  await clickItem(page, 'Close brief');
  await frames();

  // The shortlist CSV from the Export menu.
  const csvDownload = page.waitForEvent('download');
  await clickItem(page, 'Export');
  await page.waitForTimeout(150);
  await clickItem(page, 'Export shortlist CSV');
  const csvPath = join(outDir, 'shortlist.csv');
  await (await csvDownload).saveAs(csvPath);
  const lines = readFileSync(csvPath, 'utf8').trim().split('\n');
  const roster = readFileSync(join(root, 'assets/sample/roster.csv'), 'utf8');
  check('the shortlist CSV has the header and one row per starred creator with its contact',
    lines[0] === 'handle,name,platform,followers,tier,engagement_rate,authenticity,alignment,fit,flags,fee,currency,email,country,category' &&
    lines.length === 4 && lines.slice(1).every((line, i) => line.startsWith(`${ranked[i].handle},`) && line.includes(`,${ranked[i].platform},`)) &&
    roster.includes(lines[1].split(',').slice(-3, -2)[0]) && lines[1].split(',')[12].includes('@'), lines.join(' | '));

  // The shortlist survives a workspace saved and opened again.
  const workspaceDownload = page.waitForEvent('download');
  await clickItem(page, 'Export');
  await page.waitForTimeout(150);
  await clickItem(page, 'Export workspace');
  const workspacePath = join(outDir, 'workspace-shortlist.json');
  await (await workspaceDownload).saveAs(workspacePath);
  await clickItem(page, 'Clear');
  await frames();
  check('Clear forgets the shortlist', (await reportNow()).shortlist.length === 0);
  await page.setInputFiles('#file-input', workspacePath);
  await page.waitForFunction(() => window.creatorscope.status().inputs.length === 11, null, { timeout: 60000 });
  await waitForResults(page);
  shortlist = (await reportNow()).shortlist.map(key);
  check('the shortlist survives a workspace saved and opened', JSON.stringify(shortlist) === JSON.stringify(ranked.slice(0, 3).map(key)),
    JSON.stringify(shortlist));
  check('the star and Compare opened no creator page', (await rect('Creator page')) === null);
  check('no console errors (shortlist and compare)', record.consoleErrors.length === 0, record.consoleErrors.join(' | '));
  check('no request left the page origin (shortlist and compare)', record.foreignRequests.length === 0);
  await context.close();
}

// 6. The budget plan: the Plan tab with the sample brief's plan (proved optimal, within the
// budget), the curve and the naive plans; a chosen creator left out with a click, and back.
{
  const { context, page, record } = await openPage({ width: 1600, height: 900 });
  const frames = () => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const rect = (label) => page.evaluate((l) => window.creatorscope.itemRect(l), label);
  const planNow = async () => JSON.parse(await page.evaluate(() => window.creatorscope.planJson()));
  await page.evaluate(() => window.creatorscope.loadSample());
  await waitForResults(page);
  await clickItem(page, 'Tab: Plan');
  await page.waitForFunction(() => window.creatorscope.itemRect('Plan summary') !== null, null, { timeout: 30000 }).catch(() => {});
  await frames();
  const plan = await planNow();
  check('the sample brief\'s plan is proved optimal and within its budget', plan.schema === 'creatorscope.plan/1' && plan.optimal &&
    plan.total_cost <= plan.budget && plan.selected.length > 3, `${plan.selected.length} chosen, ${plan.total_cost} of ${plan.budget}`);
  check('the Plan tab shows the summary, the tier bar, the curve and the comparison',
    (await rect('Plan summary')) !== null && (await rect('Plan tier bar')) !== null && (await rect('Plan curve')) !== null &&
    (await rect('Plan comparison')) !== null);
  const first = plan.selected[0];
  check('each chosen creator has a row in the Plan tab', (await rect(`Plan row: ${first.handle} ${first.platform}`)) !== null);
  check('the chosen table ends with a total row', (await rect('Plan total row')) !== null);
  await screenshot(page, 'plan');
  await clickItem(page, `Plan lock out ${first.handle} ${first.platform}`);
  await page.waitForFunction((h) => !JSON.parse(window.creatorscope.planJson()).selected.some((s) => s.handle === h.handle && s.platform === h.platform),
    first, { timeout: 30000 }).catch(() => {});
  await frames();
  const without = await planNow();
  check('a creator left out with a click leaves the plan, which is planned again at once',
    !without.selected.some((s) => s.handle === first.handle && s.platform === first.platform) && without.optimal &&
    without.total_value <= plan.total_value + 1e-6, `${without.total_value} against ${plan.total_value}`);
  check('the left-out creator says so under "Not chosen"', without.candidates.find((c) => c.handle === first.handle &&
    c.platform === first.platform).excluded === 'on the exclude list');
  await page.waitForFunction((l) => window.creatorscope.itemRect(l) === null, `Plan row: ${first.handle} ${first.platform}`,
    { timeout: 30000 }).catch(() => {});
  check('the Plan view drops the left-out creator from its chosen rows', (await rect(`Plan row: ${first.handle} ${first.platform}`)) === null);
  await clickItem(page, `Plan unlock ${first.handle} ${first.platform}`);
  await page.waitForFunction((v) => JSON.parse(window.creatorscope.planJson()).total_value === v, plan.total_value, { timeout: 30000 }).catch(() => {});
  check('undo puts the plan back', (await planNow()).total_value === plan.total_value);
  // The plan's settings in the brief dialog: at least 30% of the budget to micro creators.
  const microBefore = plan.tiers.length;
  await clickItem(page, 'Plan settings');
  await frames();
  check('Plan settings opens the brief dialog at its Budget plan part', (await rect('Brief: Plan goal')) !== null &&
    (await scrollIntoView(page, 'Brief fields', 'Brief: Plan goal')));
  await scrollIntoView(page, 'Brief fields', 'Brief: micro: at least % of budget');
  await typeInto(page, 'Brief: micro: at least % of budget', '30');
  await screenshot(page, 'brief-plan');
  await clickItem(page, 'Apply brief');
  await page.waitForFunction(() => JSON.parse(window.creatorscope.planJson()).tiers.some((t) => t.tier === 'micro' && t.min_spend > 0),
    null, { timeout: 60000, polling: 500 }).catch(() => {});
  await waitForResults(page);
  const shared = await planNow();
  const microSpend = shared.selected.filter((s) => s.tier === 'micro').reduce((sum, s) => sum + s.cost, 0);
  check('a tier share set in the brief dialog holds in the plan (micro at least 30% of the budget)', microBefore === 0 &&
    shared.tiers.some((t) => t.tier === 'micro' && Math.abs(t.min_spend - shared.budget * 0.3) < 0.01) && microSpend >= shared.budget * 0.3 - 0.01 &&
    shared.optimal, `micro ${microSpend} of ${shared.budget}; ${JSON.stringify(shared.tiers)}`);
  await clickItem(page, 'Close brief');
  await page.waitForFunction((l) => window.creatorscope.itemRect(l) !== null, 'Plan summary', { timeout: 30000 }).catch(() => {});
  await frames();
  await screenshot(page, 'plan-micro-share');
  // The rate table: a range edited and applied becomes the brief's own table; and back.
  await scrollIntoView(page, 'Plan area', 'Plan rates');
  await clickItem(page, 'Plan rates');
  await frames();
  await scrollIntoView(page, 'Plan area', 'Apply rates');
  await typeInto(page, 'Rate low instagram 10,000', '150');
  await clickItem(page, 'Apply rates');
  await page.waitForFunction(() => JSON.parse(window.creatorscope.planJson()).rates.custom === true, null, { timeout: 60000, polling: 500 })
    .catch(() => {});
  await waitForResults(page);
  const rated = await planNow();
  const edited = rated.rates.rows.find((r) => r.platform === 'instagram' && r.min_followers === 10000);
  check('a rate edited in the Plan view becomes the brief\'s own rate table', rated.rates.custom && edited && edited.low === 150 &&
    rated.rates.rows.length === plan.rates.rows.length, JSON.stringify(edited));
  await screenshot(page, 'plan-rates');
  await scrollIntoView(page, 'Plan area', 'Published rates');
  await clickItem(page, 'Published rates');
  await page.waitForFunction(() => JSON.parse(window.creatorscope.planJson()).rates.custom === false, null, { timeout: 60000, polling: 500 })
    .catch(() => {});
  check('Back to the published rates drops the brief\'s own table', (await planNow()).rates.custom === false);
  check('no console errors (plan)', record.consoleErrors.length === 0, record.consoleErrors.join(' | '));
  check('no request left the page origin (plan)', record.foreignRequests.length === 0);
  await context.close();
}

await browser.close();
server.kill();
console.log(`screenshots in ${outDir}`);
finish();
