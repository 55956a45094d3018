"""The demo Blogs section: seed 003 in our own words, members, a threaded discussion, English, roles."""

from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import Client

from blog.models import BlogIndexPage, BlogPage, Comment, MemberProfile
from home.models import HomePage, SiteSettings


def test_demo_blog_section(demo_site):
    index = BlogIndexPage.objects.get(locale__language_code="nl")
    home = HomePage.objects.get(locale__language_code="nl")
    assert home.blog_index_id == index.pk
    nav_pages = [block.value["page"].pk for block in SiteSettings.for_site(demo_site).main_navigation if block.value["page"]]
    assert index.pk in nav_pages
    titles = set(BlogPage.objects.filter(locale=index.locale).values_list("title", flat=True))
    assert titles == {"Professionele ruimte: voed ook het gemeentebestuur op"}  # seed 004 is news (tests/news)
    assert set(Group.objects.values_list("name", flat=True)) == {"Redacteuren", "Bloggers", "Moderatoren"}
    assert index.get_workflow().name == "Blog goedkeuring"

    post = BlogPage.objects.get(slug="professionele-ruimte-voed-ook-het-gemeentebestuur-op")
    html = Client().get(post.url).content.decode()
    assert "Over de auteur" in html and "Karlijn Stals" in html and "Nederlands Jeugdinstituut" in html
    assert "Queresta projectbureau" in html and "Directeur/eigenaar" in html
    assert Comment.objects.filter(page=post, depth=2).exists()
    assert ">5 reacties<" in html
    home_html = Client().get("/").content.decode()
    assert "Nieuwste blogs" in home_html and post.title in home_html


def test_demo_english_translation(demo_site):
    assert Client().get("/en/blogs/").status_code == 200
    response = Client().get("/en/blogs/professional-space-the-municipal-board-needs-to-learn-too/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "About the author" in html and "Over de auteur" not in html
    assert Client().get("/en/blogs/feed/").status_code == 200


def test_demo_content_is_idempotent(demo_site):
    counts = (BlogPage.objects.count(), Comment.objects.count(), MemberProfile.objects.count(), Group.objects.count())
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert (BlogPage.objects.count(), Comment.objects.count(), MemberProfile.objects.count(), Group.objects.count()) == counts
