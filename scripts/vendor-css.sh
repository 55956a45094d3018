#!/usr/bin/env bash
# Copy the NL Design System CSS (Rijkshuisstijl Community components and design tokens) into site/static/vendor/.
# Reproducible: `npm ci` of the pinned vendor/nl-design-system/package-lock.json in a temporary folder, then a plain
# copy of the packages' built dist files. The copies are committed, so `make run` and production need no npm.
set -euo pipefail
cd "$(dirname "$0")/.."
SRC=vendor/nl-design-system
DEST=site/static/vendor/rhc
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

cp "$SRC/package.json" "$SRC/package-lock.json" "$WORK/"
(cd "$WORK" && npm ci --no-audit --no-fund --ignore-scripts --silent)

mkdir -p "$DEST"
PKG="$WORK/node_modules/@rijkshuisstijl-community"
cp "$PKG/components-css/dist/index.css" "$DEST/components.css"
cp "$PKG/design-tokens/dist/index.css" "$DEST/design-tokens.css"
cp "$PKG/components-css/LICENSE.md" "$DEST/LICENSE-components-css.md"
cp "$PKG/design-tokens/LICENSE.md" "$DEST/LICENSE-design-tokens.md"
{
    echo "Copied by scripts/vendor-css.sh from vendor/nl-design-system/package-lock.json; do not edit."
    for name in components-css design-tokens; do
        node -e "const p=require(process.argv[1]); console.log(p.name + ' ' + p.version)" "$PKG/$name/package.json"
    done
} > "$DEST/VERSIONS"
echo "NL Design System CSS copied to $DEST:"
cat "$DEST/VERSIONS"
