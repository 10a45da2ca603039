// The engine built to WebAssembly, run under node on every golden case of tests/golden: its
// report must equal expected.json byte for byte, the same file the native build is held to.
// Also checks the bindings' error values and that broken input does not crash the module.
// Usage: node tests/wasm/golden.mjs build/wasm/node/creatorscope_engine.js
import { check, finish } from '../js/checks.mjs';
import { readFileSync, readdirSync, existsSync, writeFileSync } from 'node:fs';
import { join, basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { isDeepStrictEqual } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const modulePath = resolve(process.argv[2] ?? join(root, 'build/wasm/node/creatorscope_engine.js'));
const createCreatorScope = createRequire(import.meta.url)(modulePath);
const kinds = new Set(['roster', 'posts', 'follower_history', 'comments', 'audience', 'follower_sample',
  'touchpoints', 'conversions', 'paths', 'codes', 'costs', 'account_metrics', 'connections', 'brief']);

// The digest of tests/unit/engine/golden_test.cpp's summarize(), for cases kept as a digest.
function summarize(report) {
  const tiers = {};
  let withRate = 0;
  let postsUsed = 0;
  let withAuthenticity = 0;
  for (const c of report.creators) {
    const tier = c.tier ?? '(none)';
    tiers[tier] = (tiers[tier] ?? 0) + 1;
    if (c.engagement.rate !== null) withRate++;
    postsUsed += c.engagement.posts;
    if (c.scores.authenticity !== null) withAuthenticity++;
  }
  return {
    schema: report.schema, as_of: report.as_of, settings: report.settings, inputs: report.inputs,
    creators: { count: report.creators.length, tiers, with_rate: withRate, posts_used: postsUsed, with_authenticity: withAuthenticity },
    // Follower samples: each sample's figures and its first three accounts (as golden_test.cpp).
    audience_samples: report.audience_samples.map((s) => ({ ...s, accounts: s.accounts.slice(0, 3) })),
  };
}

// Feeds bytes in chunks to a file already begun, then finishes it and analyses.
function feedBytes(engine, bytes, chunk = 1 << 20) {
  for (let at = 0; at < bytes.length; at += chunk) {
    const fed = JSON.parse(engine.feed(bytes.subarray(at, at + chunk)));
    if (!fed.ok) throw new Error(fed.error);
  }
  const finished = JSON.parse(engine.finishFile());
  if (!finished.ok) throw new Error(finished.error);
  while (!engine.step(5)) { /* analyse within a budget, as the page does */ }
  return finished.id;
}

function feedFile(engine, name, bytes, kind = '', chunk = 1 << 20) {
  const begun = JSON.parse(engine.beginFile(name, kind, bytes.length));
  if (!begun.ok) throw new Error(begun.error);
  return feedBytes(engine, bytes, chunk);
}

// A rule's case (as golden_test.cpp's flag_digest): the accounts carrying the flag, with its
// evidence, and the case's quiet accounts that do not.
function flagDigest(report, spec) {
  const fires = [];
  const quiet = [];
  for (const c of report.creators) {
    const account = `${c.handle}|${c.platform}`;
    let fired = false;
    for (const f of c.flags) {
      if (f.id !== spec.flag) continue;
      fired = true;
      fires.push({ creator: account, severity: f.severity, evidence: f.evidence, value: f.value, threshold: f.threshold });
    }
    if (spec.quiet.includes(account) && !fired) quiet.push(account);
  }
  return { flag: spec.flag, fires, quiet };
}

const goldenDir = join(root, 'tests/golden');
// Cases that read ../shared/realdata run where it is beside the repository (always in CI, where
// its absence fails); a clone from GitHub skips them with one line.
const realdataHere = existsSync(join(root, '../shared/realdata'));
const inCI = process.env.CI === 'true';
let realdataSkips = 0;
// Every folder with a case.json, nested ones too (tests/golden/flags/<rule>/).
function caseFolders(dir, prefix = '') {
  const found = [];
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    if (!d.isDirectory()) continue;
    const name = prefix + d.name;
    if (existsSync(join(dir, d.name, 'case.json'))) found.push(name);
    found.push(...caseFolders(join(dir, d.name), name + '/'));
  }
  return found;
}
const cases = caseFolders(goldenDir)
  .filter((name) => {
    if (realdataHere || !readFileSync(join(goldenDir, name, 'case.json'), 'utf8').includes('../shared/realdata')) return true;
    if (inCI) {
      check(`${name}: ../shared/realdata is beside the repository (CI=true)`, false);
    } else {
      realdataSkips++;
    }
    return false;
  })
  .sort();
if (realdataSkips > 0) {
  console.log(`skipped: ${realdataSkips} golden cases that read ../shared/realdata, which is not beside this clone (CI runs them all)`);
}

const shared = await createCreatorScope(); // one module for every case: clear() between them
for (const name of cases) {
  const engine = shared;
  engine.clear();
  const spec = JSON.parse(readFileSync(join(goldenDir, name, 'case.json'), 'utf8'));
  JSON.parse(engine.setTierScheme(spec.tiers ?? 'guide'));
  JSON.parse(engine.setAsOf(spec.as_of ?? ''));
  const paths = new Map(); // input id -> its file, for the engine's re-reads
  for (const entry of spec.inputs) {
    let path = entry;
    let kind = '';
    const colon = entry.indexOf(':');
    if (colon > 0 && kinds.has(entry.slice(0, colon))) {
      kind = entry.slice(0, colon);
      path = entry.slice(colon + 1);
    }
    const id = feedFile(engine, basename(path), readFileSync(join(root, path)), kind);
    paths.set(id, join(root, path));
  }
  // As the CLI and the page do: the engine asks for the files read before a brief (by id).
  for (const id of JSON.parse(engine.staleInputs())) {
    const bytes = readFileSync(paths.get(id));
    JSON.parse(engine.beginReread(id, bytes.length));
    feedBytes(engine, bytes);
  }
  const actual = engine.reportJson();
  const expected = readFileSync(join(goldenDir, name, 'expected.json'), 'utf8');
  if (spec.compare === 'flag') {
    const digest = flagDigest(JSON.parse(actual), spec);
    const same = isDeepStrictEqual(digest, JSON.parse(expected));
    if (!same) writeFileSync(join(goldenDir, name, 'actual.wasm.json'), JSON.stringify(digest, null, 2));
    check(`golden ${name}: WebAssembly's ${spec.flag} cases equal the native expected.json`, same, 'written beside it as actual.wasm.json');
  } else if (spec.compare === 'summary') {
    const same = isDeepStrictEqual(summarize(JSON.parse(actual)), JSON.parse(expected));
    if (!same) writeFileSync(join(goldenDir, name, 'actual.wasm.json'), JSON.stringify(summarize(JSON.parse(actual)), null, 2));
    check(`golden ${name}: WebAssembly report digest equals the native expected.json`, same,
      'written beside it as actual.wasm.json');
  } else {
    if (actual !== expected) writeFileSync(join(goldenDir, name, 'actual.wasm.json'), actual);
    check(`golden ${name}: WebAssembly report equals the native expected.json byte for byte`, actual === expected,
      'written beside it as actual.wasm.json');
  }
  // A case with a golden plan (the CLI's `plan`, tests/cli/cli_test.sh): the same bytes here.
  if (existsSync(join(goldenDir, name, 'plan.json'))) {
    const plan = engine.planJson();
    const expectedPlan = readFileSync(join(goldenDir, name, 'plan.json'), 'utf8');
    if (plan !== expectedPlan) writeFileSync(join(goldenDir, name, 'plan.wasm.json'), plan);
    check(`golden ${name}: WebAssembly plan equals the native plan.json byte for byte`, plan === expectedPlan,
      'written beside it as plan.wasm.json');
  }
}

// Errors are values, and no input crashes the module.
{
  const engine = await createCreatorScope();
  const noFile = JSON.parse(engine.feed(new Uint8Array([1, 2, 3])));
  check('feed without beginFile is an error value', noFile.ok === false && /begin_file/.test(noFile.error));
  const badKind = JSON.parse(engine.beginFile('x.csv', 'selfies', 0));
  check('an unknown kind is an error value', badKind.ok === false);
  const badScheme = JSON.parse(engine.setTierScheme('{"name": 3}'));
  check('a bad tier scheme is an error value', badScheme.ok === false);

  const garbage = new Uint8Array(300000);
  let seed = 12345;
  for (let i = 0; i < garbage.length; i++) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    garbage[i] = seed >>> 24;
  }
  feedFile(engine, 'garbage.bin', garbage, '', 4096);
  feedFile(engine, 'truncated.csv', new TextEncoder().encode('handle,followers\nlena,"12'), '', 7);
  feedFile(engine, 'roster.csv', readFileSync(join(root, 'assets/sample/roster.csv')), '', 333);
  const report = JSON.parse(engine.reportJson());
  check('binary garbage and a truncated file leave the good file readable',
    report.inputs.length === 3 && report.creators.length === 47 && report.inputs[2].rows === 47,
    JSON.stringify(report.inputs.map((i) => [i.name, i.kind, i.rows, i.rejected])));
  const status = JSON.parse(engine.status());
  check('status() reports the inputs and the phase', status.phase === 'ready' && status.inputs.length === 3);
}

finish();
