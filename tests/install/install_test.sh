#!/bin/sh
# `cmake --install` into a temporary prefix, the prefix moved elsewhere, and
# the installed casebook run from outside the source tree on a copy of the
# data: it must find its default layout and fonts from its own path
# (P/bin/casebook → P/share/casebook), and set the whole book.
# Usage: install_test.sh BUILD_DIR SOURCE_DIR
set -eu
build=$1
source=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cmake --install "$build" --prefix "$tmp/staged" >/dev/null
# Moved after installing: nothing may point back to the install path either.
mv "$tmp/staged" "$tmp/prefix"
prefix=$tmp/prefix

fail() { echo "FAIL: $*" >&2; exit 1; }
for f in bin/casebook share/casebook/layouts/casebook-a4.toml share/casebook/layouts/casebook-b5.toml \
         share/casebook/fonts/BIZUDPGothic-Regular.ttf share/casebook/fonts/BIZUDGothic-Bold.ttf \
         share/casebook/fonts/BIZUDPMincho-Regular.ttf share/casebook/fonts/OFL.txt \
         share/doc/casebook/README.md share/doc/casebook/data-format.md \
         share/doc/casebook/layout.md share/doc/casebook/print-edition.md share/doc/casebook/fonts-OFL.txt; do
  [ -f "$prefix/$f" ] || fail "not installed: $f"
done

# The binary's constant strings hold no path to the source tree's folders
# of layouts, fonts, data or catalogs, nor the tree itself. A path to a
# source *file* may be there in a Debug or sanitizer build (assert()'s
# __FILE__, UBSan's source locations): it only labels a report, and is
# never opened.
if readelf -p .rodata "$prefix/bin/casebook" |
   grep -E "(^|[[:space:]])$source(/(layouts|fonts|data|po|locale|share)(/|\$)|/?\$)" >/dev/null; then
  fail "the installed binary has a path of the source tree compiled in"
fi

cp -r "$source/data" "$tmp/book"
mkdir "$tmp/work"
cd "$tmp/work"
run() { env -i PATH=/usr/bin:/bin HOME="$tmp" LANG=C.UTF-8 "$prefix/bin/casebook" "$@"; }

run build ../book -o book.pdf || fail "the installed casebook did not build the book"
pages=$(pdfinfo book.pdf | sed -n 's/^Pages: *//p')
[ "$pages" = 32 ] || fail "the book has $pages pages, not 32"
# The B5 layout, named by its installed path, resolves its "../fonts/…" too.
run build ../book --layout "$prefix/share/casebook/layouts/casebook-b5.toml" -o b5.pdf || fail "B5 layout"
printf '地域のつながり。\n' > galley.txt
run galley galley.txt -o galley.pdf || fail "galley did not find the shipped fonts"

# And the layout came from the prefix: without its share folder the build
# stops with a diagnostic naming the missing layout, writing nothing.
mv "$prefix/share/casebook" "$tmp/hidden"
if run build ../book -o none.pdf 2>err.txt; then fail "built without the shipped layout"; fi
grep -q "casebook-a4.toml" err.txt || fail "the error does not name the layout: $(cat err.txt)"
[ ! -e none.pdf ] || fail "a PDF was written without a layout"
echo "installed casebook: $pages pages"
