// DuckDB as a peer of the ingest benchmark, natively under node (@duckdb/node-api, test-only):
// the same generated posts CSV read into a typed, columnar table (CREATE TABLE AS read_csv with
// its type detection), as the engine reads it into its tables. The file is read once before
// timing so that both read it from the page cache (from memory). Prints one JSON line per
// thread count. Usage: node tests/bench/duckdb_node.mjs FILE
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';

const file = resolve(process.argv[2]);
const megabytes = statSync(file).size / 1e6;
readFileSync(file);  // into the page cache
for (const threads of [1, 2]) {
  const instance = await DuckDBInstance.create(':memory:', { threads: String(threads) });
  const connection = await instance.connect();
  const quoted = file.replaceAll("'", "''");
  const start = process.hrtime.bigint();
  await connection.run(`CREATE TABLE posts AS SELECT * FROM read_csv('${quoted}', header = true)`);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const rows = (await connection.runAndReadAll('SELECT count(*) FROM posts')).getRows()[0][0];
  console.log(JSON.stringify({ what: 'duckdb-native (node-api, read_csv into a table)', threads,
    megabytes, read_seconds: seconds, mb_per_s: megabytes / seconds, rows: Number(rows) }));
  connection.closeSync?.();
  instance.closeSync?.();
}
