"""OpenSearch 2: the same backend as `search.backends.opensearch3`.

modelsearch's opensearch2 backend calls the client with positional arguments, which opensearch-py 3
refuses (`IndicesClient.create() takes 1 positional argument`); ours uses keyword arguments, which
opensearch-py 2 and 3 accept, against OpenSearch 2.x and 3.x nodes alike. Kept as a module so
OPENSEARCH_VERSION=2 and existing settings go on working.
"""

from .opensearch3 import SearchBackend

__all__ = ["SearchBackend"]
