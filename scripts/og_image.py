"""Draw site/static/img/og-default.png (1200 x 630), the link-preview image of pages without their own picture:
the wordmark and tagline on petrol. Needs Chromium: `.venv/bin/python scripts/og_image.py`. The PNG is committed."""

from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
IMG = ROOT / "site" / "static" / "img"

svg = (IMG / "toezichtnet-wordmark.svg").read_text(encoding="utf-8").replace('width="236" height="48"', 'width="826" height="168"')
html = f"""<!DOCTYPE html><html><body style="margin:0;width:1200px;height:630px;background:#083c47;color:#fff;display:flex;
flex-direction:column;align-items:center;justify-content:center;font-family:'Liberation Sans',Arial,sans-serif">{svg}
<p style="font-size:40px;margin:32px 0 0;color:#c4dce1">Samen werken aan beter toezicht</p>
<div style="position:absolute;left:0;right:0;bottom:0;height:18px;background:#b3471d"></div></body></html>"""

with sync_playwright() as playwright:
    browser = playwright.chromium.launch(executable_path="/usr/bin/chromium")
    page = browser.new_page(viewport={"width": 1200, "height": 630})
    page.set_content(html)
    page.screenshot(path=str(IMG / "og-default.png"))
    browser.close()
