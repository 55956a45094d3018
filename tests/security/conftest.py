"""The security tests attack the same small site the blog tests build; their fixtures are shared here."""

from tests.blog.conftest import (  # noqa: F401
    _clear_cache,
    _reset_language,
    author,
    blog_index,
    home,
    member,
    other_member,
    post,
    theme,
)
