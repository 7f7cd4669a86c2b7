"""Every deadline a case's requests, claims and denials set off, each with its rule."""

from dataclasses import dataclass, replace
from datetime import timedelta

from .. import renewal
from .facts import (
    Deadline,
)
from .levels import (
    FIRST_LEVEL_NAMES,
    NEXT_LEVEL,
    NEXT_LEVEL_NAMES,
    TIMELY_FILING_DEFAULT_DAYS,
    TIMELY_FILING_SOURCE,
)
from .overdue import overdue_for
from .prior_auth import LATER_EVENT, request_event
from .rules import FAMILY_NAMES, FAMILY_OF_PLAN, Rule, RuleNote
from .states import program_for
from .table import RULE, RULE_NOTES, RULES


def _deadline(title, rule, start, facts, who="you", done=False, note="", if_late=None):
    if rule.unit == "hours" and not note:
        note = (
            f"{rule.span} from the start of {start:%b %-d, %Y} (the time of day isn't recorded): "
            f"by the end of {rule.due(start):%b %-d, %Y}."
        )
    return Deadline(
        title,
        rule.due(start),
        f"Within {rule.span}: {rule.wording}.",
        rule.source,
        who,
        facts.label,
        done,
        note,
        facts.ref,
        rule.event,
        if_late,
        mail_days=MAIL_DAYS if by_receipt(rule, who) else 0,
    )


# Medicare's levels (and Medicare Advantage's and Part D's) count a request as filed when it is
# received; a reminder allows the 5 days the same rules presume for mail.
MAIL_DAYS = 5
FILED_ON_RECEIPT = frozenset({"medicare", "medicare_advantage", "part_d"})


def by_receipt(rule, who):
    return who == "you" and rule.family in FILED_ON_RECEIPT and rule.event.startswith("file_")


def renewal_deadline(request):
    """Asking to renew an approval before it ends, flagged a quarter of its length ahead."""
    first, last = renewal.warning_days(request.approved_from, request.approved_until)
    return Deadline(
        "Ask for a renewal before the approval ends",
        request.approved_until,
        f"Your approval runs until {request.approved_until:%b %-d, %Y}. A renewal takes the "
        f"plan time to decide: ask your prescriber to request it now, {first} days ahead; the "
        f"last reminder comes {last} days before the end.",
        None,
        "you",
        request.label,
        request.renewed,
        ref=request.ref,
        event="renewal",
        attention_days=first,
    )


def prior_auth_deadlines(family, request):
    found = [renewal_deadline(request)] if request.approved_until else []
    if request.submitted_on is None:
        return found
    event = request_event(family, request.urgent, request.submitted_on, request.drug)
    rule = RULE.get((family, event)) or RULE.get((family, event.removesuffix(LATER_EVENT)))
    if rule is None:
        return found
    return found + [
        _deadline(
            "The plan's decision is due",
            rule,
            request.submitted_on,
            request,
            who="plan",
            done=request.decided,
            if_late=overdue_for(family, "pa"),
        )
    ]


def claim_deadlines(family, claim, timely_filing_days=None):
    if claim.submitted_on is None:
        days = timely_filing_days or TIMELY_FILING_DEFAULT_DAYS
        rule = (
            f"Your plan's limit for submitting claims is {days} days after the date of service."
            if timely_filing_days
            else f"Plans set their own limit, commonly 60 to 180 days after the date of service; "
            f"until you know yours, plan for the shortest ({days} days). Ask your insurer."
        )
        return [
            Deadline(
                "Submit the claim",
                claim.service_date + timedelta(days=days),
                rule,
                TIMELY_FILING_SOURCE,
                "you",
                claim.label,
                ref=claim.ref,
                event="submit_claim",
            )
        ]
    if family in ("group", "individual"):
        return [
            _deadline(
                "The plan's decision on the claim is due",
                RULE[(family, "claim_decision")],
                claim.submitted_on,
                claim,
                who="plan",
                done=claim.decided,
            )
        ]
    return []


# Families whose first appeal is counted from when the notice was received, not its date.
RECEIPT_FAMILIES = frozenset({"group", "individual", "medicare", "medicare_advantage", "part_d"})


def _start(rule, notice_date, received_on, counts_from_receipt):
    """(the day a filing window opens, a note on how it was counted)."""
    if counts_from_receipt and received_on:
        return received_on, ""
    if rule.presumed_receipt_days:
        presumed = rule.received(notice_date)
        return presumed, (
            f"Counted from {presumed:%b %-d, %Y}, {rule.presumed_receipt_days} days after the "
            "date on the notice, when the rule presumes it was received. If it came later, "
            "record the date you received it."
        )
    if counts_from_receipt:
        return notice_date, (
            "Counted from the notice date because the date you received it is not recorded; "
            "that is the safe, earlier date."
        )
    return notice_date, ""


def denial_deadlines(family, denial, program=None):
    """Every deadline a denial sets off: filing each level, and the decision owed at each;
    `program` is the state's external review program, where one applies."""
    if family not in FIRST_LEVEL_NAMES:
        return []
    found = []
    rule = RULE[(family, "file_appeal")]
    counts_from_receipt = family in RECEIPT_FAMILIES
    start, note = _start(rule, denial.notice_date, denial.received_on, counts_from_receipt)
    first = _deadline(
        FIRST_LEVEL_NAMES[family], rule, start, denial, done=bool(denial.appeals), note=note
    )
    if denial.appeal_by_on_notice and denial.appeal_by_on_notice != first.due:
        earlier = min(first.due, denial.appeal_by_on_notice)
        first = replace(
            first,
            due=earlier,
            note=f"Your notice says {denial.appeal_by_on_notice:%b %-d, %Y}; the "
            f"rule gives {rule.due(start):%b %-d, %Y}. Plan for the earlier date.",
        )
    found.append(first)
    if family == "medicaid" and denial.ends_care:
        found += _keep_care(denial)
    levels = [a.level for a in denial.appeals]
    for appeal in denial.appeals:
        found += _appeal_deadlines(family, denial, appeal, levels, program)
    return found


def _keep_care(denial):
    """Asking to keep approved treatment during a Medicaid appeal, then during the hearing
    (42 CFR 438.420(a), (c)(2))."""
    rule = RULE[("medicaid", "continue_benefits")]
    due = max(rule.due(denial.notice_date), denial.effective_on or denial.notice_date)
    appealed = [a for a in denial.appeals if a.level in ("internal_1", "internal_2")]
    found = [
        replace(
            _deadline(
                "Ask to keep your treatment during the appeal",
                rule,
                denial.notice_date,
                denial,
                done=any(a.filed_on and a.filed_on <= due for a in appealed),
            ),
            due=due,
        )
    ]
    lost = [a for a in appealed if a.outcome == "upheld" and a.decided_on]
    if lost:
        hearing = RULE[("medicaid", "continue_benefits_hearing")]
        found.append(
            _deadline(
                "Ask to keep your treatment during the fair hearing",
                hearing,
                lost[-1].decided_on,
                denial,
                done=any(a.level == "state_hearing" for a in denial.appeals),
            )
        )
    return found


# The levels a plan decides itself (the others are decided by a reviewer, a hearing officer or a
# judge, on clocks of their own).
PLAN_LEVELS = frozenset({"internal_1", "internal_2", "redetermination"})
DECISION_TITLES = {
    ("medicare", "redetermination"): "The contractor's redetermination decision is due",
    ("medicare", "reconsideration"): "The QIC's reconsideration decision is due",
    ("medicare", "alj"): "The ALJ's decision is due",
}


def _appeal_deadlines(family, denial, appeal, levels, program=None):
    found = []
    # A state's own reviewer decides on its own clock: the page gives it, no date here.
    state_run = program is not None and not program.federal
    if appeal.filed_on and appeal.level == "external":
        if family in ("group", "individual") and not state_run:
            event = "external_decision_urgent" if appeal.expedited else "external_decision"
            found.append(
                _deadline(
                    "The external reviewer's decision is due",
                    RULE[(family, event)],
                    appeal.filed_on,
                    denial,
                    who="plan",
                    done=appeal.outcome != "pending",
                )
            )
    elif appeal.filed_on:
        level = (
            "redetermination"
            if (family, appeal.level) == ("medicare", "internal_1")
            else (appeal.level)
        )
        rule = RULE.get((family, f"{level}_decision"))
        if rule is None and level in PLAN_LEVELS:
            rule = _decision_rule(family, denial.pre_service, appeal.expedited, denial.part_b_drug)
        if rule:
            found.append(
                _deadline(
                    DECISION_TITLES.get(
                        (family, level), "The plan's decision on your appeal is due"
                    ),
                    rule,
                    appeal.filed_on,
                    denial,
                    who="plan",
                    done=appeal.outcome != "pending",
                    if_late=overdue_for(family, level),
                )
            )
    next_event = NEXT_LEVEL.get((family, appeal.level))
    rule = RULE.get((family, next_event))
    if next_event == EXTERNAL_REVIEW_EVENT and program and program.filing:
        rule = program.filing
    first_level_only = program is not None and program.from_first_level
    if first_level_only and appeal.level != "internal_1":
        return found  # the state counts only from the first internal appeal's decision
    if appeal.outcome == "upheld" and appeal.decided_on and next_event:
        next_level, title = NEXT_LEVEL_NAMES[next_event]
        note = ""
        if family == "group" and appeal.level == "internal_1" and not first_level_only:
            note = (
                "If your plan has a second internal level, your notice says so; external "
                "review is counted from the final internal denial. This date is the safe, "
                "earlier one."
            )
        found.append(
            _deadline(
                title,
                rule,
                rule.received(appeal.decided_on),
                denial,
                done=next_level in levels,
                note=note,
            )
        )
    return found


def case_deadlines(timeline):
    """Every deadline of a case, nearest first."""
    family = FAMILY_OF_PLAN.get(timeline.plan_type)
    program = program_for(timeline.plan_type, timeline.state)
    found = []
    for request in timeline.requests:
        found += prior_auth_deadlines(family, request)
    for claim in timeline.claims:
        found += claim_deadlines(family, claim, timeline.timely_filing_days)
    for denial in timeline.denials:
        found += denial_deadlines(family, denial, program)
    return sorted(found, key=lambda d: (d.due, d.title))


def upcoming(deadlines):
    """The deadlines still open, nearest first."""
    return [d for d in deadlines if not d.done]


@dataclass(frozen=True)
class RulesSummary:
    name: str | None
    rules: tuple[Rule, ...]
    notes: tuple[RuleNote, ...]


def rules_summary(plan_type):
    """Which appeal rules apply to a plan type; name None when our sources don't cover it."""
    family = FAMILY_OF_PLAN.get(plan_type)
    if family is None:
        return RulesSummary(None, (), ())
    return RulesSummary(
        FAMILY_NAMES[family],
        tuple(r for r in RULES if r.family == family),
        tuple(n for n in RULE_NOTES if n.family == family),
    )


def appeal_decision_rule(plan_type, pre_service, expedited, part_b_drug=False):
    """The rule for how soon the plan must decide an internal appeal, or None if unknown."""
    return _decision_rule(FAMILY_OF_PLAN.get(plan_type), pre_service, expedited, part_b_drug)


def _decision_rule(family, pre_service, expedited, part_b_drug):
    if expedited:
        return RULE.get((family, "appeal_decision_urgent"))
    if not pre_service:
        return RULE.get((family, "appeal_decision_post"))
    if part_b_drug and (family, "appeal_decision_part_b_drug") in RULE:
        return RULE[(family, "appeal_decision_part_b_drug")]
    return RULE.get((family, "appeal_decision_pre"))


def external_decision_rule(plan_type, expedited):
    family = FAMILY_OF_PLAN.get(plan_type)
    return RULE.get((family, "external_decision_urgent" if expedited else "external_decision"))


# The filing deadlines an appeal letter answers: every level but external review and the state
# fair hearing, which are asked of other forums.
APPEAL_LETTER_EVENTS = frozenset(
    {"file_appeal", "file_reconsideration", "file_alj", "file_council", "file_court"}
)
EXTERNAL_REVIEW_EVENT = "file_external"


def has_external_review(plan_type):
    """Whether an independent external review follows the plan's internal appeals: group and
    individual plans (Medicaid's next level is the state fair hearing; Medicare's, its own)."""
    return FAMILY_OF_PLAN.get(plan_type) in ("group", "individual")


def filing_deadline(deadlines, ref, events):
    """The first open deadline the patient owns for `ref` whose event is one of `events`; when
    all are met, the last of them (the one the latest request answered)."""
    found = [d for d in deadlines if d.ref == ref and d.who == "you" and d.event in events]
    return next((d for d in found if not d.done), found[-1] if found else None)
