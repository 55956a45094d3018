"""Groups and the approval workflow for the Blogs section. Idempotent; used by `setup_roles` and the demo content.

- Bloggers: admin access, may create posts under every Blogs index and edit the posts they own
  (Wagtail's "add" page permission); no publish, no other section, not other bloggers' drafts.
  They submit posts to the workflow.
- Moderatoren: create, edit and publish posts in the Blogs section, lock/unlock, and moderate
  comments (change/delete comments and reports, view member profiles).
- Workflow "Blog goedkeuring": one GroupApprovalTask for Moderatoren, assigned to every Blogs index.
"""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType

from wagtail.models import Collection, GroupApprovalTask, GroupCollectionPermission, GroupPagePermission, Page, Workflow, WorkflowPage, WorkflowTask

BLOGGERS = "Bloggers"
MODERATORS = "Moderatoren"
WORKFLOW = "Blog goedkeuring"
TASK = "Goedkeuring door moderatoren"

BLOGGER_PAGE_PERMISSIONS = ["add_page"]
MODERATOR_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
BLOGGER_MODEL_PERMISSIONS = [("home", "person", ["view"]), ("home", "theme", ["view"])]
MODERATOR_MODEL_PERMISSIONS = [
    ("home", "person", ["view"]),
    ("home", "theme", ["view"]),
    ("blog", "comment", ["view", "change", "delete"]),
    ("blog", "commentreport", ["view", "delete"]),
    ("blog", "memberprofile", ["view"]),
]


def _page_permission(codename):
    return Permission.objects.get(content_type=ContentType.objects.get_for_model(Page), codename=codename)


def _admin_access():
    return Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")


def setup_roles(index_pages=None):
    """Create or update both groups and the workflow for the given (default: all) BlogIndexPages. Returns (bloggers, moderators, workflow)."""
    from .models import BlogIndexPage

    if index_pages is None:
        index_pages = list(BlogIndexPage.objects.all())
    bloggers, _created = Group.objects.get_or_create(name=BLOGGERS)
    moderators, _created = Group.objects.get_or_create(name=MODERATORS)
    access_admin = _admin_access()
    bloggers.permissions.add(access_admin)
    moderators.permissions.add(access_admin)

    for group, grants in ((bloggers, BLOGGER_MODEL_PERMISSIONS), (moderators, MODERATOR_MODEL_PERMISSIONS)):
        for app_label, model, actions in grants:
            for action in actions:
                group.permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=f"{action}_{model}"))
    # Both roles may upload and choose images for their posts.
    root_collection = Collection.get_first_root_node()
    for codename in ["add_image", "choose_image"]:
        permission = Permission.objects.get(content_type__app_label="wagtailimages", codename=codename)
        for group in (bloggers, moderators):
            GroupCollectionPermission.objects.get_or_create(group=group, collection=root_collection, permission=permission)

    for index_page in index_pages:
        for codename in BLOGGER_PAGE_PERMISSIONS:
            GroupPagePermission.objects.get_or_create(group=bloggers, page=index_page, permission=_page_permission(codename))
        for codename in MODERATOR_PAGE_PERMISSIONS:
            GroupPagePermission.objects.get_or_create(group=moderators, page=index_page, permission=_page_permission(codename))

    task = GroupApprovalTask.objects.filter(name=TASK).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK)
    task.groups.add(moderators)
    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    for index_page in index_pages:
        WorkflowPage.objects.update_or_create(page=index_page, defaults={"workflow": workflow})
    return bloggers, moderators, workflow
