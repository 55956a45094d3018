"""`make audit` reads the pip-audit and npm audit reports; "could not check" must never read as "no vulnerabilities"."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "audit_report.py"


def run(kind, report, tmp_path, stderr=""):
    path = tmp_path / "report.json"
    path.write_text(report if isinstance(report, str) else json.dumps(report))
    err = tmp_path / "stderr.txt"
    err.write_text(stderr)
    result = subprocess.run([sys.executable, str(SCRIPT), kind, str(path), str(err)], capture_output=True, text=True, timeout=60)  # noqa: S603
    return result.returncode, result.stdout


def test_pip_clean(tmp_path):
    code, out = run("pip", {"dependencies": [{"name": "django", "version": "5.2.19", "vulns": []}], "fixes": []}, tmp_path)
    assert code == 0 and "no known vulnerabilities in 1 pinned packages" in out


def test_pip_vulnerable(tmp_path):
    report = {"dependencies": [{"name": "django", "version": "5.2.0", "vulns": [{"id": "PYSEC-2025-1", "fix_versions": ["5.2.1"]}]}], "fixes": []}
    code, out = run("pip", report, tmp_path)
    assert code == 1
    assert "django 5.2.0: PYSEC-2025-1 (fixed in: 5.2.1)" in out


def test_pip_packages_that_could_not_be_looked_up_are_not_audited(tmp_path):
    report = {"dependencies": [{"name": "django", "skip_reason": "Dependency not found on PyPI and could not be audited: django (5.2.19)"}], "fixes": []}
    code, out = run("pip", report, tmp_path)
    assert code == 3 and "NOT AUDITED" in out


@pytest.mark.parametrize("kind", ["pip", "npm"])
def test_no_report_at_all_is_not_audited(kind, tmp_path):
    code, out = run(kind, "", tmp_path, stderr="requests.exceptions.ConnectionError: Failed to resolve 'api.osv.dev'")
    assert code == 3 and "NOT AUDITED" in out and "api.osv.dev" in out


def test_npm_registry_error_is_not_audited(tmp_path):
    code, out = run("npm", {"message": "405 Method Not Allowed - POST https://registry.example/-/npm/v1/security/advisories/bulk", "statusCode": 405}, tmp_path)
    assert code == 3 and "405 Method Not Allowed" in out


def test_npm_clean_and_vulnerable(tmp_path):
    clean = {"auditReportVersion": 2, "vulnerabilities": {}, "metadata": {"dependencies": {"total": 1}}}
    assert run("npm", clean, tmp_path) == (0, "JavaScript: no known vulnerabilities in 1 packages.\n")
    vulnerable = {"auditReportVersion": 2, "vulnerabilities": {"axe-core": {"severity": "high", "range": "<4.15", "fixAvailable": True}}, "metadata": {}}
    code, out = run("npm", vulnerable, tmp_path)
    assert code == 1 and "axe-core (high, <4.15): fix available" in out
