#!/usr/bin/env bash
# Runs one libFuzzer target for a while, or replays what earlier runs found.
#
#   fuzz/run.sh tex 30          fuzz the TeX converter for 30 minutes
#   fuzz/run.sh tex --replay    run every seed and finding once (a regression check)
#   fuzz/run.sh --list          the targets
#
# Targets are the executables of fuzz/Package.swift (FuzzTeX for `tex`, …), built with
# libFuzzer and AddressSanitizer over every nb module they use. Seeds are committed in
# fuzz/corpus/TARGET; the corpus a run grows lives in fuzz/.corpus/TARGET (git-ignored);
# a crash, a hang (one input over 30 s, or FUZZ_TIMEOUT seconds on a loaded machine) or an out-of-memory input is written to
# fuzz/findings/TARGET/ — commit it, fix it, and keep it as a regression test beside the
# module it broke (see fuzz/README.md).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
declare -A executables=([tex]=FuzzTeX [markdown]=FuzzMarkdown [frontmatter]=FuzzFrontMatter [cells]=FuzzCells)
# Seeds kept elsewhere in the repository, read in place rather than copied: the swiftc corpus
# programs for the cells, the course's notebooks for the Markdown reader.
declare -A shared_seeds=([cells]="$here/../Tests/nbTests/Fixtures/programs/accept" [markdown]="$here/../notebooks")

if [[ "${1:-}" == "--list" || $# -eq 0 ]]; then
    for target in "${!executables[@]}"; do
        grep -q "\"${executables[$target]}\"" "$here/Package.swift" && echo "$target"
    done | sort
    exit 0
fi
target="$1"; shift
executable="${executables[$target]:-}"
[[ -n "$executable" ]] || { echo "fuzz/run.sh: unknown target '$target' (fuzz/run.sh --list)" >&2; exit 2; }

"$here/../.ci/setup" >&2
echo "fuzz: building $executable (libFuzzer + AddressSanitizer)…" >&2
swift build --package-path "$here" --sanitize=fuzzer --sanitize=address \
    -Xswiftc -sanitize=fuzzer,address --product "$executable" >&2
binary="$here/.build/debug/$executable"
export OPENBLAS_NUM_THREADS=1
# Swift's lazily initialized globals look like leaks to LeakSanitizer; memory is bounded by -rss_limit_mb.
export ASAN_OPTIONS="detect_leaks=0:${ASAN_OPTIONS:-}"
# A trap is reported by libFuzzer with its input; Swift's backtracer would only trip AddressSanitizer.
export SWIFT_BACKTRACE=enable=no
seeds="$here/corpus/$target"
findings="$here/findings/$target"
mkdir -p "$seeds" "$findings"

if [[ "${1:-}" == "--replay" ]]; then
    inputs=("$seeds"/* "$findings"/*)
    existing=()
    for input in "${inputs[@]}"; do [[ -f "$input" && "$(basename "$input")" != .keep ]] && existing+=("$input"); done
    ((${#existing[@]})) || { echo "fuzz: nothing to replay for $target"; exit 0; }
    exec "$binary" -timeout=10 -rss_limit_mb=4096 "${existing[@]}"
fi

extra_seeds=()
[[ -n "${shared_seeds[$target]-}" ]] && extra_seeds=("${shared_seeds[$target]}")
minutes="${1:-5}"
working="$here/.corpus/$target"
mkdir -p "$working"
log="$here/.corpus/$target.log"
echo "fuzz: $target for $minutes min; corpus $working; findings $findings; log $log" >&2
set +e
"$binary" "$working" "$seeds" ${extra_seeds[@]+"${extra_seeds[@]}"} \
    -max_total_time=$((minutes * 60)) -timeout="${FUZZ_TIMEOUT:-30}" -rss_limit_mb=4096 -max_len=65536 \
    -artifact_prefix="$findings/" -print_final_stats=1 2>&1 | tee "$log" | grep -E "^(#[0-9]+\s+(pulse|DONE)|==|SUMMARY|artifact|stat::)" >&2
status=${PIPESTATUS[0]}
set -e
echo "fuzz: exit status $status; findings now: $(find "$findings" -type f ! -name .keep | wc -l)" >&2
exit "$status"
