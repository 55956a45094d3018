#!/usr/bin/env bash
# `make audit`: known vulnerabilities in the pinned dependencies.
#   Python:     pip-audit on requirements.lock (pip-audit lives in its own .venv-audit, outside the lock)
#   JavaScript: npm audit on package-lock.json (the browser-test packages)
# Both need an advisory service on the internet (PyPI's vulnerability data or OSV; the npm registry's audit
# endpoint). Where it cannot be reached, this says so and exits non-zero: "not audited" is never reported as
# "no vulnerabilities". CI does not run it, because our machines cannot reach those services.
# Exit codes: 0 clean, 1 vulnerabilities found, 3 not (completely) audited.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
PIP_AUDIT_VERSION=2.10.1
AUDIT_VENV=.venv-audit
SERVICE="${PIP_AUDIT_SERVICE:-pypi}"   # or osv
PYTHON="${PYTHON:-python3.11}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [[ "$("$AUDIT_VENV/bin/pip-audit" --version 2>/dev/null)" != "pip-audit $PIP_AUDIT_VERSION" ]]; then
    echo "== installing pip-audit $PIP_AUDIT_VERSION into $AUDIT_VENV"
    if ! { "$PYTHON" -m venv "$AUDIT_VENV" && "$AUDIT_VENV/bin/python" -m pip install -q "pip-audit==$PIP_AUDIT_VERSION"; }; then
        echo "audit: NOT AUDITED. pip-audit could not be installed (is the package index reachable?)." >&2
        exit 3
    fi
fi

echo "== Python: pip-audit on requirements.lock (service: $SERVICE)"
"$AUDIT_VENV/bin/pip-audit" -r requirements.lock --no-deps --disable-pip --vulnerability-service "$SERVICE" \
    --progress-spinner off --timeout 15 -f json -o "$work/pip.json" 2>"$work/pip.err"
"$AUDIT_VENV/bin/python" scripts/audit_report.py pip "$work/pip.json" "$work/pip.err"
python_status=$?

echo "== JavaScript: npm audit on package-lock.json"
if command -v npm >/dev/null; then
    npm audit --package-lock-only --json >"$work/npm.json" 2>"$work/npm.err"
    "$AUDIT_VENV/bin/python" scripts/audit_report.py npm "$work/npm.json" "$work/npm.err"
    js_status=$?
else
    echo "JavaScript: NOT AUDITED. npm is not installed."
    js_status=3
fi

if ((python_status == 1 || js_status == 1)); then
    echo "audit: known vulnerabilities found (see above)." >&2
    exit 1
elif ((python_status != 0 || js_status != 0)); then
    echo "audit: NOT AUDITED. The advisory services could not be reached from this machine; run 'make audit' where the internet is reachable." >&2
    exit 3
fi
echo "audit: no known vulnerabilities."
