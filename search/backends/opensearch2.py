"""OpenSearch 2 with Dutch/English analysis (see search.backends.analysis)."""

from modelsearch.backends import opensearch2 as base

from ..retry import IndexRetryMixin
from .analysis import LanguageMappingMixin, LanguageQueryCompilerMixin, WindowedResultsMixin, index_settings


class Mapping(LanguageMappingMixin, base.OpenSearch2Mapping):
    pass


class SearchQueryCompiler(LanguageQueryCompilerMixin, base.OpenSearch2SearchQueryCompiler):
    mapping_class = Mapping


class AutocompleteQueryCompiler(base.OpenSearch2AutocompleteQueryCompiler):
    mapping_class = Mapping


class SearchResults(WindowedResultsMixin, base.OpenSearch2SearchResults):
    pass


class SearchBackend(IndexRetryMixin, base.OpenSearch2SearchBackend):
    mapping_class = Mapping
    query_compiler_class = SearchQueryCompiler
    autocomplete_query_compiler_class = AutocompleteQueryCompiler
    results_class = SearchResults
    settings = index_settings()
