"""What a wizard step is made of: its sections, its lists of rows, and its state."""

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from ..models import Case


class State(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    COMPLETE = "complete"
    NEEDS_ATTENTION = "needs_attention"

    @property
    def label(self):
        return self.replace("_", " ").capitalize()


@dataclass(frozen=True)
class Status:
    """A step's state and, in plain words, what is left to do on it."""

    state: State
    todo: tuple[str, ...] = ()


@dataclass(frozen=True)
class Section:
    """A form on a step that edits one object: the case itself, its policy or its provider."""

    slug: str
    title: str
    form_class: type
    instance: Callable[[Case], object]


@dataclass(frozen=True)
class RowKind:
    """A list of rows on a step, added, edited and deleted one at a time."""

    slug: str
    title: str
    noun: str
    model: type
    form_class: type
    case_path: str  # how a row reaches its case, for the access-checked lookup
    columns: tuple[str, ...]
    parent_field: str = "case"
    children: tuple["RowKind", ...] = ()
    hint: str = ""
    # A nested list shown on its parent's card as one line a row, opened to change it: a claim's
    # services (twenty claims of three services would otherwise be eighty cards on one page).
    in_brief: bool = False
    # How many rows one case (or one parent row) may hold: well above any real case (two years
    # of weekly sessions is about 100 claims), low enough that no one case can slow the letters
    # and pages everyone shares. The list warns from nine tenths of it.
    max_rows: int = 1000

    @property
    def warn_from(self):
        return self.max_rows * 9 // 10

    def rows_of(self, owner):
        """The rows belonging to a case or a parent row (prefetched by with_step_data)."""
        return getattr(owner, self.related_name).all()

    @property
    def related_name(self):
        return self.model._meta.get_field(self.parent_field).remote_field.related_name

    @property
    def is_nested(self):
        return self.parent_field != "case"

    def for_case(self, case):
        return self.model.objects.filter(**{self.case_path: case})


@dataclass(frozen=True)
class Step:
    number: int
    slug: str
    title: str
    purpose: str
    status: Callable[[Case], Status]
    sections: tuple[Section, ...] = ()
    row_kinds: tuple[RowKind, ...] = field(default=())
    guidance: Callable[[Case], dict] | None = None

    @property
    def template(self):
        return f"patients/steps/{self.slug}.html"
