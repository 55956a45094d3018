"""Session engine for production: Django's cached_db, whose database copy wins when the cache refused the newer one.

cached_db writes the session to the database, then to the cache. When Redis is full or down (config.cache) the cache
write is skipped; the copy cached before would then be read on the next request, and a change of the session (a kept
comment draft, a message) would be lost. So that copy is deleted (Redis accepts deletes even when full) and the next
request reads the database.
"""

from django.contrib.sessions.backends.cached_db import SessionStore as CachedDBStore
from django.contrib.sessions.backends.db import SessionStore as DBStore


class SessionStore(CachedDBStore):
    def save(self, must_create=False):
        DBStore.save(self, must_create)
        if self._cache.set(self.cache_key, self._session, self.get_expiry_age()) is False:
            self._cache.delete(self.cache_key)

    async def asave(self, must_create=False):
        await DBStore.asave(self, must_create)
        key = await self.acache_key()
        if await self._cache.aset(key, self._session, await self.aget_expiry_age()) is False:
            await self._cache.adelete(key)
