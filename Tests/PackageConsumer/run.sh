#!/usr/bin/env bash
# Proves that another package can depend on nb's library modules through a git URL with a
# version, as SwiftPM treats a remote dependency: clones this repository's HEAD into a
# temporary folder, tags it 1.0.0, makes a package that depends on it with
# `.package(url: <clone>, from: "1.0.0")` and the products Linalg and Autodiff, and builds
# and runs a cell's code (a library program of the nb corpus) compiled natively against them.
#
#   Tests/PackageConsumer/run.sh [program.swift]    # default: 14-differential-equations.swift
#
# Exit 0 when it builds, runs, and every check the program makes holds. Takes a few minutes
# (a debug build of Linalg and Autodiff, optimized as in nb's own debug builds).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(git -C "$here" rev-parse --show-toplevel)
program=${1:-$repo/Tests/nbTests/Fixtures/programs/library/14-differential-equations.swift}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

git clone --quiet --no-local "$repo" "$work/nb"
git -C "$work/nb" tag 1.0.0

mkdir -p "$work/consumer/Sources/Cell"
cp "$program" "$work/consumer/Sources/Cell/main.swift"
cat > "$work/consumer/Package.swift" <<MANIFEST
// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Consumer",
    platforms: [.macOS(.v15)],
    dependencies: [.package(url: "$work/nb", from: "1.0.0")],
    targets: [.executableTarget(
        name: "Cell",
        dependencies: [.product(name: "Linalg", package: "nb"), .product(name: "Autodiff", package: "nb")],
        swiftSettings: [.swiftLanguageMode(.v5)])]
)
MANIFEST

cd "$work/consumer"
swift build --product Cell
.build/debug/Cell > "$work/stdout" 2> "$work/checks"
cat "$work/stdout"
if grep -q '✗' "$work/checks"; then
    cat "$work/checks"
    echo "a check failed" >&2
    exit 1
fi
echo "built and ran $(basename "$program") against nb 1.0.0 as a versioned dependency: $(grep -c '✓' "$work/checks") checks passed"
