#!/usr/bin/env bash
# The CLI contract of PRODUCT.md section 6: report to stdout or --out, KIND: prefixes,
# --tiers, --as-of, --csv, and the exit codes 0 (fine), 1 (rejected rows), 2 (usage).
# Usage: tests/cli/cli_test.sh path/to/creatorscope
set -u
cli="$1"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0
check() {  # check NAME CONDITION...
  local name="$1"
  shift
  if "$@"; then
    passed=$((passed + 1))
    echo "ok   $name"
  else
    failed=$((failed + 1))
    echo "FAIL $name"
  fi
}
json() { python3 -c "import json,sys; r=json.load(open(sys.argv[1])); print($2)" "$1"; }

sample="$root/assets/sample"
"$cli" report "$sample/roster.csv" "$sample/posts.csv" >"$tmp/stdout.json" 2>"$tmp/stderr.txt"
check "report on clean input exits 0" test $? -eq 0
check "the report goes to standard output" test "$(json "$tmp/stdout.json" 'r["schema"]')" = "creatorscope.report/1"
check "every sample creator has a tier and a rate" test "$(json "$tmp/stdout.json" 'sum(1 for c in r["creators"] if c["tier"] and c["engagement"]["rate"] is not None)')" = 47
check "a summary line goes to standard error" grep -q "47 creators as of 2026-09-30" "$tmp/stderr.txt"

# The whole sample in the golden case's order (the brief last): byte for byte the golden report,
# which the WebAssembly engine and the page are held to as well.
mapfile -t sample_inputs < <(python3 -c "import json; print('\n'.join(json.load(open('$root/tests/golden/sample/case.json'))['inputs']))")
(cd "$root" && "$cli" report "${sample_inputs[@]}" >"$tmp/sample.json" 2>/dev/null)
check "the CLI's report of the whole sample equals the golden report byte for byte" cmp -s "$tmp/sample.json" "$root/tests/golden/sample/expected.json"

# The budget plan of the whole sample: byte for byte the golden plan (tests/golden/sample/plan.json,
# checked by hand: see docs/plan.md), proved optimal, within the budget.
(cd "$root" && "$cli" plan "${sample_inputs[@]}" >"$tmp/plan.json" 2>/dev/null)
check "plan exits 0 on the sample" test $? -eq 0
check "the CLI's plan of the whole sample equals the golden plan byte for byte" cmp -s "$tmp/plan.json" "$root/tests/golden/sample/plan.json"
check "the plan is creatorscope.plan/1, proved optimal, within its budget" test "$(json "$tmp/plan.json" 'r["schema"] + " " + str(r["optimal"]) + " " + str(r["total_cost"] <= r["budget"]) + " " + str(len(r["candidates"]))')" = "creatorscope.plan/1 True True 47"
check "the optimum is worth more than either naive plan" test "$(json "$tmp/plan.json" 'all(r["total_value"] >= n["value"] for n in r["comparisons"])')" = "True"
(cd "$root" && "$cli" plan --budget 20000 --goal reach "${sample_inputs[@]}" >"$tmp/plan-reach.json" 2>/dev/null)
check "--budget and --goal set the plan's" test "$(json "$tmp/plan-reach.json" 'str(r["budget"]) + " " + r["goal"] + " " + r["unit"] + " " + str(r["total_cost"] <= 20000)')" = "20000.0 reach views True"
"$cli" plan --goal nonsense "$root/assets/sample/roster.csv" >/dev/null 2>"$tmp/bad-goal.txt"
check "an unknown goal is a usage error (exit 2)" test $? -eq 2
printf 'handle,platform,followers,avg_views,currency\nana,instagram,20000,3000,USD\n' >"$tmp/rates-roster.csv"
printf '{"currency": "USD", "rows": [{"platform": "instagram", "min_followers": 0, "low": 300, "high": 1200}]}' >"$tmp/rates.json"
"$cli" plan --budget 5000 --goal reach --rates "$tmp/rates.json" "$tmp/rates-roster.csv" >"$tmp/plan-rates.json" 2>/dev/null
check "--rates FILE estimates fees from that table" test "$(json "$tmp/plan-rates.json" 'str(r["rates"]["custom"]) + " " + str(r["candidates"][0]["cost"])')" = "True 600.0"
(cd "$root" && "$cli" plan --csv "$tmp/plan.csv" --out /dev/null "${sample_inputs[@]}" 2>/dev/null)
check "plan --csv writes the chosen creators and a total row" test "$(head -1 "$tmp/plan.csv" | cut -d, -f1-6)" = "handle,platform,tier,deliverable,bookings,cost" -a "$(wc -l <"$tmp/plan.csv")" -eq "$(json "$tmp/plan.json" 'len(r["selected"]) + 2')"

"$cli" report --out "$tmp/out.json" --csv "$tmp/roster.csv" "$sample/roster.csv" "$sample/posts.csv" >"$tmp/nothing.txt" 2>/dev/null
check "--out writes the same report and nothing to stdout" cmp -s "$tmp/out.json" "$tmp/stdout.json"
check "--out leaves stdout empty" test ! -s "$tmp/nothing.txt"
check "--csv writes the roster with a header and 47 rows" test "$(wc -l <"$tmp/roster.csv")" -eq 48

cp "$sample/posts.csv" "$tmp/data.txt"
"$cli" report "roster:$sample/roster.csv" "posts:$tmp/data.txt" >"$tmp/prefixed.json" 2>/dev/null
check "KIND:FILE skips detection and gives the same creators" test "$(json "$tmp/prefixed.json" 'r["creators"]')" = "$(json "$tmp/stdout.json" 'r["creators"]')"

"$cli" report --as-of 2026-06-30 "$sample/roster.csv" "$sample/posts.csv" >"$tmp/asof.json" 2>/dev/null
check "--as-of sets the report date" test "$(json "$tmp/asof.json" 'r["as_of"]')" = "2026-06-30"
check "--as-of changes the window (lena.andrews' rate differs)" test "$(json "$tmp/asof.json" 'r["creators"][0]["engagement"]["rate"]')" != "$(json "$tmp/stdout.json" 'r["creators"][0]["engagement"]["rate"]')"

"$cli" report --tiers five-band "$sample/roster.csv" >"$tmp/five.json" 2>/dev/null
check "--tiers five-band uses that scheme" test "$(json "$tmp/five.json" 'r["settings"]["tier_scheme"] + "/" + str(r["creators"][0]["tier"])')" = "five-band/micro"
"$cli" report --tiers "$root/assets/tiers/guide.json" "$sample/roster.csv" >"$tmp/file-tiers.json" 2>/dev/null
check "--tiers FILE reads a scheme file" test "$(json "$tmp/file-tiers.json" 'r["settings"]["tier_scheme"]')" = "guide"

# Red-flag thresholds from a file: raising the inactivity threshold clears old.school.eats.
(cd "$root" && "$cli" report "${sample_inputs[@]}" >"$tmp/flags.json" 2>/dev/null)
check "the sample's dormant account is flagged INACTIVE" test "$(json "$tmp/flags.json" '[f["id"] for c in r["creators"] if c["handle"] == "old.school.eats" for f in c["flags"]]')" = "['INACTIVE']"
echo '{"inactive_days": 120, "irregular_gap_days": 120}' >"$tmp/thresholds.json"
(cd "$root" && "$cli" report --thresholds "$tmp/thresholds.json" "${sample_inputs[@]}" >"$tmp/lenient.json" 2>/dev/null)
check "--thresholds FILE changes a flag's threshold" test "$(json "$tmp/lenient.json" '[f["id"] for c in r["creators"] if c["handle"] == "old.school.eats" for f in c["flags"]]')" = "[]"
echo '{"no_such_threshold": 1}' >"$tmp/bad-thresholds.json"
"$cli" report --thresholds "$tmp/bad-thresholds.json" "$sample/roster.csv" >/dev/null 2>"$tmp/bad-thresholds.txt"
check "an unknown threshold is a usage error (exit 2) naming it" test $? -eq 2
check "the message names the unknown threshold" grep -q "no_such_threshold" "$tmp/bad-thresholds.txt"
# A misspelt threshold in a brief: a usage error naming it and the brief (never a silent NaN).
echo '{"name": "Spring", "thresholds": {"inactiv_days": 120}}' >"$tmp/misspelt-brief.json"
"$cli" report --brief "$tmp/misspelt-brief.json" "$sample/roster.csv" >/dev/null 2>"$tmp/misspelt-brief.txt"
check "a misspelt threshold in a brief exits 2" test $? -eq 2
check "the message names the misspelt threshold and the brief" grep -q 'misspelt-brief.json: its thresholds were not used: unknown flag threshold "inactiv_days"' "$tmp/misspelt-brief.txt"

# Scores against the brief: --brief fills alignment and fit for every creator, ranked; without a
# brief they are null with the reason; the roster CSV carries them.
(cd "$root" && "$cli" report --brief assets/sample/brief.json --csv "$tmp/scored.csv" assets/sample/roster.csv assets/sample/posts.csv \
  assets/sample/audience.csv assets/sample/follower_history.csv assets/sample/comments.csv >"$tmp/scored.json" 2>/dev/null)
check "--brief gives every sample creator an alignment and a fit with a rank" test "$(json "$tmp/scored.json" 'sum(1 for c in r["creators"] if c["scores"]["alignment"]["score"] is not None and c["scores"]["fit"]["score"] is not None and c["scores"]["fit"]["rank"])')" = 47
check "the report names the brief and its weights" test "$(json "$tmp/scored.json" 'r["brief"]["input"], r["brief"]["weights"]["alignment"], r["brief"]["weights_source"]')" = "brief.json 0.25 brief"
check "the audience abroad scores 0 on countries, the off-topic content 0 on content" test "$(json "$tmp/scored.json" '[c["scores"]["alignment"]["parts"]["countries"]["score"] for c in r["creators"] if c["handle"] == "moda.lisboa"] + [c["scores"]["alignment"]["parts"]["content"]["score"] for c in r["creators"] if c["handle"] == "railway.rob"]')" = "[0.0, 0.0]"
check "both rank below every guide creator's matching account" test "$(json "$tmp/scored.json" 'min(c["scores"]["fit"]["rank"] for c in r["creators"] if c["handle"] in ("moda.lisboa", "railway.rob")) > max(c["scores"]["fit"]["rank"] for c in r["creators"] if c["handle"] in ("lena.andrews", "aishapatel.skin", "diegobrews"))')" = True
check "the roster CSV has the scores and contact columns" test "$(head -1 "$tmp/scored.csv" | tr ',' '\n' | grep -cx 'authenticity\|alignment\|fit\|fit_rank\|email\|country\|category\|flags')" = 8
check "the roster CSV gives each score's basis" test "$(python3 -c 'import csv,sys; rows=list(csv.DictReader(open(sys.argv[1]))); print(all(r["fit_basis"] and r["alignment_basis"] and r["authenticity_basis"] for r in rows), len(rows))' "$tmp/scored.csv")" = "True 47"
check "without a brief, fit is null with the reason" test "$(json "$tmp/stdout.json" 'r["brief"], r["creators"][0]["scores"]["fit"]["score"], r["creators"][0]["scores"]["fit"]["basis"]')" = "None None unknown: no brief loaded"
echo '{"name": "Typed", "target": {"countries": "US", "ages": 25}, "weights": {"cost": "cheap"}}' >"$tmp/typed-brief.json"
"$cli" report --brief "$tmp/typed-brief.json" "$sample/roster.csv" >"$tmp/typed.json" 2>/dev/null
check "a brief field of the wrong type is an issue naming it (exit 1)" test $? -eq 1 -a "$(json "$tmp/typed.json" '[x["column"] for i in r["inputs"] if i["kind"] == "brief" for x in i["issues"]]')" = "['target.ages', 'weights.cost', 'weights']"

# The HTML report: one file with every creator, nothing external.
(cd "$root" && "$cli" report --html "$tmp/report.html" --out /dev/null "${sample_inputs[@]}" 2>/dev/null)
check "--html writes the HTML report with a section per creator" test "$(grep -o '<article class="creator"' "$tmp/report.html" | wc -l)" -eq 47
check "the HTML report has no script and loads nothing" test -z "$(grep -E '<script| src=|<link' "$tmp/report.html")"

# Attribution settings from a file: a 3-day lookback leaves visits out of the sample's journeys.
check "the sample campaign's creators get CPA, ROAS and ROI by every model" test "$(json "$tmp/flags.json" 'sum(1 for c in r["attribution"]["creators"] for m in c["models"].values() if m["cpa"] and m["roas"] is not None and m["roi"] is not None)')" = 42
echo '{"lookback_days": 3, "markov_order": 2}' >"$tmp/attribution.json"
(cd "$root" && "$cli" report --attribution "$tmp/attribution.json" "${sample_inputs[@]}" >"$tmp/short.json" 2>/dev/null)
check "--attribution FILE sets the lookback and the Markov order" test "$(json "$tmp/short.json" 'r["attribution"]["settings"]["lookback_days"], r["attribution"]["settings"]["markov_order"], r["attribution"]["journeys"]["visits_outside_lookback"] > 0')" = "3.0 2 True"
echo '{"lookback_days": -1}' >"$tmp/bad-attribution.json"
"$cli" report --attribution "$tmp/bad-attribution.json" "$sample/roster.csv" >/dev/null 2>"$tmp/bad-attribution.txt"
check "a wrong attribution setting is a usage error (exit 2) naming it" test $? -eq 2 -a -n "$(grep lookback_days "$tmp/bad-attribution.txt")"

"$cli" report "$root/tests/golden/malformed/roster.csv" "$root/tests/golden/malformed/posts.csv" >"$tmp/bad.json" 2>/dev/null
check "an input with rejected rows exits 1" test $? -eq 1
check "the report is still written, good rows kept" test "$(json "$tmp/bad.json" '[i["rows"] for i in r["inputs"]]')" = "[3, 5]"
check "issues carry line and column" test "$(json "$tmp/bad.json" 'r["inputs"][0]["issues"][1]["line"], r["inputs"][0]["issues"][1]["column"]')" = "4 followers"

head -c 200000 /dev/urandom >"$tmp/garbage.bin"
"$cli" report "$tmp/garbage.bin" "$sample/roster.csv" >"$tmp/garbage.json" 2>/dev/null
code=$?
check "binary garbage does not crash the CLI (exit 1, report written)" test "$code" -eq 1 -a "$(json "$tmp/garbage.json" 'len(r["creators"])')" = 47

# Mapping a list's columns by hand: --map inline, --mapping as the page saves it; a roster
# forced with no handle column gives no creator, and says so on every row.
printf 'Who,How many\nana,100\nbia,200\n' >"$tmp/list.csv"
"$cli" report "roster:$tmp/list.csv" >"$tmp/forced.json" 2>/dev/null
check "a roster forced with no handle column exits 1 and keeps no row" test $? -eq 1 -a "$(json "$tmp/forced.json" 'len(r["creators"]), r["inputs"][0]["rows"], r["inputs"][0]["rejected"]')" = "0 0 2"
check "each of its rows says the handle column is missing" test "$(json "$tmp/forced.json" 'sum("no column for handle" in i["message"] for i in r["inputs"][0]["issues"])')" = 2
"$cli" report --map 'list.csv:Who=handle,How many=followers,@kind=roster,@platform=tiktok' "$tmp/list.csv" >"$tmp/mapped.json" 2>/dev/null
check "--map reads the list: one creator per row, on the platform given" test $? -eq 0 -a "$(json "$tmp/mapped.json" '[(c["handle"], c["platform"], c["followers"]) for c in r["creators"]]')" = "[('ana', 'tiktok', 100), ('bia', 'tiktok', 200)]"
check "--map's columns say they were chosen" test "$(json "$tmp/mapped.json" 'r["inputs"][0]["columns"][0]["why"]')" = "handle: chosen by you"
echo '{"list.csv": {"kind": "roster", "columns": {"Who": "handle", "How many": "followers"}, "platform": "tiktok"}}' >"$tmp/mapping.json"
"$cli" report --mapping "$tmp/mapping.json" "$tmp/list.csv" >"$tmp/mapping-out.json" 2>/dev/null
check "--mapping FILE gives the same report as --map" cmp -s "$tmp/mapping-out.json" "$tmp/mapped.json"
echo '{"files": [{"name": "list.csv", "override": {"kind": "roster", "columns": {"Who": "handle", "How many": "followers"}, "platform": "tiktok"}}]}' >"$tmp/workspace.json"
"$cli" report --mapping "$tmp/workspace.json" "$tmp/list.csv" >"$tmp/workspace-out.json" 2>/dev/null
check "--mapping reads a workspace file saved by the page" cmp -s "$tmp/workspace-out.json" "$tmp/mapped.json"
"$cli" report --map 'list.csv:Who' "$tmp/list.csv" >/dev/null 2>"$tmp/bad-map.txt"
check "a --map entry without a column is a usage error (2)" test $? -eq 2
echo '{"list.csv": {"kind": "rosterr"}}' >"$tmp/bad-mapping.json"
"$cli" report --mapping "$tmp/bad-mapping.json" "$tmp/list.csv" >/dev/null 2>"$tmp/bad-mapping.txt"
check "an unknown kind in --mapping is a usage error (2) naming it" test $? -eq 2 -a -n "$(grep rosterr "$tmp/bad-mapping.txt")"

"$cli" report >/dev/null 2>&1
check "no input files is a usage error (2)" test $? -eq 2
"$cli" report --tiers nonesuch "$sample/roster.csv" >/dev/null 2>&1
check "an unknown tier scheme is a usage error (2)" test $? -eq 2
"$cli" report --as-of yesterday "$sample/roster.csv" >/dev/null 2>&1
check "a bad --as-of is a usage error (2)" test $? -eq 2
"$cli" report "$tmp/does-not-exist.csv" >/dev/null 2>&1
check "a missing file is a usage error (2)" test $? -eq 2
"$cli" frobnicate >/dev/null 2>&1
check "an unknown command is a usage error (2)" test $? -eq 2
"$cli" report --help >"$tmp/help.txt" 2>&1
check "--help prints the usage and exits 0" grep -q "usage: creatorscope report" "$tmp/help.txt"

echo "$passed passed, $failed failed"
test "$failed" -eq 0
