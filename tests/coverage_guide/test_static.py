"""Static files in production: collected with hashed names, served by WhiteNoise from the app
server, compressed, and cached by browsers for a long time."""

import io

import pytest
from django.core.management import call_command
from django.templatetags.static import static
from django.test import Client, override_settings

MANIFEST = "whitenoise.storage.CompressedManifestStaticFilesStorage"


@pytest.fixture
def collected(tmp_path, settings):
    storages = {**settings.STORAGES, "staticfiles": {"BACKEND": MANIFEST}}
    with override_settings(STATIC_ROOT=tmp_path, STORAGES=storages, WHITENOISE_USE_FINDERS=False):
        call_command("collectstatic", "--noinput", stdout=io.StringIO())
        yield tmp_path


def test_collected_static_files_are_hashed_compressed_and_cached_for_a_year(collected, db):
    url = static("css/site.css")
    assert url.startswith("/static/css/site.") and url != "/static/css/site.css"
    client = Client()  # built after the files were collected: WhiteNoise indexes them at start
    response = client.get(url, headers={"accept-encoding": "gzip"})
    assert response.status_code == 200
    assert response["Content-Encoding"] == "gzip"
    assert "max-age=315360000" in response["Cache-Control"]
    assert "immutable" in response["Cache-Control"]
    home = client.get("/")
    assert url in home.text
    assert static("js/htmx.min.js") in home.text
