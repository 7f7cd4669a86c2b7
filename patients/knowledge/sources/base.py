"""A citation, and the date its source was last reviewed."""

from dataclasses import dataclass

REVIEWED = "2026-11-24"


@dataclass(frozen=True)
class Source:
    """A citation; `url` is empty where the citation alone identifies it."""

    key: str
    title: str
    url: str
    reviewed: str = REVIEWED


def _s(key, title, url):
    return Source(key, title, url)
