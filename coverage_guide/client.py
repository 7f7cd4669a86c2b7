"""Where a request comes from: the one answer that sign-in throttling, rate limits and the audit
log all use.

Behind TRUSTED_PROXY_COUNT proxies (the README's load balancer is one) the client is the address
the outermost of them wrote into X-Forwarded-For: the Nth entry from the right. Anything further
left was written by the client itself and can say anything. With no proxies (the default) the
headers are ignored and the address is the socket's. django-ipware does the reading."""

from django.conf import settings
from ipware import get_client_ip


def client_ip(request):
    """The client's address as a string, or None when there is none to read."""
    proxies = settings.TRUSTED_PROXY_COUNT
    if not proxies:
        return request.META.get("REMOTE_ADDR") or None
    # ipware counts the proxies *listed* in the header, which leaves out the nearest one (its
    # address is the socket's): N proxies in front write N - 1 of theirs after the client's.
    # Not strict: a client may prepend its own entries, and those are simply not read.
    address, _routable = get_client_ip(
        request,
        proxy_order="left-most",
        proxy_count=proxies - 1,
        request_header_order=["HTTP_X_FORWARDED_FOR"],
        strict=False,
    )
    return address or request.META.get("REMOTE_ADDR") or None
