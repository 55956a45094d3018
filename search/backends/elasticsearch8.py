"""Elasticsearch 8 with Dutch/English analysis (see search.backends.analysis)."""

from modelsearch.backends import elasticsearch8 as base

from ..retry import IndexRetryMixin
from .analysis import LanguageMappingMixin, LanguageQueryCompilerMixin, WindowedResultsMixin, index_settings


class Mapping(LanguageMappingMixin, base.Elasticsearch8Mapping):
    pass


class SearchQueryCompiler(LanguageQueryCompilerMixin, base.Elasticsearch8SearchQueryCompiler):
    mapping_class = Mapping


class AutocompleteQueryCompiler(base.Elasticsearch8AutocompleteQueryCompiler):
    mapping_class = Mapping


class SearchResults(WindowedResultsMixin, base.Elasticsearch8SearchResults):
    pass


class SearchBackend(IndexRetryMixin, base.Elasticsearch8SearchBackend):
    mapping_class = Mapping
    query_compiler_class = SearchQueryCompiler
    autocomplete_query_compiler_class = AutocompleteQueryCompiler
    results_class = SearchResults
    settings = index_settings()
