#!/usr/bin/env bash
# Ensure Debian's Chromium is installed (for browser tests) and print its version.
#
# Usage: scripts/chromium.sh        (prints e.g. CHROMIUM=/usr/bin/chromium)
set -euo pipefail

CHROMIUM=/usr/bin/chromium

if [[ ! -x "$CHROMIUM" ]]; then
    (( EUID == 0 )) || { echo "chromium: ERROR: $CHROMIUM missing and not root; apt-get install chromium" >&2; exit 1; }
    echo "chromium: installing Debian package 'chromium' ..." >&2
    export DEBIAN_FRONTEND=noninteractive
    { apt-get update && apt-get install -y chromium; } >&2 ||
        { echo "chromium: ERROR: apt-get install chromium failed" >&2; exit 1; }
fi

version="$("$CHROMIUM" --headless --no-sandbox --version 2>/dev/null)" ||
    { echo "chromium: ERROR: $CHROMIUM does not run" >&2; exit 1; }
echo "chromium: $version" >&2
echo "CHROMIUM=$CHROMIUM"
