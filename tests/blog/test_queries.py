"""Rendering a post costs the same number of queries with 1 comment as with 100 comments in 30 threads."""

import datetime

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from .conftest import add_comment, make_member


def render_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response.content.decode()


def build_discussion(post, members, threads=30, total=100):
    start = timezone.now() - datetime.timedelta(hours=1)
    roots = [add_comment(post, members[i % len(members)], f"Draad {i}", created_at=start + datetime.timedelta(seconds=i)) for i in range(threads)]
    made = threads
    parents = list(roots)
    while made < total:
        parent = parents[made % len(parents)]
        if parent.depth < 2:
            reply = add_comment(post, members[made % len(members)], f"Antwoord {made}", parent=parent, created_at=start + datetime.timedelta(seconds=made))
            parents.append(reply)
            made += 1
        else:
            parents.remove(parent)


def test_query_count_does_not_grow_with_comments(post, member):
    members = [member] + [
        make_member(f"lid{i}", organisation=f"Organisatie {i}", job_title="Adviseur", sectors=["Rijksoverheid", "Jeugdzorg"]) for i in range(5)
    ]
    first = add_comment(post, members[1], "De allereerste")
    anonymous, as_member = Client(), Client()
    as_member.force_login(member)
    render_queries(anonymous, post.url)  # warm caches (site root, settings) that are not per-comment
    render_queries(as_member, post.url)
    one_anonymous, _html = render_queries(anonymous, post.url)
    one_member, _html = render_queries(as_member, post.url)

    first.delete()
    build_discussion(post, members)
    add_comment(post, member, "Eigen reactie in afwachting", status="pending")
    # New comments start a new content generation (home.shared_memo): warm again, as for the first count.
    render_queries(anonymous, post.url + "?reacties=alle")
    render_queries(as_member, post.url + "?reacties=alle")
    many_anonymous, html = render_queries(anonymous, post.url + "?reacties=alle")
    many_member, member_html = render_queries(as_member, post.url + "?reacties=alle")

    assert html.count('class="comment comment--depth-') == 100
    assert ">100 reacties<" in html
    assert "Organisatie 3" in html and "Rijksoverheid" in html
    assert "Eigen reactie in afwachting" in member_html
    assert many_anonymous == one_anonymous, (one_anonymous, many_anonymous)
    assert many_member == one_member, (one_member, many_member)


def test_index_query_count_does_not_grow_with_posts(blog_index, author, theme, member):
    from .conftest import make_post

    first = make_post(blog_index, "post-0", authors=[author], themes=[theme], tags=["een"])
    add_comment(first, member)
    client = Client()
    render_queries(client, blog_index.url)
    one, _html = render_queries(client, blog_index.url)
    for i in range(1, 10):
        post = make_post(blog_index, f"post-{i}", authors=[author], themes=[theme], tags=[f"tag{i}"])
        add_comment(post, member)
    render_queries(client, blog_index.url)  # warm again after the new posts (a new content generation)
    many, html = render_queries(client, blog_index.url)
    assert html.count('class="blog-card"') == 10
    assert many == one, (one, many)
