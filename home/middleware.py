"""Request plumbing shared by every process."""

from django.conf import settings


class TrustedProxyMiddleware:
    """Behind TRUSTED_PROXY_COUNT reverse proxies (nginx, a load balancer), REMOTE_ADDR is the nearest proxy, so every
    visitor would share one rate limit. Take the client address the outermost trusted proxy appended to
    X-Forwarded-For instead; entries further left are written by the client and are not trusted."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.count = int(getattr(settings, "TRUSTED_PROXY_COUNT", 0))

    def __call__(self, request):
        if self.count:
            hops = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
            if len(hops) >= self.count:
                request.META["REMOTE_ADDR"] = hops[-self.count]
        return self.get_response(request)
