"""Which letters a page offers, each for one of its targets, with the versions already made."""

from dataclasses import dataclass

from .kinds import LETTER_KINDS, Maker
from .targets import Target


@dataclass(frozen=True)
class LetterOffer:
    kind: object
    target_kind: object  # how the offer's form names its target (its `inputs` partial)
    target: Target | None  # None for a target the form asks for (a date range)
    versions: tuple

    @property
    def label(self):
        return self.target.label if self.target else ""


def letter_offers(case, page=None, maker=Maker.PATIENT):
    """The letters offered on a page ("dashboard", a step's slug; None for every page) to a
    patient or to staff, each with its archived versions, newest first."""
    letters = list(case.letters.defer("pdf", "context").select_related("created_by"))
    offers = []
    for kind in LETTER_KINDS.values():
        if maker not in kind.makers or page not in (None, kind.page):
            continue
        for target_kind in kind.targets:
            options = target_kind.options(case)
            if not options and not target_kind.typed:
                continue
            for target in options or [None]:
                versions = tuple(
                    v
                    for v in letters
                    if v.kind == kind.slug
                    and (
                        v.target_key == target.key if target else target_kind.matches(v.target_key)
                    )
                )
                offers.append(LetterOffer(kind, target_kind, target, versions))
    return offers


def waiting_kinds(case, page, maker=Maker.PATIENT):
    """The kinds a page offers that the case has nothing to make yet, with what would make one."""
    return [
        kind
        for kind in LETTER_KINDS.values()
        if maker in kind.makers and kind.page == page and kind.none_yet and not kind.options(case)
    ]
