// The shell around the engine: drop zone, file picker, sample data, downloads, and the
// window.creatorscope API that scripts and browser tests drive the page with (PRODUCT.md
// section 6). Files are read in slices and handed to the engine one slice at a time; the next
// slice is read only after the engine took the last (back-pressure), so a file is never held
// whole in memory and the canvas keeps drawing between slices.
'use strict';

(function () {
  const SLICE_BYTES = 4 * 1024 * 1024;
  let engine = null; // the Emscripten module, once started
  let resolveReady;
  let rejectReady;
  const ready = new Promise((resolve, reject) => {
    resolveReady = resolve;
    rejectReady = reject;
  });
  let loadChain = Promise.resolve(); // one file at a time, in the order asked

  const nextFrame = () => new Promise((resolve) => setTimeout(resolve, 0));

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

  // source: { name, size, slice(start, end) -> Promise<Uint8Array> }
  async function feedSource(source, kind) {
    await ready;
    parseStatus(engine.beginFile(source.name, kind || '', source.size));
    try {
      for (let at = 0; at < source.size; at += SLICE_BYTES) {
        const bytes = await source.slice(at, Math.min(source.size, at + SLICE_BYTES));
        parseStatus(engine.feed(bytes));
        await nextFrame(); // let the canvas draw a frame between slices
      }
      parseStatus(engine.finishFile());
    } catch (error) {
      engine.cancelFile();
      throw error;
    }
    const status = JSON.parse(engine.status());
    return status.inputs[status.inputs.length - 1];
  }

  function enqueue(task) {
    const run = loadChain.then(task);
    loadChain = run.catch(() => {});
    return run;
  }

  function loadBytes(name, data, kind) {
    const bytes = toBytes(data);
    return enqueue(() => feedSource({
      name,
      size: bytes.length,
      slice: async (start, end) => bytes.subarray(start, end),
    }, kind));
  }

  function loadBlob(file, kind) {
    return enqueue(() => feedSource({
      name: file.name,
      size: file.size,
      slice: async (start, end) => new Uint8Array(await file.slice(start, end).arrayBuffer()),
    }, kind));
  }

  function showMessage(text) {
    const box = document.getElementById('message');
    box.textContent = text;
    box.hidden = false;
  }

  function reportLoadError(name, error) {
    console.warn(`CreatorScope could not read ${name}: ${error.message}`);
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
    const manifest = await (await fetch(base + 'manifest.json')).json();
    for (const name of manifest.files) {
      const response = await fetch(base + name);
      if (!response.ok) throw new Error(`sample file ${name}: HTTP ${response.status}`);
      await loadBytes(name, new Uint8Array(await response.arrayBuffer()));
    }
  }

  function download(fileName, mimeType, bytes) {
    const url = URL.createObjectURL(new Blob([bytes], { type: mimeType }));
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
  };

  // The page's API for scripts and tests (PRODUCT.md section 6).
  window.creatorscope = {
    ready,
    loadFile: (name, bytes, kind) => loadBytes(name, bytes, kind),
    loadSample,
    status: () => (engine ? JSON.parse(engine.status()) : { phase: 'starting' }),
    reportJson: () => engine.reportJson(),
    rosterCsv: () => engine.rosterCsv(),
    setTierScheme: (nameOrJson) => parseStatus(engine.setTierScheme(nameOrJson)),
    setAsOf: (date) => parseStatus(engine.setAsOf(date)),
    resetFrameStats: () => engine.resetFrameStats(),
    itemRect: (label) => (engine ? JSON.parse(engine.itemRect(label)) : null),
  };

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
    }, (error) => {
      showMessage('CreatorScope could not start in this browser: ' + error + '. It needs WebAssembly and WebGL 2 (any current Chrome, Edge, Firefox or Safari).');
      rejectReady(error);
    });
  };
})();
