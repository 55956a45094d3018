"""OpenSearch 3 with Dutch/English analysis (see search.backends.analysis)."""

from modelsearch.backends import opensearch3 as base

from ..retry import IndexRetryMixin
from .analysis import LanguageMappingMixin, LanguageQueryCompilerMixin, WindowedResultsMixin, index_settings


class Mapping(LanguageMappingMixin, base.OpenSearch3Mapping):
    pass


class SearchQueryCompiler(LanguageQueryCompilerMixin, base.OpenSearch3SearchQueryCompiler):
    mapping_class = Mapping


class AutocompleteQueryCompiler(base.OpenSearch3AutocompleteQueryCompiler):
    mapping_class = Mapping


class SearchResults(WindowedResultsMixin, base.OpenSearch3SearchResults):
    pass


class SearchBackend(IndexRetryMixin, base.OpenSearch3SearchBackend):
    mapping_class = Mapping
    query_compiler_class = SearchQueryCompiler
    autocomplete_query_compiler_class = AutocompleteQueryCompiler
    results_class = SearchResults
    settings = index_settings()
