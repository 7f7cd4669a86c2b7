"""Which letters a page offers, with the versions already made."""

from dataclasses import dataclass

from .letters import LETTER_KINDS, targets


@dataclass(frozen=True)
class LetterOffer:
    kind: object
    target: object  # a Denial or a Claim, or None
    label: str
    versions: tuple


def letter_offers(case, page):
    """The letters offered on a step (or "dashboard"), each with its archived versions."""
    letters = list(case.letters.all())
    offers = []
    for kind in LETTER_KINDS.values():
        if kind.step != page:
            continue
        for target, label in targets(kind, case):
            versions = tuple(
                v
                for v in letters
                if v.kind == kind.slug
                and (target is None or getattr(v, f"{kind.target}_id") == target.pk)
            )
            offers.append(LetterOffer(kind, target, label, versions))
    return offers
