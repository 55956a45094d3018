from wagtail import hooks


@hooks.register("on_serve_page")
def mark_page_for_page_cache(serve):
    """Marks the request as serving a Wagtail page: only such responses may be stored by home.page_cache."""

    def inner(page, request, args, kwargs):
        request._page_cache_page = page
        return serve(page, request, args, kwargs)

    return inner
