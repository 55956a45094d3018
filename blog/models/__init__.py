"""Blog pages, member profiles and comments."""

from .comments import Comment, CommentReport, CommentSettings, PostFollow
from .members import AccountSession, MemberProfile
from .pages import BlogIndexPage, BlogPage, BlogPageAuthor, BlogPageTag, BlogPageViewCount

__all__ = [
    "AccountSession",
    "BlogIndexPage",
    "BlogPage",
    "BlogPageAuthor",
    "BlogPageTag",
    "BlogPageViewCount",
    "Comment",
    "CommentReport",
    "CommentSettings",
    "MemberProfile",
    "PostFollow",
]
