"""OpenSearch 2 and 3 with Dutch/English analysis (see search.backends.analysis and .public).

Works with opensearch-py 2 and 3 (keyword arguments only) against OpenSearch 2.x and 3.x nodes.
"""

from modelsearch.backends import opensearch3 as base

from ..retry import IndexRetryMixin
from ..synonyms import SynonymQueryCompilerMixin
from .analysis import LanguageMappingMixin, LanguageQueryCompilerMixin, WindowedResultsMixin, index_settings
from .public import LongTimeoutIndexMixin, PageFactsMappingMixin, PublicQueryCompilerMixin, PublicSearchMixin


class Mapping(PageFactsMappingMixin, LanguageMappingMixin, base.OpenSearch3Mapping):
    pass


class Index(LongTimeoutIndexMixin, base.OpenSearch3Index):
    pass


class SearchQueryCompiler(LanguageQueryCompilerMixin, base.OpenSearch3SearchQueryCompiler):
    mapping_class = Mapping


class AutocompleteQueryCompiler(base.OpenSearch3AutocompleteQueryCompiler):
    mapping_class = Mapping


class PublicSearchQueryCompiler(PublicQueryCompilerMixin, SynonymQueryCompilerMixin, SearchQueryCompiler):
    pass


class PublicAutocompleteQueryCompiler(PublicQueryCompilerMixin, AutocompleteQueryCompiler):
    pass


class SearchResults(WindowedResultsMixin, base.OpenSearch3SearchResults):
    pass


class SearchBackend(PublicSearchMixin, IndexRetryMixin, base.OpenSearch3SearchBackend):
    mapping_class = Mapping
    index_class = Index
    query_compiler_class = SearchQueryCompiler
    autocomplete_query_compiler_class = AutocompleteQueryCompiler
    public_query_compiler_class = PublicSearchQueryCompiler
    public_autocomplete_query_compiler_class = PublicAutocompleteQueryCompiler
    results_class = SearchResults
    settings = index_settings()
