"""The real URLs plus a bare view, so the benchmark can compare with the cheapest response that
goes through the same middleware."""

from django.http import HttpResponse
from django.urls import path

from coverage_guide.urls import urlpatterns as site_urlpatterns


def bare(request):
    return HttpResponse("ok")


urlpatterns = [path("__bench__/bare/", bare), *site_urlpatterns]
