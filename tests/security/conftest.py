"""The security tests attack the same small site the blog tests build; their fixtures are shared here."""

from tests.blog.conftest import author, blog_index, member, other_member, post, theme  # noqa: F401
