"""The test database of one pytest process (one xdist worker): created once, saved as named snapshots, restored cheaply.

- SQLite (in-memory test database): the migrated database is cached in `.services/test-db/` under a hash of every
  migration file, so only the first run after a migration change migrates; a worker copies it in with SQLite's
  backup API. Snapshots are private in-memory databases, restored with the same API (milliseconds).
- PostgreSQL: the usual migrated test database; snapshots are copies of every table in a schema of their own,
  restored by TRUNCATE and INSERT ... SELECT in one transaction (Django's foreign keys are deferred).

`tests/conftest.py` uses two snapshots: "migrated" (what the migrations create: root page, locales, default site)
and "demo" (the demo tree of `load_demo_content`). Transactional tests leave an empty database behind; the state
the module expects is restored right after them.
"""

import hashlib
import os
import sqlite3
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
SQLITE_CACHE = REPO_ROOT / ".services" / "test-db"


def migrations_fingerprint():
    """A hash of everything the migrated database depends on: Django, the installed apps and their migration files."""
    import django
    from django.apps import apps

    digest = hashlib.sha256(f"{django.get_version()} {sys.version}".encode())
    for app_config in apps.get_app_configs():
        digest.update(app_config.label.encode())
        folder = Path(app_config.path) / "migrations"
        for path in sorted(folder.glob("*.py")) if folder.is_dir() else ():
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


class TestDatabase:
    """The default database of this process, with named snapshots."""

    def __init__(self):
        self.snapshots = {}
        self.state = None  # name of the snapshot the database holds (None: unknown, e.g. after a transactional test)
        self.expected = "migrated"  # the snapshot the tests of the current module start from
        self.active = False

    # creation ----------------------------------------------------------------------------------------------

    @staticmethod
    def connection():
        from django.db import connections

        return connections["default"]

    def is_sqlite_memory(self):
        connection = self.connection()
        return connection.vendor == "sqlite" and connection.creation.is_in_memory_db(connection.creation._get_test_db_name())

    def create_sqlite_from_cache(self, verbosity=0, fresh=False):
        """Point the connection at the in-memory test database and fill it from the cached migrated database
        (`fresh`, pytest's --create-db: migrate and cache anew). Returns the old database name, for `destroy_test_db`."""
        from django.conf import settings
        from django.core.management import call_command

        connection = self.connection()
        old_name = connection.settings_dict["NAME"]
        test_name = connection.creation._get_test_db_name()
        connection.close()
        settings.DATABASES[connection.alias]["NAME"] = test_name
        connection.settings_dict["NAME"] = test_name
        connection.ensure_connection()

        cached = SQLITE_CACHE / f"migrated-{migrations_fingerprint()}.sqlite3"
        if cached.is_file() and not fresh:
            with sqlite3.connect(cached) as source:
                source.backup(connection.connection)
            source.close()
            return old_name
        call_command("migrate", verbosity=verbosity, interactive=False, database=connection.alias, run_syncdb=True)
        call_command("createcachetable", database=connection.alias)
        SQLITE_CACHE.mkdir(parents=True, exist_ok=True)
        partial = cached.with_suffix(f".{os.getpid()}.tmp")
        target = sqlite3.connect(partial)
        connection.connection.backup(target)
        target.close()
        os.replace(partial, cached)  # atomic: another worker sees the whole file or none
        for stale in SQLITE_CACHE.glob("migrated-*.sqlite3"):
            if stale != cached:
                stale.unlink(missing_ok=True)
        return old_name

    # snapshots ---------------------------------------------------------------------------------------------

    def take(self, name):
        connection = self.connection()
        connection.ensure_connection()
        if connection.vendor == "sqlite":
            snapshot = sqlite3.connect(":memory:", check_same_thread=False)
            connection.connection.backup(snapshot)
            self.snapshots[name] = snapshot
        elif connection.vendor == "postgresql":
            schema = f"snapshot_{name}"
            with connection.cursor() as cursor:
                tables = connection.introspection.table_names(cursor)
                cursor.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE; CREATE SCHEMA "{schema}"')
                for table in tables:
                    cursor.execute(f'CREATE TABLE "{schema}"."{table}" AS TABLE public."{table}"')
            self.snapshots[name] = tables
        else:
            raise NotImplementedError(f"no snapshots for {connection.vendor}")
        self.state = name

    def restore(self, name):
        from django.core.cache import cache
        from django.db import transaction

        if name not in self.snapshots:
            raise KeyError(f"no database snapshot {name!r}")
        connection = self.connection()
        connection.ensure_connection()
        if connection.vendor == "sqlite":
            self.snapshots[name].backup(connection.connection)
        else:
            tables = self.snapshots[name]
            with transaction.atomic(using=connection.alias), connection.cursor() as cursor:
                # Tables made after the snapshot (none today) would keep their rows; they are emptied too.
                current = connection.introspection.table_names(cursor)
                cursor.execute("TRUNCATE " + ", ".join(f'public."{t}"' for t in current))
                for table in tables:
                    cursor.execute(f'INSERT INTO public."{table}" SELECT * FROM "snapshot_{name}"."{table}"')  # noqa: S608 - names from the catalogue
                from django.apps import apps
                from django.core.management.color import no_style

                for statement in connection.ops.sequence_reset_sql(no_style(), apps.get_models(include_auto_created=True)):
                    cursor.execute(statement)
        cache.clear()  # cached site root paths, settings and rate-limit counters described other rows
        self.state = name

    def ensure(self, name, build=None):
        """Make the database hold snapshot `name`, building and saving it with `build()` the first time."""
        if self.state == name:
            return
        if name in self.snapshots:
            self.restore(name)
            return
        if build is None:
            raise KeyError(f"no database snapshot {name!r}")
        build()
        self.take(name)

    def drop_snapshots(self):
        connection = self.connection()
        for name, snapshot in self.snapshots.items():
            if connection.vendor == "sqlite":
                snapshot.close()
            else:
                with connection.cursor() as cursor:
                    cursor.execute(f'DROP SCHEMA IF EXISTS "snapshot_{name}" CASCADE')
        self.snapshots.clear()


database = TestDatabase()
