"""Search backends: modelsearch's Elasticsearch-family backends with language analysis.

Point WAGTAILSEARCH_BACKENDS["default"]["BACKEND"] at `search.backends.opensearch2`,
`search.backends.opensearch3` or `search.backends.elasticsearch8`. See `analysis.py`.
"""
