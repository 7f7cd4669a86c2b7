"""State external review programs for fully insured employer plans and individual plans, in the
ten most populous states. A state not listed here (or a fact a program's sources don't give)
falls back to the federal minimums, and the page says to check the state's rules."""

from dataclasses import dataclass

from .. import sources
from ..sources import Source
from .rules import Rule

# The plans a state's program reaches: insurance the state regulates. Self-funded employer plans
# use the federal process.
STATE_REGULATED = frozenset({"employer_fully_insured", "marketplace"})


@dataclass(frozen=True)
class Program:
    state: str
    name: str
    agency: str
    how: str  # the form, and where it goes
    filing: Rule | None  # the window to ask; None where the state's sources don't set one
    decision: str = ""  # how soon it is decided, where the sources say
    points: tuple[str, ...] = ()  # rules worth knowing, each from the source
    source: Source = None
    federal: bool = False  # the state sends its plans to the federal process
    from_first_level: bool = False  # counted from the first internal appeal's decision only
    addressee: str = ""  # who a request letter is addressed to; "" for the plan itself


def _window(amount, unit, wording, source, rolls=False):
    """A state's window to ask. Where its text doesn't say what a month without the day means,
    the month's last day is used (the earlier date); only the federal rule rolls."""
    return Rule(
        "state",
        "file_external",
        amount,
        unit,
        wording,
        source,
        rolls=rolls,
        short_to_month_end=not rolls,
    )


_FEDERAL_WINDOW = "you may request external review, counted from the final internal denial"

PROGRAMS = (
    Program(
        "CA",
        "Independent Medical Review",
        "the California Department of Managed Health Care (DMHC) for HMOs and other plans it "
        "licenses, or the California Department of Insurance (CDI) for insurance policies: "
        "your plan's final letter says which, and includes the application",
        "Apply online, by mail or by fax with the Independent Medical Review application your "
        "plan sends with its decision.",
        _window(
            6,
            "months",
            "you may apply for Independent Medical Review after the plan's written decision",
            sources.CA_DMHC_IMR,
        ),
        "CDI: within 30 days, or 3 days when your health is in serious danger. DMHC: "
        "typically within 30 days, or 7 days when urgent.",
        (
            "It is free: the plan pays for the review.",
            "For DMHC plans, use the plan's grievance process for 30 days first, unless your "
            "health is in immediate danger or the denial was for an experimental treatment.",
            "A denial as experimental or investigational can be reviewed.",
            "If the review decides for you, the plan must cover the treatment.",
        ),
        sources.CA_CDI_IMR,
        addressee="California Department of Managed Health Care or Department of Insurance "
        "(as your plan's final letter directs)",
    ),
    Program(
        "TX",
        "federal external review",
        "the federal process (or a reviewer your plan contracts with): since 2018 the Texas "
        "Department of Insurance no longer runs external review for most health plans",
        "Follow your plan's final letter: it names where to send the request.",
        _window(4, "months", _FEDERAL_WINDOW, sources.CFR_147_136, rolls=True),
        points=(
            "The state's own review (form LHL009) is now only for workers' compensation and "
            "plans for one disease, such as cancer plans.",
        ),
        source=sources.TX_TDI_FEDERAL,
        federal=True,
    ),
    Program(
        "NY",
        "New York State External Appeal",
        "the New York State Department of Financial Services (DFS)",
        "Send the New York State External Appeal Application to DFS by fax to (800) 332-2729 "
        "or by certified or registered mail; DFS answers questions at (800) 400-8882.",
        _window(
            4,
            "months",
            "you may send DFS an external appeal, counted from the final decision of your first "
            "internal appeal",
            sources.NY_DFS_EXTERNAL_APPEAL,
        ),
        points=(
            "The 4 months run from the first internal appeal's decision: a second-level appeal "
            "you choose to file doesn't extend them, and a late application is not accepted.",
            "Your plan may charge $25 (no more than $75 a plan year), waived for Medicaid, "
            "Child Health Plus or hardship, and refunded if the denial is overturned.",
            "A denial as experimental or investigational can be appealed.",
            "You and the plan can agree in writing to skip its internal appeal.",
        ),
        source=sources.NY_DFS_EXTERNAL_APPEAL,
        from_first_level=True,
        addressee="New York State Department of Financial Services",
    ),
    Program(
        "PA",
        "Independent External Review",
        "the Pennsylvania Insurance Department (since January 1, 2024)",
        "Request it online at iro.insurance.pa.gov; an expedited request needs the "
        "prescriber's Physician Certification Form.",
        _window(
            4,
            "months",
            "you may request external review, counted from the date of the final adverse "
            "benefit determination letter",
            sources.PA_PID_REVIEW,
        ),
        points=(
            "It is free, and the decision is final and binding on the plan.",
            "If the plan hasn't decided your internal appeal within 30 days of filing, you may "
            "go to external review without waiting.",
            "When your health is at risk, ask at once: don't wait for the internal appeal.",
        ),
        source=sources.PA_PID_REVIEW,
        addressee="Pennsylvania Insurance Department",
    ),
    Program(
        "IL",
        "external review",
        "the Illinois Department of Insurance",
        "File the Department's Request for External Review form.",
        _window(
            4,
            "months",
            "you may file for external review, counted from when you received the final "
            "internal denial",
            sources.IL_IDOI_REVIEW,
        ),
        points=(
            "Finish the plan's internal appeals first, unless the situation is urgent.",
            "A denial as experimental or investigational can be reviewed.",
        ),
        source=sources.IL_IDOI_REVIEW,
        addressee="Illinois Department of Insurance",
    ),
    Program(
        "OH",
        "external review",
        "an independent review organization the Ohio Department of Insurance assigns",
        "Send the request in writing to your health plan (not to the Department): the plan "
        "passes it on. The Department's consumer line is 1-800-686-1526.",
        _window(
            180,
            "days",
            "you may request external review from your plan, counted from the date of the final "
            "adverse benefit determination",
            sources.OH_3922,
        ),
        points=(
            "Any denial can be reviewed, whatever the treatment costs.",
            "A denial as experimental or investigational can be reviewed.",
        ),
        source=sources.OH_3922,
    ),
    Program(
        "NC",
        "external review (Health Insurance Smart NC)",
        "the North Carolina Department of Insurance",
        "Send the external review request form to Smart NC (fax (919) 807-6865); sign its "
        "authorized representative section if someone files for you.",
        _window(
            120,
            "days",
            "you may request external review, counted from when you received the final "
            "internal denial",
            sources.NC_SMART,
        ),
        "Within 45 days of the request, or 3 days for an expedited review.",
        (
            "It is free.",
            "Within 10 business days you hear whether the request is complete and accepted; "
            "then you have 7 days to send the reviewer more information.",
        ),
        sources.NC_SMART,
        addressee="North Carolina Department of Insurance, Health Insurance Smart NC",
    ),
    Program(
        "MI",
        "external review under the Patient's Right to Independent Review Act",
        "the Michigan Department of Insurance and Financial Services (DIFS)",
        "File form FIS 0018, Request for External Review, online, by fax or by mail.",
        _window(
            120,
            "days",
            "you may request external review, counted from when you received the final "
            "internal denial (DIFS's own page says 127 days; the law says 120)",
            sources.MI_DIFS_PRIRA,
        ),
        points=(
            "An expedited review must be asked for within 10 days of receiving the denial, with "
            "a physician's statement that waiting would seriously jeopardize your health.",
            "A plan that fails to decide in time has made an adverse determination you can "
            "take to external review.",
        ),
        source=sources.MI_DIFS_PRIRA,
        addressee="Michigan Department of Insurance and Financial Services",
    ),
)
PROGRAM = {p.state: p for p in PROGRAMS}


def program_for(plan_type, state):
    """The state's external review program for this plan, or None: a self-funded plan, a
    state we have not sourced, or no state recorded (the federal minimums apply)."""
    if plan_type not in STATE_REGULATED:
        return None
    return PROGRAM.get(state)
