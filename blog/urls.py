from django.urls import path

from . import views

app_name = "blog"

urlpatterns = [
    path("blog/reageren/<int:page_id>/", views.post_comment, name="post_comment"),
    path("blog/volgen/<int:page_id>/", views.follow_post, name="follow"),
    path("blog/weergave/<int:page_id>/", views.count_view, name="count_view"),
    path("blog/reactie/<int:pk>/", views.comment_permalink, name="comment_permalink"),
    path("blog/reactie/<int:pk>/bewerken/", views.edit_comment, name="edit_comment"),
    path("blog/reactie/<int:pk>/intrekken/", views.withdraw_comment, name="withdraw_comment"),
    path("blog/reactie/<int:pk>/melden/", views.report_comment, name="report_comment"),
    path("profiel/", views.profile, name="profile"),
    path("profiel/export/", views.profile_export, name="profile_export"),
    path("profiel/verwijderen/", views.profile_delete, name="profile_delete"),
]
