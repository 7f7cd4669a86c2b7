"""Read a page's form fields the way a browser would submit them."""

from html.parser import HTMLParser


class _FormValues(HTMLParser):
    def __init__(self, prefix):
        super().__init__(convert_charrefs=True)
        self.prefix = prefix
        self.values = {}
        self._select = None
        self._textarea = None

    def _wanted(self, name):
        return name and name.startswith(self.prefix + "-")

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        name = a.get("name")
        if tag == "input" and self._wanted(name):
            kind = a.get("type", "text")
            if kind in ("radio", "checkbox"):
                if "checked" in a:
                    self.values[name] = a.get("value", "on")
                else:
                    self.values.setdefault(name, "")
            else:
                self.values[name] = a.get("value", "")
        elif tag == "select" and self._wanted(name):
            self._select = name
            self.values.setdefault(name, "")
        elif tag == "option" and self._select and "selected" in a:
            self.values[self._select] = a.get("value", "")
        elif tag == "textarea" and self._wanted(name):
            self._textarea = name
            self.values[name] = ""

    def handle_endtag(self, tag):
        if tag == "select":
            self._select = None
        elif tag == "textarea":
            self._textarea = None

    def handle_data(self, data):
        if self._textarea:
            self.values[self._textarea] += data.removeprefix("\n")


def form_values(html, prefix):
    """{field name without prefix: value} for every field of the form with this prefix."""
    parser = _FormValues(prefix)
    parser.feed(html)
    return {name.removeprefix(prefix + "-"): value for name, value in parser.values.items()}


def error_for(html, prefix, field):
    """The text of the error list rendered next to a field, or ''."""
    marker = f'id="id_{prefix}-{field}_error"'
    start = html.find(marker)
    if start == -1:
        return ""
    end = html.find("</ul>", start)
    return html[start:end]
