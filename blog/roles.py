"""Staff groups and approval workflows. Idempotent; used by `setup_roles`, the demo content and a data migration.

- Redacteuren (communications editors): admin access; create, edit, publish, move, unpublish and lock every
  content page in every locale (page permissions on the tree root); images and documents in every collection;
  the Person, Organisation, Theme and Sector snippets; site settings (including navigation); redirects;
  search promotions and synonyms; translations with wagtail-localize and the language (locale) settings. Not superusers:
  no users, groups, sites or workflows.
- Bloggers: admin access, may create posts under every Blogs index and edit the posts they own
  (Wagtail's "add" page permission); no publish, no other section, not other bloggers' drafts.
  They submit posts to the workflow.
- Moderatoren: create, edit and publish posts in the Blogs section, lock/unlock, and moderate
  comments (change/delete comments and reports, view member profiles).
- Workflow "Blog goedkeuring": one GroupApprovalTask for Moderatoren, assigned to every Blogs index.
- Workflow "Redactionele controle": one GroupApprovalTask for Redacteuren on the tree root, so a page can be
  sent to a colleague for review; Redacteuren still publish directly.

Wagtail's migrations create the English groups "Editors" and "Moderators" and the workflow and task
"Moderators approval"; `retire_stock_roles` folds them into Redacteuren and the Dutch workflow.
"""

from django.conf import settings

from wagtail.models import Collection, GroupApprovalTask, GroupCollectionPermission, GroupPagePermission, Page, Workflow, WorkflowPage, WorkflowTask

EDITORS = "Redacteuren"
BLOGGERS = "Bloggers"
MODERATORS = "Moderatoren"
WORKFLOW = "Blog goedkeuring"
TASK = "Goedkeuring door moderatoren"
EDITORIAL_WORKFLOW = "Redactionele controle"
EDITORIAL_TASK = "Controle door een redacteur"

# Created by Wagtail's own migrations (wagtailcore 0002 and 0048).
STOCK_GROUPS = ("Editors", "Moderators")
STOCK_WORKFLOWS = {"Moderators approval": EDITORIAL_WORKFLOW}
STOCK_TASKS = {"Moderators approval": EDITORIAL_TASK}

EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
BLOGGER_PAGE_PERMISSIONS = ["add_page"]
MODERATOR_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]

EDITOR_MODEL_PERMISSIONS = [
    ("wagtailadmin", "admin", ["access"]),
    ("home", "person", ["add", "change", "delete", "view"]),
    ("home", "organisation", ["add", "change", "delete", "view"]),
    ("home", "theme", ["add", "change", "delete", "view"]),
    ("home", "sector", ["add", "change", "delete", "view"]),
    ("home", "sitesettings", ["change", "view"]),
    ("wagtailredirects", "redirect", ["add", "change", "delete", "view"]),
    ("wagtailsearchpromotions", "searchpromotion", ["add", "change", "delete", "view"]),
    ("search", "synonymgroup", ["add", "change", "delete", "view"]),
    ("wagtail_localize", "translation", ["submit"]),
    # Adding a language and its sync settings; deleting one is left to administrators.
    ("wagtailcore", "locale", ["add", "change", "view"]),
]
BLOGGER_MODEL_PERMISSIONS = [("wagtailadmin", "admin", ["access"]), ("home", "person", ["view"]), ("home", "theme", ["view"])]
MODERATOR_MODEL_PERMISSIONS = [
    ("wagtailadmin", "admin", ["access"]),
    ("home", "person", ["view"]),
    ("home", "theme", ["view"]),
    ("blog", "comment", ["view", "change", "delete"]),
    ("blog", "commentreport", ["view", "delete"]),
    ("blog", "memberprofile", ["view"]),
]

EDITOR_COLLECTION_PERMISSIONS = [("wagtailimages", codename) for codename in ("add_image", "change_image", "delete_image", "choose_image")] + [
    ("wagtaildocs", codename) for codename in ("add_document", "change_document", "delete_document", "choose_document")
]
# Bloggers and moderators may upload and choose images for their posts.
BLOG_COLLECTION_PERMISSIONS = [("wagtailimages", "add_image"), ("wagtailimages", "choose_image")]


def is_blogger(user):
    """A member of Bloggers without a wider role (Redacteuren, Moderatoren, superuser): the author rules apply."""
    if not user.is_authenticated or user.is_superuser:
        return False
    names = set(user.groups.values_list("name", flat=True))
    return BLOGGERS in names and not names & {EDITORS, MODERATORS}


def retire_stock_roles(apps):
    """Fold Wagtail's English stock groups into Redacteuren and give the stock workflow and task Dutch names.

    Works on the live app registry and on a migration's historical one (`apps.get_model` only). Members of
    "Editors" and "Moderators" (who could add and publish everywhere) become Redacteuren; approval tasks that
    named a stock group name Redacteuren instead. Idempotent.
    """
    Group = apps.get_model("auth", "Group")
    User = apps.get_model(settings.AUTH_USER_MODEL)
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Task = apps.get_model("wagtailcore", "Task")
    Workflow = apps.get_model("wagtailcore", "Workflow")

    for stock_name in STOCK_GROUPS:
        stock = Group.objects.filter(name=stock_name).first()
        if stock is None:
            continue
        editors = Group.objects.filter(name=EDITORS).first()
        if editors is None:
            stock.name = EDITORS
            stock.save(update_fields=["name"])
            continue
        for user in User.objects.filter(groups=stock):
            user.groups.add(editors)
        for task in GroupApprovalTask.objects.filter(groups=stock):
            task.groups.add(editors)
        stock.delete()
    for stock_name, name in STOCK_TASKS.items():
        Task.objects.filter(name=stock_name).update(name=name)
    for stock_name, name in STOCK_WORKFLOWS.items():
        Workflow.objects.filter(name=stock_name).update(name=name)


def _permission(app_label, codename):
    from django.contrib.auth.models import Permission

    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _grant_models(group, grants):
    for app_label, model, actions in grants:
        for action in actions:
            group.permissions.add(_permission(app_label, f"{action}_{model}"))


def _grant_collections(group, grants):
    root_collection = Collection.get_first_root_node()
    for app_label, codename in grants:
        GroupCollectionPermission.objects.get_or_create(group=group, collection=root_collection, permission=_permission(app_label, codename))


def _grant_pages(group, pages, codenames):
    for page in pages:
        for codename in codenames:
            GroupPagePermission.objects.get_or_create(group=group, page=page, permission=_permission("wagtailcore", codename))


def _approval_workflow(workflow_name, task_name, group, pages):
    task = GroupApprovalTask.objects.filter(name=task_name).order_by("pk").first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=task_name)
    task.groups.add(group)
    workflow = Workflow.objects.filter(name=workflow_name).order_by("pk").first()
    if workflow is None:
        workflow = Workflow.objects.create(name=workflow_name)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    for page in pages:
        WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})
    return workflow


def setup_roles(index_pages=None):
    """Create or update the three groups and both workflows, the blog one for the given (default: all) BlogIndexPages.

    Returns (redacteuren, bloggers, moderators, blog_workflow).
    """
    from django.apps import apps
    from django.contrib.auth.models import Group

    from .models import BlogIndexPage

    if index_pages is None:
        index_pages = list(BlogIndexPage.objects.all())
    retire_stock_roles(apps)
    editors, _created = Group.objects.get_or_create(name=EDITORS)
    bloggers, _created = Group.objects.get_or_create(name=BLOGGERS)
    moderators, _created = Group.objects.get_or_create(name=MODERATORS)

    _grant_models(editors, EDITOR_MODEL_PERMISSIONS)
    _grant_models(bloggers, BLOGGER_MODEL_PERMISSIONS)
    _grant_models(moderators, MODERATOR_MODEL_PERMISSIONS)
    _grant_collections(editors, EDITOR_COLLECTION_PERMISSIONS)
    _grant_collections(bloggers, BLOG_COLLECTION_PERMISSIONS)
    _grant_collections(moderators, BLOG_COLLECTION_PERMISSIONS)

    # The tree root: every locale's home page and everything below it, including locales added later.
    root = Page.get_first_root_node()
    _grant_pages(editors, [root], EDITOR_PAGE_PERMISSIONS)
    _grant_pages(bloggers, index_pages, BLOGGER_PAGE_PERMISSIONS)
    _grant_pages(moderators, index_pages, MODERATOR_PAGE_PERMISSIONS)

    _approval_workflow(EDITORIAL_WORKFLOW, EDITORIAL_TASK, editors, [root])
    workflow = _approval_workflow(WORKFLOW, TASK, moderators, index_pages)
    return editors, bloggers, moderators, workflow
