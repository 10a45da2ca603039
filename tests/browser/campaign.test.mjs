// Browser test of issue 19's "done when", the way a marketer does it, with the mouse and the
// keyboard: from the sample data, star creators, draft an outreach message and copy it, move the
// creators through the pipeline and record a deal, give the sample's unowned code (WELCOME5) an
// owner in the Attribution view, save the campaign in the browser, reload the page, reopen the
// campaign from the start screen's list and find everything as it was; then the Results tab and a
// creator's history across two saved campaigns, and deleting one. Every request is watched: none
// may leave the page's origin, saving and reopening included.
// Usage: node tests/browser/campaign.test.mjs   (serves build/wasm/site through serve.py)
import { check, finish } from '../js/checks.mjs';
import { origin, openPage, waitForResults, screenshot, clickItem, scrollIntoView, typeInto, selectAll, frames, closeAll } from './harness.mjs';

const rect = (page, label) => page.evaluate((l) => window.creatorscope.itemRect(l), label);
const api = (page, call, ...args) => page.evaluate(([c, a]) => window.creatorscope[c](...a), [call, args]);
const waitForItem = (page, label, timeout = 30000) =>
  page.waitForFunction((l) => window.creatorscope.itemRect(l) !== null, label, { timeout, polling: 100 });

// The shell's message (the save's confirmation) lies over the canvas until clicked, as a person does.
async function dismissMessage(page) {
  await page.waitForSelector('#message:not([hidden])', { timeout: 5000 }).catch(() => {});
  if (await page.isVisible('#message')) await page.click('#message');
  await frames(page);
}

const starred = ['lena.andrews instagram', 'diegobrews instagram', 'aishapatel.skin instagram'];

// Everything the campaign holds, as the page's API gives it: the comparison before and after.
async function snapshot(page) {
  return {
    report: await api(page, 'reportJson'),
    pipeline: await api(page, 'pipelineCsv'),
    codes: await api(page, 'codesCsv'),
    outreach: JSON.stringify(await api(page, 'outreachSettings')),
    summary: await api(page, 'campaignSummaryJson'),
  };
}

const { context, page, record } = await openPage({ width: 1400, height: 900 });
await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });

// 1. The sample, three creators starred from the roster (found with the search field).
await clickItem(page, 'Try it with sample data');
await waitForResults(page);
await page.waitForTimeout(300);
await frames(page);
for (const key of starred) {
  await typeInto(page, 'Search', key.split(' ')[0]);
  await frames(page);
  const star = await rect(page, `Star: ${key}`);
  await page.mouse.move(star.x + star.width / 2, star.y + star.height / 2);
  await frames(page);
  // A click in the first frames after the search may land before the row settles: look, and
  // click again if the star did not take.
  for (let tries = 0; tries < 3; tries++) {
    await clickItem(page, `Star: ${key}`);
    await frames(page);
    const now = JSON.parse(await api(page, 'reportJson')).shortlist.map((s) => `${s.handle} ${s.platform}`);
    if (now.includes(key)) break;
  }
}
await clickItem(page, 'Search');
await selectAll(page);
await page.keyboard.press('Backspace');
await frames(page);
const shortlist = JSON.parse(await api(page, 'reportJson')).shortlist.map((s) => `${s.handle} ${s.platform}`);
check('three creators starred in the roster are the shortlist', JSON.stringify(shortlist) === JSON.stringify(starred), JSON.stringify(shortlist));

// 2. The pipeline: the three on the board; Lena moved on twice and given a fee, Diego once.
await clickItem(page, 'Tab: Pipeline');
await waitForItem(page, `Card: ${starred[0]}`);
check('the Pipeline tab shows a card for each starred creator', (await Promise.all(starred.map((k) => rect(page, `Card: ${k}`)))).every((r) => r !== null));
await clickItem(page, `Move on: ${starred[0]}`);
await frames(page);
await clickItem(page, `Move on: ${starred[0]}`);
await frames(page);
await clickItem(page, `Move on: ${starred[1]}`);
await frames(page);
await clickItem(page, `Card: ${starred[0]}`);
await waitForItem(page, 'Agreed fee');
await typeInto(page, 'Agreed fee', '1200');
await page.keyboard.press('Enter');
await frames(page);
await typeInto(page, 'Deliverables', '2 reels and 3 stories');
await page.keyboard.press('Enter');
await frames(page);
await screenshot(page, 'pipeline-board');
const pipelineCsv = await api(page, 'pipelineCsv');
const lenaRow = pipelineCsv.split('\n').find((line) => line.startsWith('lena.andrews,Lena Andrews,instagram,'));
check('moves and the deal are recorded: Lena replied, fee 1200, deliverables', /,replied,/.test(lenaRow ?? '') && /1200/.test(lenaRow ?? '') &&
  /2 reels and 3 stories/.test(lenaRow ?? ''), lenaRow);
check('Diego is contacted', /^diegobrews,[^,]*,instagram,[^,]*,contacted,/m.test(pipelineCsv), pipelineCsv.split('\n').slice(0, 4).join(' | '));

// 3. Outreach: the first contact for Lena, personalised, copied to the clipboard.
await clickItem(page, `Draft outreach: ${starred[0]}`);
await waitForItem(page, 'Draft body');
await typeInto(page, 'Your name', 'Sam Rivera');
await page.keyboard.press('Tab');
await frames(page);
await typeInto(page, 'Brand', 'Northwind');
await page.keyboard.press('Tab');
await frames(page);
await page.waitForFunction(() => window.creatorscope.outreachSettings().brand === 'Northwind', null, { timeout: 10000 }).catch(() => {});
await frames(page);
await clickItem(page, 'Copy draft');
await frames(page);
const clipboard = await page.evaluate(() => navigator.clipboard.readText());
const draft = await api(page, 'outreachDraft', 'lena.andrews', 'instagram', 'first_contact');
check('the copied draft is the first contact for Lena, with her first name, the brand and the sender',
  clipboard.startsWith(`Subject: ${draft.subject}`) && clipboard.includes('Lena') && clipboard.includes('Northwind') && clipboard.includes('Sam Rivera'),
  clipboard.slice(0, 200));
check('the draft is addressed to her roster email and its mailto: link carries subject and body',
  draft.to === 'lenaandrews@example.com' && draft.mailto.startsWith('mailto:lenaandrews@example.com?subject=') && draft.mailto.includes('&body='),
  draft.mailto.slice(0, 120));
await clickItem(page, 'Outreach kind: Offer');
await frames(page);
await screenshot(page, 'outreach-offer');
const offer = await api(page, 'outreachDraft', 'lena.andrews', 'instagram', 'offer');
check('the offer states the agreed fee and the deliverables from the deal', offer.body.includes('1,200') && offer.body.includes('2 reels and 3 stories'),
  offer.body.slice(0, 300));
await clickItem(page, 'Outreach language');
await page.waitForTimeout(150);
await clickItem(page, 'Language: Español');
await page.waitForFunction(() => window.creatorscope.outreachSettings().language === 'es', null, { timeout: 10000 }).catch(() => {});
const spanish = await api(page, 'outreachDraft', 'lena.andrews', 'instagram', 'offer');
check('the language choice writes the offer in Spanish', spanish.language === 'es' && spanish.body !== offer.body, spanish.subject);
await screenshot(page, 'outreach-spanish');
await page.keyboard.press('Escape');
await frames(page);

// 4. The sample's unowned code, WELCOME5, given its owner in the Attribution view: no creator's.
await clickItem(page, 'Tab: Attribution');
await waitForItem(page, 'Codes editor');
await scrollIntoView(page, 'Attribution area', 'Code owner: WELCOME5');
await clickItem(page, 'Code owner: WELCOME5');
await waitForItem(page, "Owner choice: no creator's");
await clickItem(page, "Owner choice: no creator's");
await waitForResults(page);
const welcome = JSON.parse(await api(page, 'reportJson')).attribution.codes.find((c) => c.code === 'WELCOME5');
check('WELCOME5 is marked in the page as no creator\'s', welcome && welcome.owner === null && welcome.owner_from === 'page', JSON.stringify(welcome));
await screenshot(page, 'attribution-welcome5');

// 5. Save in the browser, with a name.
const before = await snapshot(page);
await clickItem(page, 'Save campaign');
await waitForItem(page, 'Campaign name');
await typeInto(page, 'Campaign name', 'Autumn capsule: first wave');
await clickItem(page, 'Save in this browser');
await page.waitForFunction(async () => (await window.creatorscope.savedCampaigns()).campaigns.length === 1, null, { timeout: 30000, polling: 250 });
await dismissMessage(page);
const saved = await api(page, 'savedCampaigns');
check('the campaign is saved in the browser under its name, with the space used', saved.campaigns[0].name === 'Autumn capsule: first wave' &&
  saved.campaigns[0].files >= 6 && saved.usage > 0, JSON.stringify({ ...saved.campaigns[0], summary: undefined, usage: saved.usage, quota: saved.quota }));

// 6. Reload: the start screen lists it; reopened, everything is as it was.
await page.reload();
await page.evaluate(() => window.creatorscope.ready);
await waitForItem(page, 'Open campaign: Autumn capsule: first wave');
await screenshot(page, 'start-saved-campaigns');
check('after a reload the page holds no data, and the start screen lists the saved campaign with the space used',
  JSON.parse(await api(page, 'reportJson')).creators.length === 0 && (await rect(page, 'Storage used')) !== null);
await clickItem(page, 'Open campaign: Autumn capsule: first wave');
await page.waitForFunction(() => window.creatorscope.status().inputs?.length >= 6, null, { timeout: 60000 });
await waitForResults(page);
const after = await snapshot(page);
for (const part of Object.keys(before)) check(`reopened, the campaign's ${part} is as it was`, after[part] === before[part]);
await clickItem(page, 'Tab: Pipeline');
await waitForItem(page, `Card: ${starred[0]}`);
await screenshot(page, 'pipeline-reopened');

// 7. Results, and a second saved campaign: Lena's history shows the first.
await clickItem(page, 'Tab: Results');
await waitForItem(page, `Result: ${starred[0]}`);
await screenshot(page, 'results');
await clickItem(page, 'Save campaign');
await waitForItem(page, 'Campaign name');
await typeInto(page, 'Campaign name', 'Autumn capsule: second wave');
await clickItem(page, 'Save in this browser');
await page.waitForFunction(async () => (await window.creatorscope.savedCampaigns()).campaigns.length === 2, null, { timeout: 30000, polling: 250 });
await dismissMessage(page);
await waitForItem(page, `Before: ${starred[0]}`);
await clickItem(page, `Result: ${starred[0]}`);
await waitForItem(page, 'History: Autumn capsule: first wave');
await screenshot(page, 'results-history');
check('in the second campaign, Lena\'s history shows the first', (await rect(page, 'History: Autumn capsule: first wave')) !== null);

// 8. Delete one from the start screen (after Clear), with the confirmation.
await clickItem(page, 'Clear');
await page.waitForFunction(() => window.creatorscope.status().inputs?.length === 0, null, { timeout: 30000 });
await frames(page);
await frames(page);
await screenshot(page, 'start-two-saved');
await waitForItem(page, 'Delete campaign: Autumn capsule: second wave');
await clickItem(page, 'Delete campaign: Autumn capsule: second wave');
await waitForItem(page, 'Confirm delete');
await page.waitForTimeout(300);
await frames(page);
await clickItem(page, 'Confirm delete');
await page.waitForFunction(async () => (await window.creatorscope.savedCampaigns()).campaigns.length === 1, null, { timeout: 30000, polling: 250 });
const left = (await api(page, 'savedCampaigns')).campaigns.map((c) => c.name);
await screenshot(page, 'start-after-delete');
check('a deleted campaign leaves the list', left.length === 1 && left[0] === 'Autumn capsule: first wave', JSON.stringify(left));

check('no console errors', record.consoleErrors.length === 0, record.consoleErrors.join(' | '));
check(`no request left the page origin, saving and reopening included (${record.requests} requests seen)`, record.foreignRequests.length === 0,
  record.foreignRequests.join(' '));
await context.close();
await closeAll();
finish();
