"""Wagtail sendfile backend for nginx: after Wagtail's serve view has checked access, nginx sends the file.

The response names the file under DOCUMENTS_ACCEL_REDIRECT_URL (an `internal` nginx location aliased to MEDIA_ROOT);
Wagtail adds Content-Type, Content-Disposition and the security headers, which nginx passes on.
"""

from pathlib import Path
from urllib.parse import quote

from django.conf import settings
from django.http import HttpResponse

from wagtail.utils import sendfile_streaming_backend


def sendfile(request, filename, **kwargs):
    try:
        relative = Path(filename).resolve().relative_to(Path(settings.MEDIA_ROOT).resolve())
    except ValueError:  # not under MEDIA_ROOT: nginx cannot reach it
        return sendfile_streaming_backend.sendfile(request, filename, **kwargs)
    response = HttpResponse(content_type=kwargs.get("mimetype"))
    response["X-Accel-Redirect"] = settings.DOCUMENTS_ACCEL_REDIRECT_URL + quote(relative.as_posix())
    return response
