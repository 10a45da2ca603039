// Ingest throughput of the engine built to WebAssembly, under node: the file is read in 1 MiB
// slices and fed as the page feeds it; prints MB/s of the read phase (parse, type, store) and
// the WebAssembly heap at the end. Usage: node tests/bench/ingest_node.mjs FILE [ENGINE_JS] [--read-only]
// (--read-only: stop after the read, without the analysis; for profiling the read alone)
import { openSync, readSync, fstatSync, closeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const file = process.argv[2];
const args = process.argv.slice(3).filter((a) => !a.startsWith('--'));
const readOnly = process.argv.includes('--read-only');
const enginePath = resolve(args[0] ?? join(root, 'build/wasm/node/creatorscope_engine.js'));
const engine = await createRequire(import.meta.url)(enginePath)();

const fd = openSync(file, 'r');
const size = fstatSync(fd).size;
const slice = Buffer.alloc(1 << 20);
const start = process.hrtime.bigint();
const cpuStart = process.cpuUsage();
JSON.parse(engine.beginFile('posts.csv', 'posts', size));
for (;;) {
  const got = readSync(fd, slice, 0, slice.length, null);
  if (got === 0) break;
  // As the page does: one copy into WebAssembly memory, then feed (shell/creatorscope.js).
  const pointer = engine.feedBuffer(got);
  engine.HEAPU8.set(slice.subarray(0, got), pointer);
  JSON.parse(engine.feedFromBuffer(got));
}
JSON.parse(engine.finishFile());
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const cpu = process.cpuUsage(cpuStart);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
closeSync(fd);
const analyseStart = process.hrtime.bigint();
while (!readOnly && !engine.step(1000)) { /* analyse */ }
const analyseSeconds = Number(process.hrtime.bigint() - analyseStart) / 1e9;
const status = JSON.parse(engine.status());
console.log(JSON.stringify({
  what: 'wasm-node', megabytes: size / 1e6, read_seconds: seconds, mb_per_s: size / 1e6 / seconds,
  cpu_seconds: cpuSeconds, mb_per_cpu_s: size / 1e6 / cpuSeconds,
  analyse_seconds: analyseSeconds, rows: status.inputs[0].rows, wasm_heap_mb: status.memory.heap_bytes / 1e6,
  table_mb: status.memory.table_bytes / 1e6, rss_mb: process.memoryUsage().rss / 1e6,
}));
