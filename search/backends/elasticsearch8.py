"""Elasticsearch 8 with Dutch/English analysis (see search.backends.analysis and .public)."""

from modelsearch.backends import elasticsearch8 as base

from ..retry import IndexRetryMixin
from ..synonyms import SynonymQueryCompilerMixin
from .analysis import LanguageMappingMixin, LanguageQueryCompilerMixin, WindowedResultsMixin, index_settings
from .public import LongTimeoutIndexMixin, PageFactsMappingMixin, PublicQueryCompilerMixin, PublicSearchMixin


class Mapping(PageFactsMappingMixin, LanguageMappingMixin, base.Elasticsearch8Mapping):
    pass


class Index(LongTimeoutIndexMixin, base.Elasticsearch8Index):
    pass


class SearchQueryCompiler(LanguageQueryCompilerMixin, base.Elasticsearch8SearchQueryCompiler):
    mapping_class = Mapping


class AutocompleteQueryCompiler(base.Elasticsearch8AutocompleteQueryCompiler):
    mapping_class = Mapping


class PublicSearchQueryCompiler(PublicQueryCompilerMixin, SynonymQueryCompilerMixin, SearchQueryCompiler):
    pass


class PublicAutocompleteQueryCompiler(PublicQueryCompilerMixin, AutocompleteQueryCompiler):
    pass


class SearchResults(WindowedResultsMixin, base.Elasticsearch8SearchResults):
    pass


class SearchBackend(PublicSearchMixin, IndexRetryMixin, base.Elasticsearch8SearchBackend):
    mapping_class = Mapping
    index_class = Index
    query_compiler_class = SearchQueryCompiler
    autocomplete_query_compiler_class = AutocompleteQueryCompiler
    public_query_compiler_class = PublicSearchQueryCompiler
    public_autocomplete_query_compiler_class = PublicAutocompleteQueryCompiler
    results_class = SearchResults
    settings = index_settings()
    expected_distribution = "elasticsearch"

    def make_index_client(self, options):
        return self.es.options(request_timeout=self.index_timeout)
