"""Every level of appeal a plan type has, from the first denial to the last: who decides, the
rule that sets the deadline to ask, and the letter the app makes for it."""

from dataclasses import dataclass, replace

from .. import sources
from ..sources import Source
from .late import late_advice


@dataclass(frozen=True)
class Level:
    key: str  # the appeal level a patient records (Appeal.Level), or "court"
    name: str
    forum: str  # who decides
    filing_event: str  # the deadline rule to ask for it; "" when no rule of ours sets one
    letter: str  # the letter kind the app makes for it; "" for none
    source: Source
    note: str = ""
    optional: bool = False  # only some plans have it; the road goes on without it
    optional_text: str = "Only if your plan has this level."


_ERISA, _EXT = sources.CFR_2560_503_1, sources.CFR_2590_715_2719
_MEDICARE = sources.CFR_405
_IRE = "The plan sends your case to the independent review entity itself: you don't file."
_LATER = "The decision letter from the level before gives the deadline and where to send it."


def _after_the_ire(source):
    """The levels after the independent review entity, for Medicare Advantage and Part D."""
    return (
        Level("alj", "Hearing", "an Administrative Law Judge", "", "", source, _LATER),
        Level("council", "Review", "the Medicare Appeals Council", "", "", source, _LATER),
        Level("court", "Judicial review", "a federal district court", "", "", source, _LATER),
    )


ROADS = {
    "group": (
        Level("internal_1", "Internal appeal", "your plan", "file_appeal", "appeal", _ERISA),
        Level(
            "internal_2",
            "Second internal appeal, if your plan has one",
            "your plan",
            "",
            "appeal",
            _ERISA,
            "Your first decision says whether there is a second level, and by when to ask.",
            optional=True,
        ),
        Level(
            "external",
            "External review",
            "an independent review organization",
            "file_external",
            "external-review",
            _EXT,
        ),
        Level(
            "court",
            "A lawsuit under ERISA",
            "a federal court",
            "",
            "",
            sources.ERISA_RECORD_REVIEW,
            "The court usually decides on the record your plan had, and lets in new evidence "
            "only in limited cases: send every record, letter and study with your internal "
            "appeal now. A lawyer can tell you the time limit your plan sets.",
            optional=True,
            optional_text="Your choice, after the levels above.",
        ),
    ),
    "individual": (
        Level(
            "internal_1",
            "Internal appeal",
            "your plan",
            "file_appeal",
            "appeal",
            sources.CFR_147_136,
        ),
        Level(
            "external",
            "External review",
            "an independent review organization",
            "file_external",
            "external-review",
            sources.CFR_147_136,
        ),
    ),
    "medicaid": (
        Level(
            "internal_1",
            "Appeal to your Medicaid plan",
            "your Medicaid plan",
            "file_appeal",
            "appeal",
            sources.CFR_438,
        ),
        Level(
            "state_hearing",
            "State fair hearing",
            "a hearing officer of your state's Medicaid agency",
            "file_state_hearing",
            "",
            sources.CFR_438,
        ),
    ),
    "medicare": (
        Level(
            "redetermination",
            "Redetermination",
            "the Medicare Administrative Contractor",
            "file_appeal",
            "medicare-redetermination",
            _MEDICARE,
        ),
        Level(
            "reconsideration",
            "Reconsideration",
            "a Qualified Independent Contractor (QIC)",
            "file_reconsideration",
            "medicare-reconsideration",
            sources.CMS_QIC_RECONSIDERATION,
            "Send all your evidence with this request: CMS warns that documents not sent to the "
            "QIC may be left out at later levels.",
        ),
        Level("alj", "Hearing", "an Administrative Law Judge", "file_alj", "", _MEDICARE),
        Level("council", "Review", "the Medicare Appeals Council", "file_council", "", _MEDICARE),
        Level("court", "Judicial review", "a federal district court", "file_court", "", _MEDICARE),
    ),
    "medicare_advantage": (
        Level(
            "internal_1",
            "Reconsideration",
            "your Medicare Advantage plan",
            "file_appeal",
            "appeal",
            sources.CFR_422,
        ),
        Level(
            "ire",
            "Independent review",
            "the independent review entity",
            "",
            "",
            sources.CFR_422,
            _IRE,
        ),
        *_after_the_ire(sources.CFR_422),
    ),
    "tricare": (
        Level(
            "internal_1",
            "Reconsideration",
            "the TRICARE regional contractor",
            "file_appeal",
            "appeal",
            sources.TRICARE_APPEALS,
        ),
        Level(
            "internal_2",
            "Second reconsideration",
            "the national quality monitoring contractor",
            "file_second_reconsideration",
            "appeal",
            sources.TRICARE_APPEALS,
        ),
        Level(
            "hearing",
            "Independent hearing",
            "the Defense Health Agency",
            "",
            "",
            sources.TRICARE_APPEALS,
            "The second reconsideration's decision says how and by when to ask.",
            optional=True,
            optional_text="Only when $300 or more is in dispute.",
        ),
    ),
    "va": (
        Level(
            "internal_1",
            "Clinical appeal",
            "your VA facility's chief medical officer, through its patient advocate",
            "",
            "appeal",
            sources.VA_CLINICAL_APPEALS,
            "Contact your facility's patient advocate; VA's pages set no deadline, but ask soon.",
        ),
    ),
    "part_d": (
        Level(
            "redetermination",
            "Redetermination",
            "your Part D plan",
            "file_appeal",
            "appeal",
            sources.CFR_423,
        ),
        Level(
            "ire",
            "Reconsideration",
            "the independent review entity",
            "",
            "",
            sources.CFR_423,
            _LATER,
        ),
        *_after_the_ire(sources.CFR_423),
    ),
}


@dataclass(frozen=True)
class Stop:
    """A level on one denial's road, and where the denial stands at it."""

    level: Level
    state: str  # "won", "lost", "waiting", "withdrawn", "next", "optional" or "later"
    deadline: object = None  # the deadline to ask for it when next; its decision's, when late
    late: str = ""  # past its deadline: what filing late means, or what a late decision allows


def with_program(levels, program):
    """A road whose external review is the state's program (its name, who runs it, how to ask)."""
    if program is None:
        return levels
    return tuple(
        replace(
            level,
            name=f"External review: {program.name}",
            forum=program.agency,
            source=program.source,
            note=program.how,
        )
        if level.key == "external"
        else level
        for level in levels
    )


def road_for(family, appeals, deadlines=(), today=None, program=None):
    """The levels of a family's road for one denial, each with its state; None when our
    sources don't describe the road.

    `appeals` are (level key, outcome) in the order filed; `deadlines` the denial's deadlines;
    `today` decides whether the next level's deadline has passed; `program` is the state's
    external review program, where one applies."""
    levels = ROADS.get(family)
    if levels is None:
        return None
    levels = with_program(levels, program)
    outcomes = dict(appeals)
    keys = [level.key for level in levels]
    reached = [keys.index(k) for k in outcomes if k in keys]
    last = max(reached, default=-1)
    open_to_next = last < 0 or outcomes[keys[last]] == "upheld"
    won = any(outcomes.get(k) in ("overturned", "partial") for k in keys)
    stops, next_found = [], won or not open_to_next
    overdue = next(
        (
            d
            for d in deadlines
            if d.who == "plan" and not d.done and d.if_late and today and d.due < today
        ),
        None,
    )
    for index, level in enumerate(levels):
        if level.key in outcomes:
            state = _STATE.get(outcomes[level.key], "waiting")
            if state == "waiting" and overdue:
                stops.append(Stop(level, state, overdue, overdue.if_late.text))
            else:
                stops.append(Stop(level, state))
        elif index > last and not next_found and level.optional:
            stops.append(Stop(level, "optional"))
        elif index > last and not next_found:
            next_found = True
            due = next(
                (d for d in deadlines if level.filing_event and d.event == level.filing_event),
                None,
            )
            past = due is not None and today is not None and due.due < today
            stops.append(Stop(level, "next", due, late_advice(family, due.event) if past else ""))
        else:
            stops.append(Stop(level, "later"))
    return stops


_STATE = {"overturned": "won", "partial": "won", "upheld": "lost", "withdrawn": "withdrawn"}
