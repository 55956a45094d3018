"""One JSON object per log line (production): Django, the task worker and gunicorn's access log alike."""

import json
import logging
from datetime import UTC, datetime

# Attributes every LogRecord has; anything else was passed with `extra=` and is worth keeping.
_STANDARD = set(vars(logging.LogRecord("", 0, "", 0, "", (), None))) | {"message", "asctime", "taskName"}

# gunicorn's access log passes its atoms as a dict in record.args; these are the useful ones.
_ACCESS_ATOMS = {"h": "remote_addr", "m": "method", "U": "path", "q": "query", "s": "status", "B": "bytes", "M": "duration_ms", "a": "user_agent"}


class JsonFormatter(logging.Formatter):
    def format(self, record):
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z"),
            "level": record.levelname,
            "logger": record.name,
        }
        if record.name == "gunicorn.access" and isinstance(record.args, dict):
            entry["message"] = "request"
            for atom, key in _ACCESS_ATOMS.items():
                value = record.args.get(atom)
                if value not in (None, "", "-"):
                    entry[key] = int(value) if atom in "sBM" and str(value).isdigit() else value
            forwarded = record.args.get("{x-forwarded-for}i")
            if forwarded and forwarded != "-":
                entry["forwarded_for"] = forwarded
        else:
            entry["message"] = record.getMessage()
            for key, value in vars(record).items():
                if key not in _STANDARD and not key.startswith("_"):
                    entry[key] = value if isinstance(value, str | int | float | bool | type(None)) else repr(value)
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        if record.stack_info:
            entry["stack"] = self.formatStack(record.stack_info)
        return json.dumps(entry, ensure_ascii=False, default=str)
