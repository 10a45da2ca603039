// Saved campaigns: the browser's own storage (IndexedDB) on this machine, written only when the
// user presses Save. Two object stores in one database: "campaigns" holds what the start screen
// lists (name, date, size, a summary of each creator's result for their history), "contents"
// holds the files as they were read and the settings (brief, shortlist, plan, pipeline, code
// owners, outreach wording), so listing never reads the files. Nothing here makes a request:
// IndexedDB and navigator.storage are local to the browser profile.
'use strict';

window.creatorscopeCampaigns = (function () {
  const DATABASE = 'creatorscope';
  const VERSION = 1;
  let opening = null;

  function request(req) {
    return new Promise((resolve, reject) => {
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
  }

  function database() {
    if (!opening) {
      if (typeof indexedDB === 'undefined') return Promise.reject(new Error('this browser keeps no saved campaigns (no IndexedDB)'));
      const req = indexedDB.open(DATABASE, VERSION);
      req.onupgradeneeded = () => {
        const db = req.result;
        if (!db.objectStoreNames.contains('campaigns')) db.createObjectStore('campaigns', { keyPath: 'id', autoIncrement: true });
        if (!db.objectStoreNames.contains('contents')) db.createObjectStore('contents', { keyPath: 'id' });
      };
      opening = request(req).catch((error) => {
        opening = null;
        throw error;
      });
    }
    return opening;
  }

  function done(transaction) {
    return new Promise((resolve, reject) => {
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error);
      transaction.onabort = () => reject(transaction.error ?? new Error('the browser refused to keep the campaign'));
    });
  }

  // Every saved campaign's listing, the newest first.
  async function list() {
    const db = await database();
    const all = await request(db.transaction('campaigns').objectStore('campaigns').getAll());
    return all.sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : b.id - a.id));
  }

  // Keeps a campaign: { id (to replace one), name, summary, settings, files: [{ name, override,
  // bytes }] }. Resolves to its id.
  async function put(campaign) {
    const db = await database();
    const bytes = campaign.files.reduce((sum, file) => sum + file.bytes.length, 0) + JSON.stringify(campaign.settings).length;
    const listing = { name: campaign.name, savedAt: new Date().toISOString(), bytes, files: campaign.files.length, summary: campaign.summary };
    if (campaign.id !== undefined && campaign.id !== null) listing.id = campaign.id;
    const transaction = db.transaction(['campaigns', 'contents'], 'readwrite');
    const id = await request(transaction.objectStore('campaigns').put(listing));
    transaction.objectStore('contents').put({ id, settings: campaign.settings, files: campaign.files });
    await done(transaction);
    return id;
  }

  // { listing, settings, files } of one saved campaign, or null.
  async function get(id) {
    const db = await database();
    const transaction = db.transaction(['campaigns', 'contents']);
    const [listing, contents] = await Promise.all([
      request(transaction.objectStore('campaigns').get(id)),
      request(transaction.objectStore('contents').get(id)),
    ]);
    if (!listing || !contents) return null;
    return { listing, settings: contents.settings, files: contents.files };
  }

  async function remove(id) {
    const db = await database();
    const transaction = db.transaction(['campaigns', 'contents'], 'readwrite');
    transaction.objectStore('campaigns').delete(id);
    transaction.objectStore('contents').delete(id);
    await done(transaction);
  }

  // What this page keeps in the browser and how much the browser lets it keep (bytes), when the
  // browser says; null otherwise.
  async function space() {
    if (typeof navigator === 'undefined' || !navigator.storage || !navigator.storage.estimate) return null;
    const { usage = 0, quota = 0 } = await navigator.storage.estimate();
    return { usage, quota };
  }

  // Asks the browser not to clear the saved campaigns when space runs short (it may say no).
  function keep() {
    if (typeof navigator !== 'undefined' && navigator.storage && navigator.storage.persist) navigator.storage.persist().catch(() => {});
  }

  return { list, put, get, remove, space, keep };
})();
