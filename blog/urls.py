from django.urls import path, register_converter

from . import views


class IdConverter:
    """A database id: at most 18 digits, so oversized numbers are a 404, not a database overflow."""

    regex = "[0-9]{1,18}"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return str(value)


register_converter(IdConverter, "blog_id")

app_name = "blog"

urlpatterns = [
    path("blog/reageren/<blog_id:page_id>/", views.post_comment, name="post_comment"),
    path("blog/volgen/<blog_id:page_id>/", views.follow_post, name="follow"),
    path("blog/weergave/<blog_id:page_id>/", views.count_view, name="count_view"),
    path("blog/reactie/<blog_id:pk>/", views.comment_permalink, name="comment_permalink"),
    path("blog/reactie/<blog_id:pk>/bewerken/", views.edit_comment, name="edit_comment"),
    path("blog/reactie/<blog_id:pk>/intrekken/", views.withdraw_comment, name="withdraw_comment"),
    path("blog/reactie/<blog_id:pk>/melden/", views.report_comment, name="report_comment"),
    path("profiel/", views.profile, name="profile"),
    path("profiel/export/", views.profile_export, name="profile_export"),
    path("profiel/verwijderen/", views.profile_delete, name="profile_delete"),
]
