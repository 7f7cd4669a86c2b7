"""URL converters. `id`: a row id of 1 to 18 ASCII digits. Django's `int` takes any number of
digits, and a 20-digit id overflows the database's integer (a 500, not a 404)."""

import re

from django.urls import register_converter


class IdConverter:
    regex = "[0-9]{1,18}"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return str(value)


register_converter(IdConverter, "id")

_ID = re.compile(IdConverter.regex)


def is_id(value):
    """Whether a value from a form or a query is a row id as the URLs take one: ASCII digits
    only ("²" is a digit to str.isdigit()), few enough for the database's integer."""
    return isinstance(value, str) and _ID.fullmatch(value) is not None
