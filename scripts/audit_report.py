"""Reads a pip-audit or npm audit JSON report and says plainly what it means (used by scripts/audit.sh).

    python scripts/audit_report.py pip|npm REPORT.json [STDERR.txt]

Exit codes: 0 no known vulnerabilities; 1 vulnerabilities found; 3 not audited (the advisory service was not
reachable or answered with an error, or some packages could not be looked up).
"""

import json
import sys
from pathlib import Path

CLEAN, VULNERABLE, NOT_AUDITED = 0, 1, 3


def _load(path):
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def pip_report(report, stderr=""):
    """pip-audit's JSON: {"dependencies": [{"name", "version", "vulns": [...]} or {"name", "skip_reason"}]}."""
    if not isinstance(report, dict) or "dependencies" not in report:
        last = stderr.strip().splitlines()[-1:] or ["no report"]
        return NOT_AUDITED, [f"Python: NOT AUDITED. pip-audit could not reach its vulnerability service: {last[0]}"]
    dependencies = report["dependencies"]
    skipped = [d for d in dependencies if d.get("skip_reason")]
    vulnerable = [d for d in dependencies if d.get("vulns")]
    lines = []
    for dep in vulnerable:
        for vuln in dep["vulns"]:
            fixed = ", ".join(vuln.get("fix_versions") or []) or "no fixed version yet"
            lines.append(f"  {dep['name']} {dep.get('version', '')}: {vuln.get('id')} (fixed in: {fixed})")
    if vulnerable:
        lines.insert(0, f"Python: {sum(len(d['vulns']) for d in vulnerable)} known vulnerabilities in {len(vulnerable)} of {len(dependencies)} packages:")
    if skipped:
        lines.append(
            f"Python: NOT AUDITED: {len(skipped)} of {len(dependencies)} packages could not be looked up "
            f"(the vulnerability service is not reachable from this machine, or does not know them), e.g. {skipped[0]['skip_reason']}"
        )
        return (VULNERABLE if vulnerable else NOT_AUDITED), lines
    if vulnerable:
        return VULNERABLE, lines
    return CLEAN, [f"Python: no known vulnerabilities in {len(dependencies)} pinned packages."]


def npm_report(report, stderr=""):
    """npm audit --json: {"auditReportVersion": 2, "vulnerabilities": {...}, "metadata": {...}}, or an error object."""
    if not isinstance(report, dict) or "auditReportVersion" not in report:
        reason = (report or {}).get("message") if isinstance(report, dict) else None
        reason = reason or (stderr.strip().splitlines()[-1:] or ["no report"])[0]
        return NOT_AUDITED, [f"JavaScript: NOT AUDITED. npm audit could not get advisories from the registry: {reason}"]
    vulnerabilities = report.get("vulnerabilities") or {}
    total = report.get("metadata", {}).get("dependencies", {}).get("total", "?")
    if not vulnerabilities:
        return CLEAN, [f"JavaScript: no known vulnerabilities in {total} packages."]
    lines = [f"JavaScript: {len(vulnerabilities)} vulnerable packages:"]
    for name, entry in sorted(vulnerabilities.items()):
        fix = entry.get("fixAvailable")
        lines.append(f"  {name} ({entry.get('severity', '?')}, {entry.get('range', '?')}){': fix available' if fix else ''}")
    return VULNERABLE, lines


def main(argv):
    kind, path = argv[1], argv[2]
    stderr = Path(argv[3]).read_text(encoding="utf-8", errors="replace") if len(argv) > 3 else ""
    code, lines = {"pip": pip_report, "npm": npm_report}[kind](_load(path), stderr)
    print("\n".join(lines))  # noqa: T201
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv))
