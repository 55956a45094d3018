# gunicorn settings for every deployment of Toezichtnet: the Docker image and `make prodstack` both use this file.
# gunicorn -c deploy/gunicorn.conf.py config.wsgi:application
import os


def _int(name, default):
    return int(os.environ.get(name) or default)


def _cpus():
    try:
        return len(os.sched_getaffinity(0))  # honours CPU pinning/cgroups cpusets, unlike os.cpu_count()
    except AttributeError:
        return os.cpu_count() or 1


# GUNICORN_BIND, else PORT (as set by most platforms), else 0.0.0.0:8000.
bind = [os.environ.get("GUNICORN_BIND") or f"0.0.0.0:{os.environ.get('PORT', '8000')}"]
# Sync workers: the pages are CPU-bound renders with short database and engine calls.
workers = _int("WEB_CONCURRENCY", 2 * _cpus() + 1)
worker_class = "sync"
# A request taking longer than this is killed; nginx waits a little longer (proxy_read_timeout).
timeout = _int("GUNICORN_TIMEOUT", 30)
graceful_timeout = _int("GUNICORN_GRACEFUL_TIMEOUT", 30)
keepalive = 5
# Recycle workers now and then so slow leaks cannot grow; the jitter keeps them from restarting together.
max_requests = _int("GUNICORN_MAX_REQUESTS", 1000)
max_requests_jitter = _int("GUNICORN_MAX_REQUESTS_JITTER", 100)
# Import the application once in the master: faster worker (re)starts, shared memory pages.
preload_app = os.environ.get("GUNICORN_PRELOAD", "1") != "0"
# /dev/shm: the heartbeat files must not sit on a slow or overlay disk.
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None  # noqa: S108 (gunicorn uses mkstemp there)
# The proxy in front is trusted for X-Forwarded-* (FORWARDED_ALLOW_IPS, gunicorn's own variable, overrides).
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")
proc_name = os.environ.get("GUNICORN_PROC_NAME", "toezichtnet")

# Access and error log to stdout, one JSON object per line like the application's log (LOG_FORMAT=text for plain).
accesslog = "-"
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
access_log_format = '%(h)s "%(r)s" %(s)s %(B)s %(M)sms "%(a)s"'
if os.environ.get("LOG_FORMAT", "json") != "text":
    logconfig_dict = {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"json": {"()": "config.logging.JsonFormatter"}},
        "handlers": {
            "console": {"class": "logging.StreamHandler", "formatter": "json", "stream": "ext://sys.stdout"},
            "error_console": {"class": "logging.StreamHandler", "formatter": "json", "stream": "ext://sys.stdout"},
        },
        "loggers": {
            "gunicorn.error": {"level": loglevel.upper(), "handlers": ["error_console"], "propagate": False, "qualname": "gunicorn.error"},
            "gunicorn.access": {"level": "INFO", "handlers": ["console"], "propagate": False, "qualname": "gunicorn.access"},
        },
        "root": {"level": "INFO", "handlers": []},
    }
