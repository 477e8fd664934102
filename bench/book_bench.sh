#!/usr/bin/env bash
# Benchmark of whole runs (not a test): wall time and peak memory of the
# 13-organization book, of all booklets, and of a synthetic 770-organization
# book; PDF bytes per page.  Run from the repository root after building:
#   bench/book_bench.sh [BUILD_DIR]
set -euo pipefail
build=${1:-build}
bin=$build/casebook
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
measure() {  # label, command...
  local label=$1
  shift
  /usr/bin/time -f "%e %M" -o "$tmp/time" "$@" >/dev/null 2>"$tmp/log" || { cat "$tmp/log"; exit 1; }
  read -r seconds kb <"$tmp/time"
  printf '%-34s %6.2f s  %7.1f MB peak\n' "$label" "$seconds" "$(awk "BEGIN {print $kb / 1024}")"
}
bytes_per_page() {
  local pdf=$1 pages
  pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
  printf '%-34s %6d pages, %9d bytes, %6d bytes/page\n' "  $(basename "$pdf")" "$pages" "$(stat -c %s "$pdf")" \
    "$(($(stat -c %s "$pdf") / pages))"
}
measure "book, 13 organizations" "$bin" build data -o "$tmp/book.pdf"
bytes_per_page "$tmp/book.pdf"
measure "booklets, all prefectures" "$bin" booklets data -o "$tmp/booklets"
bench/make_synthetic.sh "$tmp/synthetic" 770 >/dev/null
measure "book, 770 organizations" "$bin" build "$tmp/synthetic" -o "$tmp/synthetic.pdf"
bytes_per_page "$tmp/synthetic.pdf"
