"""Browser layer for the test suite: Debian's Chromium driven by Playwright, and an axe-core check.

Use through the fixtures in tests/conftest.py:

    @pytest.mark.browser
    def test_home(browser_page, demo_site):
        browser_page.goto("/")                      # base_url is the live server
        assert_no_axe_violations(browser_page)

Chromium and axe-core are local: /usr/bin/chromium (Debian package `chromium`, override with CHROMIUM)
and node_modules/axe-core/axe.min.js (pinned in package.json, installed by `npm ci`). Nothing is fetched
from a CDN. When either is missing the browser tests skip on a developer machine and fail under CI=true.
"""

import os
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
# Flags that work on a machine without network access or a GPU (and inside a container: no sandbox).
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
AXE_SCRIPT = REPO_ROOT / "node_modules" / "axe-core" / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def in_ci():
    return os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


def missing_service(reason):
    """Skip on a developer machine; fail under CI=true, where every service must be present."""
    if in_ci():
        pytest.fail(f"CI=true but {reason}", pytrace=False)
    pytest.skip(reason)


def chromium_problem():
    """Why the browser tests cannot run here, or None."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright for Python is not installed (pip install playwright); Chromium tests cannot run"
    if not os.access(CHROMIUM, os.X_OK):
        return f"Chromium not found at {CHROMIUM} (apt-get install chromium, or scripts/chromium.sh)"
    return None


def launch_chromium(playwright):
    """Headless Debian Chromium. Playwright gives every launch a fresh temporary user data dir."""
    return playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS, timeout=30_000)


def _axe_source():
    if not AXE_SCRIPT.is_file():
        missing_service(f"axe-core not found at {AXE_SCRIPT.relative_to(REPO_ROOT)}; run `npm ci` in the repository root")
    return AXE_SCRIPT.read_text(encoding="utf-8")


_AXE_RUN = """
async ([context, options]) => {
    const result = await axe.run(context || document, options);
    return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        helpUrl: v.helpUrl,
        nodes: v.nodes.map((n) => ({target: n.target.map(String), html: n.html, summary: n.failureSummary})),
    }));
}
"""


def axe_violations(page, context=None):
    """axe-core's WCAG 2.0/2.1 A and AA violations on the page as it is now, as plain dicts."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        # Evaluated through the DevTools protocol, not as an inline <script>: the site's Content-Security-Policy
        # blocks inline scripts, and the browser context must not bypass it (the tests should see what visitors see).
        page.evaluate(_axe_source())
    options = {"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]}
    return page.evaluate(_AXE_RUN, [context, options])


def format_violations(violations, url=""):
    lines = [f"{len(violations)} axe-core WCAG 2.1 A/AA violation(s) on {url}:"]
    for violation in violations:
        lines.append(f"- {violation['id']} [{violation['impact']}]: {violation['help']} ({violation['helpUrl']})")
        for node in violation["nodes"][:10]:
            lines.append(f"    at {' '.join(node['target'])}: {node['html'][:200]}")
            if node.get("summary"):
                lines.extend(f"      {line}" for line in node["summary"].splitlines())
        if len(violation["nodes"]) > 10:
            lines.append(f"    ... and {len(violation['nodes']) - 10} more element(s)")
    return "\n".join(lines)


def assert_no_axe_violations(page, context=None):
    """Fail with a readable list (rule, impact, help, selectors) when axe-core finds WCAG 2.1 A/AA violations.

    `context` narrows the check to a CSS selector (or any axe context object); default: the whole document.
    """
    violations = axe_violations(page, context=context)
    if violations:
        pytest.fail(format_violations(violations, page.url), pytrace=False)
