"""The security tests reuse the blog fixtures: a small Blogs tree (home, index, one post) and members with profiles."""

from tests.blog.conftest import _clear_cache, _reset_language, author, blog_index, home, member, other_member, post, theme  # noqa: F401
