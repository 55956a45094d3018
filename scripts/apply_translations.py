"""Fill empty or fuzzy msgstr entries of the English catalogues from a JSON list of {msgctxt, msgid, msgstr|msgstr_plural}.

Usage: .venv/bin/python scripts/apply_translations.py translations.json
"""

import json
import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent


def main(path):
    entries = json.loads(Path(path).read_text())
    table = {(e.get("msgctxt"), e["msgid"]): e for e in entries}
    filled = 0
    for po_path in sorted(ROOT.glob("*/locale/en/LC_MESSAGES/django.po")):
        po = polib.pofile(str(po_path))
        for entry in po:
            if entry.obsolete or (entry.translated() and "fuzzy" not in entry.flags):
                continue
            found = table.get((entry.msgctxt, entry.msgid))
            if not found:
                continue
            if entry.msgid_plural and "msgstr_plural" in found:
                entry.msgstr_plural = {int(k): v for k, v in found["msgstr_plural"].items()}
            elif not entry.msgid_plural and "msgstr" in found:
                entry.msgstr = found["msgstr"]
            else:
                continue
            if "fuzzy" in entry.flags:
                entry.flags.remove("fuzzy")
            entry.previous_msgid = entry.previous_msgid_plural = entry.previous_msgctxt = None
            filled += 1
        po.save()
    sys.stdout.write(f"filled {filled} entries\n")


if __name__ == "__main__":
    main(sys.argv[1])
