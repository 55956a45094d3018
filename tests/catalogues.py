"""Compiled translation catalogues (*.mo, ignored by git) for the test session: built when missing or stale."""

import subprocess
import sys

from tests.dbstate import REPO_ROOT

SKIP_DIRS = {".venv", "node_modules", ".services", ".git"}


def stale_catalogues():
    stale = []
    for folder in REPO_ROOT.iterdir():
        if not folder.is_dir() or folder.name in SKIP_DIRS or folder.name.startswith("."):
            continue
        for po in folder.rglob("locale/*/LC_MESSAGES/*.po"):
            mo = po.with_suffix(".mo")
            if not mo.is_file() or mo.stat().st_mtime < po.stat().st_mtime:
                stale.append(po)
    return stale


def compile_stale_catalogues():
    if not stale_catalogues():
        return
    command = [sys.executable, "manage.py", "compilemessages", "-v0"]
    for folder in sorted(SKIP_DIRS):
        command += ["--ignore", f"{folder}/*"]
    subprocess.run(command, cwd=REPO_ROOT, check=True)  # noqa: S603
