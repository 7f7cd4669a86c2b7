"""Every reference entry and rule, walked once: for the sources page and the source test."""

from dataclasses import dataclass
from datetime import date
from functools import cache
from itertools import product

from . import sources
from .aid import COST_SOURCE, AidFacts, aid_options
from .billing import code_lines
from .codes import DIAGNOSES, PLACES_OF_SERVICE, POS_SOURCE, SERVICES
from .conditions import CONDITIONS
from .criteria import CRITERIA_SETS
from .deadlines import RULE_NOTES, RULES, TIMELY_FILING_SOURCE
from .deadlines.calendar import HOLIDAYS_SOURCE
from .deadlines.late import EXTENSIONS
from .deadlines.overdue import OVERDUE
from .deadlines.road import ROADS
from .deadlines.states import PROGRAMS
from .drugs import ANTIDEPRESSANTS
from .guides import CLINIC_CHECKLIST, call_script
from .outlook import PlanFacts, coverage_outlook
from .regulators import REGULATORS
from .remarks import REMARKS
from .scales import SCALES
from .sources import NPI, Source
from .strategy import STRATEGIES, parity_for

TREATMENTS = ("iv_ketamine", "esketamine", "im_ketamine", "kap")
PLAN_TYPES = (
    "employer_self_funded",
    "employer_fully_insured",
    "marketplace",
    "medicare",
    "medicare_advantage",
    "medicare_part_d",
    "medicaid",
    "va",
    "tricare",
    "other",
)


@dataclass(frozen=True)
class Entry:
    what: str
    source: Source
    verified: bool = True


@cache
def entries():
    """Every sourced fact and rule the app uses."""
    found = [Entry(f"{c.system} {c.code}: {c.described}", c.source) for c in DIAGNOSES + SERVICES]
    found += [
        Entry(f"Place of service {code}: {label}", POS_SOURCE) for code, label in PLACES_OF_SERVICE
    ]
    found.append(Entry("NPI: ten digits with a check digit", NPI))
    found += [
        Entry(
            f"{'CARC' if r.code.isdigit() else 'RARC'} {r.code}: {r.meaning} "
            f"(the denial reader files it as: {r.reason.replace('_', ' ')})",
            r.source,
        )
        for r in REMARKS.values()
    ]
    found += [Entry(f"{s.name}: scores 0 to {s.max_score}", s.source) for s in SCALES]
    found += [
        Entry(
            f"{d.name.capitalize()}: adequate from {d.min_daily_mg.normalize():f} mg a day",
            d.source,
        )
        for d in ANTIDEPRESSANTS
    ]
    found += [Entry(f"Criteria: {c.name}", c.source, c.verified) for c in CRITERIA_SETS]
    found += [Entry(f"Beyond depression: {c.name}", c.source) for c in CONDITIONS]
    found += [Entry(f"Deadline: within {r.span}, {r.wording}", r.source) for r in RULES]
    found.append(
        Entry("Deadline: timely filing for claims, commonly 60 to 180 days", TIMELY_FILING_SOURCE)
    )
    found += [Entry(f"Deadline note: {n.text}", n.source) for n in RULE_NOTES]
    found.append(
        Entry(
            "A deadline that moves past a weekend or federal holiday also moves past the day a "
            "holiday is observed",
            HOLIDAYS_SOURCE,
        )
    )
    found += [
        Entry(f"Appeal level: {level.name}, decided by {level.forum}", level.source)
        for levels in ROADS.values()
        for level in levels
    ]
    found += [Entry(f"Filing late: good cause under {x.rule}", x.source) for x in EXTENSIONS]
    found += [Entry(f"A late decision: {o.text}", o.source) for o in OVERDUE]
    for program in PROGRAMS:
        found.append(Entry(f"External review in {program.state}: {program.name}", program.source))
        if program.filing:
            found.append(
                Entry(
                    f"External review in {program.state}: within {program.filing.span}",
                    program.filing.source,
                )
            )
    found += [
        Entry(f"Appeal strategy: {s.reason.replace('_', ' ')}", s.source)
        for s in STRATEGIES.values()
    ]
    parity = parity_for(PLAN_TYPES[0])
    found += [
        Entry("Mental health parity (MHPAEA), the 2013 rule", parity.source),
        Entry(
            "Mental health parity: the 2024 additions are not being enforced",
            parity.enforcement_source,
        ),
    ]
    found += [
        Entry(
            "Mental health parity: comparative analyses of limitations, and the exemption of "
            "self-funded plans of employers with 50 or fewer employees",
            sources.USC_1185A,
        ),
        Entry("Mental health parity in Medicaid managed care", sources.MEDICAID_PARITY),
    ]
    found += [Entry(f"Regulator: the {r.name}", r.source) for r in REGULATORS]
    found += [Entry(f"Clinic checklist: {q.text}", q.source) for q in CLINIC_CHECKLIST]
    found.append(
        Entry(
            "Out-of-pocket estimate: deductible first, then coinsurance of the "
            "plan's allowed amount",
            COST_SOURCE,
        )
    )
    seen = set()
    for treatment, plan_type in product(TREATMENTS, PLAN_TYPES):
        for line in code_lines(treatment, plan_type, date(2026, 1, 1)):
            if (line.code, line.rule) not in seen:
                seen.add((line.code, line.rule))
                found.append(Entry(f"Billing: {line.code}, {line.rule}", line.source))
        for q in call_script(treatment, plan_type):
            if q.text not in seen:
                seen.add(q.text)
                found.append(Entry(f"Call script: {q.text}", q.source))
    for treatment, plan_type, insurer, state, answer, veteran in product(
        TREATMENTS,
        PLAN_TYPES,
        ("", "Aetna", "Blue Cross", "Cigna"),
        ("", "MA", "MS", "ND"),
        ("yes", "no", "unknown"),
        (True, False),
    ):
        outlook = coverage_outlook(
            PlanFacts(
                plan_type=plan_type,
                treatment=treatment,
                insurer=insurer,
                state=state,
                mental_health_coverage=answer,
                experimental_exclusion=answer,
                prior_auth_required=answer,
                out_of_network_benefits=answer,
                clinic_in_network=answer,
                clinic_billing="superbill",
                is_veteran=veteran,
            )
        )
        for point in outlook.reasons + outlook.actions:
            if point.text not in seen:
                seen.add(point.text)
                found.append(Entry(f"Coverage outlook: {point.text}", point.source, point.verified))
        for option in aid_options(AidFacts(treatment, plan_type, state, "hsa", veteran)):
            if (option.name, option.text) not in seen:
                seen.add((option.name, option.text))
                found.append(
                    Entry(f"Financial help: {option.name}", option.source, option.verified)
                )
    return tuple(e for e in found if e.source is not None)


def source_uses():
    """{source: [entries citing it]} in the order sources are first cited."""
    uses = {}
    for entry in entries():
        uses.setdefault(entry.source, []).append(entry)
    return uses
