from django.urls import path
from django.utils.translation import pgettext_lazy

from . import views

urlpatterns = [
    path(pgettext_lazy("url", "zoeken/"), views.search, name="search"),
    path(pgettext_lazy("url", "zoeken/suggesties/"), views.suggestions, name="search_suggestions"),
    path(pgettext_lazy("url", "zoeken/klik/"), views.click, name="search_click"),
]
