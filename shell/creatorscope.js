// The shell around the engine: drop zone, file picker, sample data, downloads, and the
// window.creatorscope API that scripts and browser tests drive the page with (PRODUCT.md
// section 6). Files are read in slices and handed to the engine one slice at a time; the next
// slice is read only after the engine took the last (back-pressure), so a file is never held
// whole in memory and the canvas keeps drawing between slices.
'use strict';

(function () {
  // Files are read from disk in 4 MiB slices (by a worker, read_worker.js) and handed to the
  // engine in 256 KiB pieces. The engine works on pieces for up to WORK_BUDGET_MS, then the
  // browser gets the thread back for a frame: about 3 ms when the picture is held back, 15 ms
  // when it is drawn (WebGL in software; main_web.cpp draws at most every 66 ms while the engine
  // works). The engine is busy about three quarters of the read, a frame comes every 45-60 ms,
  // and a file is never held whole in memory.
  const SLICE_BYTES = 4 * 1024 * 1024;
  const PIECE_BYTES = 256 * 1024;
  const READ_AHEAD = 3;
  const WORK_BUDGET_MS = 40;
  // For benchmarks and tests: bytes fed, time inside the engine's feed, time waiting for the next
  // slice, the wall time from the first to the last slice of each file (all files added up), and
  // the picked files' slices read by the worker and by the page.
  const loadStats = { bytes: 0, engineMs: 0, waitMs: 0, readMs: 0, yields: 0, workerSlices: 0, pageSlices: 0 };
  let engine = null; // the Emscripten module, once started
  let resolveReady;
  let rejectReady;
  const ready = new Promise((resolve, reject) => {
    resolveReady = resolve;
    rejectReady = reject;
  });
  let loadChain = Promise.resolve(); // one file at a time, in the order asked
  // Input id (the engine's, stable while the input is loaded) -> what it was read from (a File or
  // bytes): the engine asks for an input's bytes again by id (staleInputs), the workspace saves them.
  const sources = new Map();
  let cancelGeneration = 0; // bumped by cancelLoads(): loads begun before it stop

  class Cancelled extends Error {}

  // Between pieces the loop gives the thread back with a message to itself, not setTimeout(0):
  // the browser draws a due frame in between either way, but nested timeouts wait at least 4 ms.
  const yieldChannel = new MessageChannel();
  const yieldWaiters = [];
  yieldChannel.port1.onmessage = () => yieldWaiters.shift()();
  const nextFrame = () => new Promise((resolve) => {
    yieldWaiters.push(resolve);
    yieldChannel.port2.postMessage(null);
  });

  function parseStatus(text) {
    const status = JSON.parse(text);
    if (!status.ok) throw new Error(status.error);
    return status;
  }

  function toBytes(data) {
    if (data instanceof Uint8Array) return data;
    if (data instanceof ArrayBuffer) return new Uint8Array(data);
    if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    if (typeof data === 'string') return new TextEncoder().encode(data);
    throw new TypeError('loadFile expects bytes (Uint8Array, ArrayBuffer) or a string');
  }

  // Copies a slice into the engine's buffer with one HEAPU8.set (Embind's std::string would
  // copy it byte by byte in JavaScript), then has the engine read it.
  function feedBytes(bytes) {
    const pointer = engine.feedBuffer(bytes.length);
    engine.HEAPU8.set(bytes, pointer); // after feedBuffer: memory may have grown, HEAPU8 is current
    parseStatus(engine.feedFromBuffer(bytes.length));
  }

  // source: { name, size, slice(start, end) -> Promise<Uint8Array> }
  // options: { kind, override (the mapping editor's), replace (the id of the input to replace),
  //            reread (the engine asked for input `replace` again) }
  async function feedSource(source, options = {}) {
    await ready;
    const generation = cancelGeneration;
    const replace = options.replace ?? -1;
    let begun;
    if (options.reread) {
      begun = engine.beginReread(replace, source.size);
    } else if (options.override || replace >= 0) {
      begun = engine.beginFileWith(source.name, JSON.stringify(options.override ?? { kind: options.kind ?? '' }), source.size, replace);
    } else {
      begun = engine.beginFile(source.name, options.kind || '', source.size);
    }
    parseStatus(begun);
    let id;
    const readStart = performance.now();
    try {
      let workStart = readStart;
      // READ_AHEAD slices are read while the engine takes the one before: reading from disk
      // (through the browser's process) overlaps the engine's work, and at most READ_AHEAD + 1
      // slices are held.
      const readSlice = (at) => {
        if (at >= source.size) return null;
        const slice = source.slice(at, Math.min(source.size, at + SLICE_BYTES));
        slice.catch(() => {}); // a load stopped before this slice is needed drops it
        return slice;
      };
      const ahead = [];
      for (let k = 0; k < READ_AHEAD; ++k) ahead.push(readSlice(k * SLICE_BYTES));
      for (let at = 0; at < source.size; at += SLICE_BYTES) {
        const waitStart = performance.now();
        const bytes = await ahead.shift();
        loadStats.waitMs += performance.now() - waitStart;
        ahead.push(readSlice(at + READ_AHEAD * SLICE_BYTES));
        if (generation !== cancelGeneration) throw new Cancelled(`loading ${source.name} was cancelled`);
        for (let piece = 0; piece < bytes.length; piece += PIECE_BYTES) {
          const started = performance.now();
          feedBytes(bytes.subarray(piece, Math.min(bytes.length, piece + PIECE_BYTES)));
          const now = performance.now();
          loadStats.engineMs += now - started;
          loadStats.bytes += Math.min(PIECE_BYTES, bytes.length - piece);
          if (now - workStart >= WORK_BUDGET_MS) {
            await nextFrame(); // the browser draws a frame, then reading goes on
            ++loadStats.yields;
            workStart = performance.now();
            if (generation !== cancelGeneration) throw new Cancelled(`loading ${source.name} was cancelled`);
          }
        }
      }
      loadStats.readMs += performance.now() - readStart;
      ({ id } = parseStatus(engine.finishFile()));
    } catch (error) {
      engine.cancelFile();
      throw error;
    }
    sources.set(id, source);
    return JSON.parse(engine.status()).inputs.find((input) => input.id === id);
  }

  // After each load: the engine asks for the files read before a brief arrived (by id), to read
  // them again with the brief's terms.
  async function rereadStale() {
    for (const id of JSON.parse(engine.staleInputs())) {
      if (sources.has(id)) await feedSource(sources.get(id), { reread: true, replace: id });
    }
  }

  // The id of the input at `index` in the engine's order (the page's API names inputs by index).
  function inputId(index) {
    const input = JSON.parse(engine.status()).inputs[index];
    if (!input) throw new Error(`no input ${index}`);
    return input.id;
  }

  function enqueue(task) {
    const run = loadChain.then(async () => {
      const result = await task();
      await rereadStale();
      return result;
    });
    loadChain = run.catch(() => {});
    return run;
  }

  function bytesSource(name, bytes) {
    return { name, size: bytes.length, slice: async (start, end) => bytes.subarray(start, end) };
  }

  // Slices of files are read by a worker (read_worker.js), off the page's thread, when the
  // browser lets the page start one; else (or should the worker fail) here.
  let reader = null; // { worker, waiting: Map(id -> request), next } once started; false: none
  const readHere = ({ file, start, end }) => {
    ++loadStats.pageSlices;
    return file.slice(start, end).arrayBuffer().then((buffer) => new Uint8Array(buffer));
  };

  function startReader() {
    if (reader !== null) return reader;
    reader = false;
    try {
      const worker = new Worker('read_worker.js');
      const waiting = new Map();
      worker.onmessage = ({ data }) => {
        const request = waiting.get(data.id);
        waiting.delete(data.id);
        if (data.error !== undefined) request.reject(new Error(data.error));
        else {
          ++loadStats.workerSlices;
          request.resolve(new Uint8Array(data.buffer));
        }
      };
      worker.onerror = (event) => {
        event.preventDefault();
        reader = false; // the worker could not start: what it was asked is read here
        worker.terminate();
        for (const request of waiting.values()) readHere(request).then(request.resolve, request.reject);
        waiting.clear();
      };
      reader = { worker, waiting, next: 0 };
    } catch (error) {
      reader = false; // no workers here (a policy, or an old browser)
    }
    return reader;
  }

  function readSliceOf(file, start, end) {
    const worker = startReader();
    if (!worker) return readHere({ file, start, end });
    return new Promise((resolve, reject) => {
      const id = worker.next++;
      worker.waiting.set(id, { file, start, end, resolve, reject });
      worker.worker.postMessage({ id, file, start, end });
    });
  }

  // A dropped or picked File is read slice by slice from disk: never held whole in memory.
  function fileSource(file) {
    return {
      name: file.name,
      size: file.size,
      slice: (start, end) => readSliceOf(file, start, end),
    };
  }

  // A workspace: every loaded file as it was read (base64) with how it was read, and the
  // settings. Saved as one JSON file; opening it (drop, picker or loadFile) restores all of it.
  const WORKSPACE_SCHEMA = 'creatorscope.workspace/1';
  const WORKSPACE_LIMIT = 300 * 1000 * 1000; // bytes of files: a browser string holds about 512 MB

  function toBase64(bytes) {
    let binary = '';
    for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode.apply(null, bytes.subarray(at, at + 0x8000));
    return btoa(binary);
  }

  function fromBase64(text) {
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let at = 0; at < binary.length; at++) bytes[at] = binary.charCodeAt(at);
    return bytes;
  }

  function isWorkspace(head) {
    return new TextDecoder().decode(head.subarray(0, 512)).includes(`"${WORKSPACE_SCHEMA}"`);
  }

  // Every loaded file as it was read, with how it was read, and the settings; null (after
  // saying why) when the files are too big to keep together.
  async function collectWorkspace() {
    await loadChain;
    const inputs = JSON.parse(engine.status()).inputs;
    const total = inputs.reduce((sum, input) => sum + (sources.get(input.id)?.size ?? 0), 0);
    if (total > WORKSPACE_LIMIT) {
      showMessage(`The loaded files hold ${(total / 1e6).toFixed(0)} MB: too much to keep together (${WORKSPACE_LIMIT / 1e6} MB at most). Keep the files and open them again instead.`);
      return null;
    }
    const overrides = JSON.parse(engine.inputOverrides());
    const files = [];
    for (let index = 0; index < inputs.length; index++) {
      const source = sources.get(inputs[index].id);
      if (!source) continue;
      files.push({ name: source.name, override: overrides[index] ?? null, bytes: await source.slice(0, source.size) });
    }
    return { settings: JSON.parse(engine.settingsJson()), files };
  }

  // Forgets what is loaded and reads a workspace's files with its settings.
  async function restoreWorkspace({ settings, files }) {
    engine.clear();
    sources.clear();
    parseStatus(engine.applySettingsJson(JSON.stringify(settings ?? {})));
    for (const file of files) {
      await feedSource(bytesSource(file.name, file.bytes), file.override ? { override: file.override } : {});
    }
    return JSON.parse(engine.status());
  }

  async function saveWorkspace() {
    const workspace = await collectWorkspace();
    if (!workspace) return;
    const files = workspace.files.map((file) => ({ name: file.name, override: file.override, base64: toBase64(file.bytes) }));
    const text = JSON.stringify({ schema: WORKSPACE_SCHEMA, settings: workspace.settings, files });
    download('creatorscope-workspace.json', 'application/json', new TextEncoder().encode(text));
  }

  function loadWorkspace(text) {
    const workspace = JSON.parse(text);
    if (workspace.schema !== WORKSPACE_SCHEMA || !Array.isArray(workspace.files)) throw new Error('not a CreatorScope workspace');
    const files = workspace.files.map((file) => ({ name: file.name, override: file.override, bytes: fromBase64(file.base64) }));
    return restoreWorkspace({ settings: workspace.settings, files });
  }

  // Saved campaigns (shell/campaigns.js): in this browser's own storage, only when asked.
  const campaigns = window.creatorscopeCampaigns;
  let currentCampaign = null; // the id of the campaign saved or reopened last, while it is open

  async function refreshCampaigns() {
    const [list, space] = await Promise.all([campaigns.list(), campaigns.space().catch(() => null)]);
    const listed = list.map((c) => ({ id: c.id, name: c.name, saved_at: c.savedAt, bytes: c.bytes, files: c.files, summary: c.summary }));
    const state = { campaigns: listed, usage: space ? space.usage : null, quota: space ? space.quota : null, current: currentCampaign };
    engine.setSavedCampaigns(JSON.stringify(state));
    return state;
  }

  async function saveCampaign(name) {
    const workspace = await collectWorkspace();
    if (!workspace) return null;
    const size = workspace.files.reduce((sum, file) => sum + file.bytes.length, 0);
    const space = await campaigns.space().catch(() => null);
    if (space && space.quota > 0 && space.usage + size > 0.9 * space.quota) {
      showMessage(`This campaign needs about ${(size / 1e6).toFixed(1)} MB, and this browser lets the page keep ${(space.quota / 1e6).toFixed(0)} MB, of which ${(space.usage / 1e6).toFixed(1)} MB are used. It was not saved: delete saved campaigns you no longer need, or export the workspace file instead.`);
      return null;
    }
    const same = (await campaigns.list()).find((c) => c.name === name);
    const summary = JSON.parse(engine.campaignSummaryJson());
    const id = await campaigns.put({ id: same ? same.id : undefined, name, summary, ...workspace });
    campaigns.keep();
    currentCampaign = id;
    await refreshCampaigns();
    showMessage(`"${name}" is saved in this browser (${(size / 1e6).toFixed(1)} MB). Reopen it from the start screen; nothing was sent anywhere.`);
    return id;
  }

  async function openCampaign(id) {
    const saved = await campaigns.get(id);
    if (!saved) throw new Error('it is no longer in this browser');
    const status = await restoreWorkspace(saved);
    currentCampaign = id;
    await refreshCampaigns();
    return status;
  }

  async function deleteCampaign(id) {
    await campaigns.remove(id);
    if (currentCampaign === id) currentCampaign = null;
    return refreshCampaigns();
  }

  function loadBytes(name, data, kind) {
    const bytes = toBytes(data);
    if (!kind && isWorkspace(bytes)) return enqueue(() => loadWorkspace(new TextDecoder().decode(bytes)));
    const source = bytesSource(name, bytes);
    return enqueue(() => feedSource(source, { kind }));
  }

  function loadBlob(file, kind) {
    return enqueue(async () => {
      if (!kind && isWorkspace(new Uint8Array(await file.slice(0, 512).arrayBuffer()))) return loadWorkspace(await file.text());
      return feedSource(fileSource(file), { kind });
    });
  }

  // The mapping editor: read input `index` again with the user's kind and columns.
  function rereadInput(index, overrideJson) {
    let id;
    try {
      id = inputId(index);
    } catch (error) {
      return Promise.reject(error);
    }
    if (!sources.has(id)) return Promise.reject(new Error(`no input ${index}`));
    return enqueue(() => feedSource(sources.get(id), { override: JSON.parse(overrideJson), replace: id }));
  }

  function removeInput(index) {
    const id = inputId(index);
    parseStatus(engine.removeInput(id));
    sources.delete(id);
  }

  // Stops the file being read and every file waiting to be read.
  function cancelLoads() {
    cancelGeneration++;
  }

  // A message over the canvas; a click (or Escape) puts it away when it is not fatal.
  function showMessage(text, { dismissible = true } = {}) {
    const box = document.getElementById('message');
    box.textContent = text;
    if (dismissible) {
      const hint = document.createElement('div');
      hint.className = 'dismiss';
      hint.textContent = 'Click to close.';
      box.appendChild(hint);
      const close = () => {
        box.hidden = true;
        window.removeEventListener('keydown', onKey);
      };
      const onKey = (event) => {
        if (event.key === 'Escape') close();
      };
      box.onclick = close;
      window.addEventListener('keydown', onKey);
    }
    box.hidden = false;
  }

  function reportLoadError(name, error) {
    if (error instanceof Cancelled) return;
    console.warn(`CreatorScope could not read ${name}: ${error.message}`);
    showMessage(`${name} could not be read: ${error.message}. What was loaded before is kept.`);
  }

  async function loadFiles(files) {
    for (const file of files) {
      try {
        await loadBlob(file);
      } catch (error) {
        reportLoadError(file.name, error);
      }
    }
  }

  async function loadSample() {
    const base = 'assets/sample/';
    const generation = cancelGeneration;
    const manifest = await (await fetch(base + 'manifest.json')).json();
    for (const name of manifest.files) {
      const response = await fetch(base + name);
      if (!response.ok) throw new Error(`sample file ${name}: HTTP ${response.status}`);
      const bytes = new Uint8Array(await response.arrayBuffer());
      if (generation !== cancelGeneration) return;
      await loadBytes(name, bytes);
    }
  }

  // bytes: one Uint8Array, or the parts of a download the engine wrote piece by piece.
  function download(fileName, mimeType, bytes) {
    const url = URL.createObjectURL(new Blob(Array.isArray(bytes) ? bytes : [bytes], { type: mimeType }));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  function openFilePicker() {
    document.getElementById('file-input').click();
  }

  // What the application calls (web/app/shell_bridge_web.cpp).
  window.creatorscopeShell = {
    openFilePicker,
    loadSample: () => loadSample().catch((error) => reportLoadError('the sample data', error)),
    download,
    cancelLoads,
    rereadInput: (index, overrideJson) => rereadInput(index, overrideJson).catch((error) => reportLoadError('the file', error)),
    removeInput,
    saveWorkspace: () => saveWorkspace().catch((error) => reportLoadError('the workspace', error)),
    saveCampaign: (name) => saveCampaign(name).catch((error) => showMessage(`The campaign could not be saved: ${error.message}.`)),
    openCampaign: (id) => enqueue(() => openCampaign(id)).catch((error) => reportLoadError('the saved campaign', error)),
    deleteCampaign: (id) => deleteCampaign(id).catch((error) => showMessage(`The campaign could not be deleted: ${error.message}.`)),
    campaignClosed: () => {
      currentCampaign = null;
      refreshCampaigns().catch(() => {});
    },
    // The user's own mail program, through the browser: a mailto: link opens it and sends nothing.
    openMailLink: (url) => {
      if (!url.startsWith('mailto:')) return;
      const link = document.createElement('a');
      link.href = url;
      document.body.appendChild(link);
      link.click();
      link.remove();
    },
    loadText: (name, kind, text, replace) => {
      const source = bytesSource(name, new TextEncoder().encode(text));
      // replace: the index of the input the text takes the place of (the brief editor's), or -1.
      enqueue(() => feedSource(source, { kind, replace: replace >= 0 ? inputId(replace) : undefined }))
        .catch((error) => reportLoadError(name, error));
    },
  };

  // The page's API for scripts and tests (PRODUCT.md section 6).
  window.creatorscope = {
    ready,
    loadFile: (name, bytes, kind) => loadBytes(name, bytes, kind),
    loadSample,
    rereadInput,
    removeInput,
    cancelLoads,
    // The engine's status, with the application's frame times (frameStats) beside it.
    status: () => {
      if (!engine) return { phase: 'starting' };
      const status = JSON.parse(engine.status());
      const frames = JSON.parse(engine.frameStats());
      if (frames !== null) status.frames = frames;
      return status;
    },
    reportJson: () => engine.reportJson(),
    planJson: () => engine.planJson(),
    reportHtml: () => engine.reportHtml(),
    rosterCsv: () => engine.rosterCsv(),
    pipelineCsv: () => engine.pipelineCsv(),
    codesCsv: () => engine.codesCsv(),
    campaignSummaryJson: () => engine.campaignSummaryJson(),
    // Outreach: kind is 'first_contact', 'follow_up' or 'offer'; a draft is null for an unknown creator.
    outreachDraft: (handle, platform, kind = 'first_contact') => JSON.parse(engine.outreachDraft(handle, platform, kind)),
    outreachCsv: (kind = 'first_contact') => engine.outreachCsv(kind),
    outreachSettings: () => JSON.parse(engine.outreachSettingsJson()),
    setOutreachSettings: (settings) => parseStatus(engine.setOutreachSettings(JSON.stringify(settings))),
    // Saved campaigns: { campaigns: [{ id, name, saved_at, bytes, files, summary }], usage, quota, current }.
    saveCampaign: (name) => saveCampaign(name),
    savedCampaigns: () => refreshCampaigns(),
    openCampaign: (id) => enqueue(() => openCampaign(id)),
    deleteCampaign: (id) => deleteCampaign(id),
    // A code's owner: a handle, '' for no creator's (a store-wide code), null to forget it.
    setCodeOwner: (code, handle) => parseStatus(engine.setCodeOwner(code, JSON.stringify(handle ?? null))),
    setLinkOwner: (value, handle) => parseStatus(engine.setLinkOwner(value, JSON.stringify(handle ?? null))),
    setTierScheme: (nameOrJson) => parseStatus(engine.setTierScheme(nameOrJson)),
    setAsOf: (date) => parseStatus(engine.setAsOf(date)),
    setThresholds: (json) => parseStatus(engine.setThresholds(json)),
    setAttributionSettings: (json) => parseStatus(engine.setAttributionSettings(json)),
    resetFrameStats: () => engine.resetFrameStats(),
    loadStats: () => ({ ...loadStats }),
    itemRect: (label) => (engine ? JSON.parse(engine.itemRect(label)) : null),
  };

  // Paste: the pasted text goes to the page's clipboard as the paste happens, before the frame
  // in which the focused text field reads Ctrl+V (the page cannot read the clipboard itself).
  document.addEventListener('paste', (event) => {
    const text = event.clipboardData ? event.clipboardData.getData('text/plain') : '';
    if (engine && engine.pasteText && text) engine.pasteText(text);
  });

  window.addEventListener('DOMContentLoaded', () => {
    const input = document.getElementById('file-input');
    input.addEventListener('change', () => {
      const files = Array.from(input.files);
      input.value = '';
      loadFiles(files);
    });

    const overlay = document.getElementById('drop-overlay');
    let dragDepth = 0;
    window.addEventListener('dragenter', (event) => {
      event.preventDefault();
      dragDepth++;
      overlay.hidden = false;
    });
    window.addEventListener('dragleave', () => {
      dragDepth = Math.max(0, dragDepth - 1);
      if (dragDepth === 0) overlay.hidden = true;
    });
    window.addEventListener('dragover', (event) => event.preventDefault());
    window.addEventListener('drop', (event) => {
      event.preventDefault();
      dragDepth = 0;
      overlay.hidden = true;
      loadFiles(Array.from(event.dataTransfer.files));
    });

    // Ctrl+O (Cmd+O on a Mac) opens the picker instead of the browser's own open dialog.
    window.addEventListener('keydown', (event) => {
      if ((event.ctrlKey || event.metaKey) && (event.key === 'o' || event.key === 'O')) {
        event.preventDefault();
        openFilePicker();
      }
    }, true);
  });

  // Called by start.js once the module factory exists.
  window.creatorscopeStart = function (factory) {
    const canvas = document.getElementById('canvas');
    canvas.addEventListener('contextmenu', (event) => event.preventDefault());
    factory({
      canvas,
      print: (text) => console.log(text),
      printErr: (text) => console.warn(text),
    }).then((module) => {
      engine = module;
      resolveReady();
      refreshCampaigns().catch((error) => console.warn(`CreatorScope could not list the saved campaigns: ${error.message}`));
    }, (error) => {
      showMessage('CreatorScope could not start in this browser: ' + error + '. It needs WebAssembly and WebGL 2 (any current Chrome, Edge, Firefox or Safari).', { dismissible: false });
      rejectReady(error);
    });
  };
})();
