#!/usr/bin/env bash
# Makes a synthetic data directory of N organizations (default 770) from the
# 13 real records, cycling through them with new numbers, for benchmarks.
#   bench/make_synthetic.sh OUT_DIR [N]
set -euo pipefail
out=$1
n=${2:-770}
src=$(cd "$(dirname "$0")/../data" && pwd)
rm -rf "$out"
mkdir -p "$out/orgs"
cp "$src/taxonomy.toml" "$out/"
# The synthetic book is a whole report of N organizations.
sed "s/^organizations = .*/organizations = $n/" "$src/casebook.toml" > "$out/casebook.toml"
records=("$src"/orgs/*.toml)
for ((i = 1; i <= n; i++)); do
  record=${records[$(((i - 1) % ${#records[@]}))]}
  sed "s/^number = .*/number = $i/" "$record" > "$out/orgs/$(printf '%03d' "$i").toml"
done
echo "$out: $n organizations"
