"""Deployment behaviour: media storage switch (S3), JSON logs, gunicorn settings and documents handed to nginx."""

import json
import logging
import os
import subprocess
import sys

import pytest

from tests.home.test_settings import REPO_ROOT, STRONG_KEY, run_production

S3_ENV = {
    "AWS_STORAGE_BUCKET_NAME": "toezichtnet-media",
    "AWS_S3_ENDPOINT_URL": "https://s3.example.org",
    "AWS_S3_REGION_NAME": "nl-ams",
    "AWS_S3_ADDRESSING_STYLE": "path",
    "AWS_ACCESS_KEY_ID": "test-access-key",
    "AWS_SECRET_ACCESS_KEY": "test-secret-key",
}
PRINT_STORAGE = (
    "import django; django.setup(); from django.core.files.storage import storages; s = storages['default']; "
    "print(type(s).__module__ + '.' + type(s).__name__); print(s.url('images/foto.png'))"
)


def test_media_stay_on_the_local_disk_without_a_bucket():
    result = run_production(PRINT_STORAGE, SECRET_KEY=STRONG_KEY, MEDIA_URL="/media/")
    assert result.returncode == 0, result.stderr
    backend, url = result.stdout.split()
    assert backend == "django.core.files.storage.filesystem.FileSystemStorage"
    assert url == "/media/images/foto.png"


def test_media_go_to_an_s3_compatible_bucket_when_configured():
    result = run_production(PRINT_STORAGE, SECRET_KEY=STRONG_KEY, **S3_ENV)
    assert result.returncode == 0, result.stderr
    backend, url = result.stdout.split()
    assert backend == "storages.backends.s3.S3Storage"
    # Unsigned, stable URLs on the bucket's endpoint (pages keep working when cached); files under media/.
    assert url == "https://s3.example.org/toezichtnet-media/media/images/foto.png"


def test_media_urls_on_a_custom_domain():
    result = run_production(PRINT_STORAGE, SECRET_KEY=STRONG_KEY, **S3_ENV, AWS_S3_CUSTOM_DOMAIN="media.toezichtnet.example.org")
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[1] == "https://media.toezichtnet.example.org/media/images/foto.png"


def test_documents_always_pass_the_serve_view_also_on_s3():
    code = "import django; django.setup(); from django.conf import settings; print(settings.WAGTAILDOCS_SERVE_METHOD)"
    result = run_production(code, SECRET_KEY=STRONG_KEY, **S3_ENV)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "serve_view"


def test_production_logs_one_json_object_per_line_on_stdout():
    code = (
        "import django, logging; django.setup(); "
        "logging.getLogger('blog.notifications').warning('mail naar %s mislukt', 'lid@example.org', extra={'comment_id': 7}); "
        "logging.getLogger('django.request').error('Internal Server Error: /x', exc_info=ValueError('boem'))"
    )
    result = run_production(code, SECRET_KEY=STRONG_KEY, LOG_FORMAT=None)
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert lines[0]["level"] == "WARNING"
    assert lines[0]["logger"] == "blog.notifications"
    assert lines[0]["message"] == "mail naar lid@example.org mislukt"
    assert lines[0]["comment_id"] == 7
    assert lines[0]["time"].endswith("Z")
    assert lines[1]["level"] == "ERROR"
    assert "ValueError: boem" in lines[1]["exception"]


def gunicorn_settings(**env):
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("GUNICORN_", "WEB_CONCURRENCY", "PORT", "LOG_FORMAT"))}
    code = "import json, runpy; s = runpy.run_path('deploy/gunicorn.conf.py'); print(json.dumps({k: v for k, v in s.items() if not k.startswith('_') and isinstance(v, (int, str, list, bool, dict))}))"
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO_ROOT, env=clean | env, capture_output=True, text=True, timeout=60)  # noqa: S603
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_gunicorn_configuration():
    settings = gunicorn_settings()
    assert settings["bind"] == ["0.0.0.0:8000"]
    assert settings["workers"] == 2 * len(os.sched_getaffinity(0)) + 1
    assert settings["timeout"] == 30 and settings["graceful_timeout"] == 30
    assert settings["max_requests"] == 1000 and settings["max_requests_jitter"] == 100
    assert settings["accesslog"] == "-"
    assert settings["logconfig_dict"]["formatters"]["json"]["()"] == "config.logging.JsonFormatter"

    settings = gunicorn_settings(GUNICORN_BIND="127.0.0.1:8101", WEB_CONCURRENCY="2", GUNICORN_TIMEOUT="60", LOG_FORMAT="text")
    assert settings["bind"] == ["127.0.0.1:8101"]
    assert settings["workers"] == 2
    assert settings["timeout"] == 60
    assert "logconfig_dict" not in settings


def test_gunicorn_access_log_line_is_json():
    from config.logging import JsonFormatter

    atoms = {"h": "127.0.0.1", "m": "GET", "U": "/blogs/", "q": "pagina=2", "s": "200", "B": "7087", "M": "42", "a": "curl/8", "{x-forwarded-for}i": "10.0.0.5"}
    record = logging.LogRecord("gunicorn.access", logging.INFO, __file__, 1, '%(h)s "%(r)s" %(s)s', (atoms,), None)
    entry = json.loads(JsonFormatter().format(record))
    assert entry | {"time": None} == {
        "time": None,
        "level": "INFO",
        "logger": "gunicorn.access",
        "message": "request",
        "remote_addr": "127.0.0.1",
        "method": "GET",
        "path": "/blogs/",
        "query": "pagina=2",
        "status": 200,
        "bytes": 7087,
        "duration_ms": 42,
        "user_agent": "curl/8",
        "forwarded_for": "10.0.0.5",
    }


@pytest.fixture
def document(db, settings, tmp_path):
    from django.core.files.base import ContentFile

    from wagtail.documents import get_document_model

    settings.MEDIA_ROOT = tmp_path
    doc = get_document_model()(title="Jaarverslag")
    doc.file.save("jaarverslag.pdf", ContentFile(b"%PDF-1.4 jaarverslag"), save=False)
    doc.save()
    return doc


@pytest.fixture
def fresh_sendfile_backend():
    from wagtail.utils.sendfile import _get_sendfile

    _get_sendfile.clear()
    yield
    _get_sendfile.clear()


def test_document_is_handed_to_nginx_when_configured(client, settings, document, fresh_sendfile_backend):
    settings.DOCUMENTS_ACCEL_REDIRECT_URL = "/_protected_media/"
    settings.SENDFILE_BACKEND = "config.sendfile"
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["X-Accel-Redirect"] == f"/_protected_media/{document.file.name}"
    assert response.content == b""
    assert response["Content-Type"] == "application/pdf"
    assert 'filename="jaarverslag.pdf"' in response["Content-Disposition"]
    assert response["Content-Security-Policy"] == "default-src 'none'"


def test_document_is_streamed_by_django_without_nginx(client, document, fresh_sendfile_backend):
    from django.conf import settings

    assert not hasattr(settings, "SENDFILE_BACKEND")
    response = client.get(document.url)
    assert response.status_code == 200
    assert "X-Accel-Redirect" not in response
    assert b"".join(response.streaming_content) == b"%PDF-1.4 jaarverslag"


def test_accel_redirect_url_must_be_a_path_with_slashes():
    result = run_production("import django; django.setup()", SECRET_KEY=STRONG_KEY, DOCUMENTS_ACCEL_REDIRECT_URL="_protected_media")
    assert result.returncode != 0
    assert "DOCUMENTS_ACCEL_REDIRECT_URL must start and end with a slash" in result.stderr
