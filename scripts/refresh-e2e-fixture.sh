#!/usr/bin/env bash
# Rebuilds the frozen e2e fixture (e2e/fixtures/data/) from the 11 seed operations only — the records that carry a
# `reference:` to the seed articles — so that every e2e count stays valid however many operations data/ holds.
# Run after a change to the published format: bash scripts/refresh-e2e-fixture.sh
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/data/operations" "$tmp/out"
for d in articles basemap gazetteer lexicons; do cp -r "data/$d" "$tmp/data/"; done
cp data/taxonomy.yaml data/credits.yaml "$tmp/data/"
grep -l '^reference:' data/operations/*.yaml | xargs -I{} cp {} "$tmp/data/operations/"
npx tsx scripts/build-data.ts --data "$tmp/data" --out "$tmp/out"
rm -rf e2e/fixtures/data/articles
cp -r "$tmp/out/operations.geojson" "$tmp/out/meta.json" "$tmp/out/articles" e2e/fixtures/data/
echo "e2e fixture: $(grep -l '^reference:' data/operations/*.yaml | wc -l) seed operations"
