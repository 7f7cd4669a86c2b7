"""Coverage criteria sets, and which of them a patient's history meets, item by item."""

from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal

from .criteria_sets import (
    AUGMENTATION_CLASSES,
    CRITERIA_SETS,
    CriteriaSet,
    policy_gap,
)
from .drugs import find_antidepressant, find_other_drug

MET, NOT_MET, UNKNOWN = "met", "not_met", "unknown"
FAILED_OUTCOMES = {"no_response", "partial", "intolerable"}
ANTIDEPRESSANT_CLASSES = {"ssri", "snri", "tca", "maoi", "atypical", "modulator"}
SEVERITY_SCALES = {"PHQ9", "MADRS", "HAMD", "QIDS", "BDI"}
CLINICIAN_SCALES = {"MADRS", "HAMD"}  # rated by a clinician; the others are self-rated
CLASS_NAMES = {
    "ssri": "SSRIs",
    "snri": "SNRIs",
    "tca": "tricyclics",
    "maoi": "MAOIs",
    "atypical": "atypical antidepressants",
    "modulator": "serotonin modulators",
}


@dataclass(frozen=True)
class Trial:
    """A prior treatment as plain values."""

    kind: str
    name: str
    drug_class: str = ""
    dose_mg_per_day: Decimal | None = None
    started_on: date | None = None
    ended_on: date | None = None
    outcome: str = ""
    improvement_percent: int | None = None


@dataclass(frozen=True)
class ClinicalFacts:
    today: date
    date_of_birth: date | None = None
    diagnosis_codes: tuple[str, ...] = ()
    scores: tuple[tuple[str, int, date], ...] = ()  # (scale, score, taken on)
    episode_started_on: date | None = None
    trials: tuple[Trial, ...] = ()
    prescriber_is_psychiatrist: str = ""  # "yes", "no", "unknown" or ""


@dataclass(frozen=True)
class Finding:
    label: str
    status: str
    why: str


@dataclass(frozen=True)
class CriteriaResult:
    criteria: CriteriaSet
    findings: tuple[Finding, ...]
    gap: str = ""  # the payer's own criteria we could not find, said plainly

    @property
    def status(self):
        statuses = {f.status for f in self.findings}
        if NOT_MET in statuses:
            return NOT_MET
        return UNKNOWN if UNKNOWN in statuses else MET


def applicable_criteria(treatment, insurer="", state="", plan_type=""):
    """The criteria sets that apply to this treatment, insurer, state and plan type."""
    insurer = insurer.lower()
    return [
        c
        for c in CRITERIA_SETS
        if treatment in c.treatments
        and (not c.insurer_words or any(w in insurer for w in c.insurer_words))
        and (not c.states or state in c.states)
        and (not c.plan_types or plan_type in c.plan_types)
    ]


@dataclass(frozen=True)
class TrialAssessment:
    trial: Trial
    drug_class: str
    counts: bool | None  # True: an adequate failed trial; None: can't tell yet
    notes: tuple[str, ...] = field(default=())


def assess_trial(trial, criteria, facts):
    """Whether one medication trial counts towards the criteria, and why not if it doesn't."""
    drug = find_antidepressant(trial.name)
    drug_class = trial.drug_class or (drug.drug_class if drug else "")
    name = trial.name
    other = None if drug else find_other_drug(name)
    if other:
        return TrialAssessment(
            trial,
            other.augmenting or "not_antidepressant",
            False,
            (
                f"{name} is {other.kind}, not an antidepressant: it doesn't count as an "
                "antidepressant trial.",
            ),
        )
    notes, unknown, fails = [], False, False
    if trial.outcome not in FAILED_OUTCOMES:
        fails = True
        notes.append(
            f"{name}: only trials that did not work count (outcome: "
            f"{trial.outcome or 'not recorded'})."
        )
    elif trial.outcome == "partial" and criteria.max_improvement is not None:
        limit = criteria.max_improvement
        if trial.improvement_percent is None:
            unknown = True
            notes.append(
                f"{name}: a partial response counts only if you improved {limit}% or less; add "
                "how much better you got (your prescriber can tell from your scores)."
            )
        elif trial.improvement_percent > limit:
            fails = True
            notes.append(
                f"{name}: {trial.improvement_percent}% better is a response under this policy; "
                f"it counts as failed only at {limit}% or less."
            )
    if drug is None:
        unknown = True
        notes.append(
            f"{name}: we don't know this drug's minimum adequate dose; ask your "
            "prescriber to state that the dose was adequate."
        )
    elif trial.dose_mg_per_day is None:
        unknown = True
        notes.append(f"{name}: add the highest daily dose.")
    elif trial.dose_mg_per_day < drug.min_daily_mg:
        fails = True
        notes.append(
            f"{name} {trial.dose_mg_per_day.normalize():f} mg is under the "
            f"{drug.min_daily_mg.normalize():f} mg minimum adequate daily dose."
        )
    if trial.started_on is None:
        unknown = True
        notes.append(f"{name}: add when you started it.")
    else:
        days = ((trial.ended_on or facts.today) - trial.started_on).days
        if days < criteria.min_weeks * 7:
            fails = True
            notes.append(
                f"{name}: {days // 7} weeks{f' {days % 7} days' if days % 7 else ''}, "
                f"under the {criteria.min_weeks} weeks required."
            )
    if facts.episode_started_on is None:
        unknown = True
    elif trial.ended_on and trial.ended_on < facts.episode_started_on:
        fails = True
        notes.append(
            f"{name} ended before this episode began "
            f"({facts.episode_started_on:%b %-d, %Y}): it was a previous episode."
        )
    counts = False if fails else (None if unknown else True)
    return TrialAssessment(trial, drug_class, counts, tuple(notes))


def _trials_finding(criteria, facts):
    classes_needed = criteria.min_classes or criteria.min_trials
    from_classes = f"at least {classes_needed}" if criteria.min_classes else "different"
    label = (
        f"At least {criteria.min_trials} adequate antidepressant trials that failed"
        + (f", from {from_classes} classes" if criteria.distinct_classes else "")
        + f" (each at least {criteria.min_weeks} weeks, in this episode)"
    )
    medications = [t for t in facts.trials if t.kind == "medication"]
    assessed = [assess_trial(t, criteria, facts) for t in medications]
    assessed = [a for a in assessed if a.drug_class not in AUGMENTATION_CLASSES]
    counting = [a for a in assessed if a.counts]
    maybe = [a for a in assessed if a.counts is None]
    notes = [n for a in assessed for n in a.notes]
    if facts.episode_started_on is None:
        notes.append(
            "Add when this episode of depression began (step 2): only trials in the "
            "current episode count."
        )
    names = ", ".join(a.trial.name for a in counting) or "none yet"
    enough = len(counting) >= criteria.min_trials
    classes = {a.drug_class for a in counting}
    if enough and criteria.distinct_classes and len(classes) < classes_needed:
        only = CLASS_NAMES.get(next(iter(classes)), "one class") if len(classes) == 1 else ""
        why = (
            f"{len(counting)} adequate trials ({names}), but "
            + (f"all {only}" if only else f"only {len(classes)} classes")
            + f": this plan requires {classes_needed} different classes."
        )
        could = len(classes | {a.drug_class for a in maybe}) >= classes_needed
        return Finding(label, UNKNOWN if could else NOT_MET, " ".join([why, *notes]))
    if enough:
        return Finding(label, MET, f"{len(counting)} adequate failed trials: {names}.")
    status = UNKNOWN if len(counting) + len(maybe) >= criteria.min_trials else NOT_MET
    why = f"{len(counting)} of {criteria.min_trials} adequate failed trials so far ({names})."
    if maybe:
        why += (
            f" {len(maybe)} more could count once the details below are filled in: "
            f"{', '.join(a.trial.name for a in maybe)}."
        )
    return Finding(label, status, " ".join([why, *notes]))


def _augmentation_class(trial):
    other = find_other_drug(trial.name)
    if trial.drug_class in AUGMENTATION_CLASSES:
        return trial.drug_class
    return other.augmenting if other else ""


def _augmentation_finding(criteria, facts):
    second_agent = "second agent" in criteria.augmentation
    label = "An augmentation trial (" + (
        "a second agent added to an antidepressant)"
        if second_agent
        else "an antipsychotic or lithium added)"
    )
    tried = [t.name for t in facts.trials if _augmentation_class(t) in criteria.augmentation]
    if tried:
        return Finding(label, MET, f"Tried: {', '.join(tried)}.")
    others = [t.name for t in facts.trials if _augmentation_class(t) == "second agent"]
    if others:
        return Finding(
            label,
            NOT_MET,
            f"{', '.join(others)}: this policy names an antipsychotic or lithium as augmentation "
            "(step 3).",
        )
    return Finding(label, NOT_MET, "No augmentation trial recorded (step 3).")


def _age(born, today):
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


SUICIDAL_IDEATION_CODES = ("R45.851",)  # ICD-10-CM: suicidal ideations


def _alternate_path(criteria, facts):
    """The finding that stands in for the trials, when the policy has such a path and the
    case takes it; else None."""
    if criteria.alternate != "suicidal_ideation":
        return None
    mdd = any(c[:3] in ("F32", "F33") and c != "F32.A" for c in facts.diagnosis_codes)
    ideation = any(c.startswith(SUICIDAL_IDEATION_CODES) for c in facts.diagnosis_codes)
    if mdd and ideation:
        return Finding(
            "Major depression with acute suicidal thoughts or behavior (this policy's other "
            "path, in place of the trials)",
            MET,
            "Suicidal ideation (R45.851) is recorded with major depression: the trials are not "
            "required on this path.",
        )
    return None


def _threshold_finding(criteria, facts):
    accepted = " or ".join(f"{scale} {least} or more" for scale, least in criteria.thresholds)
    label = f"Severity on a clinician-rated scale: {accepted}"
    wanted = dict(criteria.thresholds)
    rated = sorted((s for s in facts.scores if s[0] in wanted), key=lambda s: s[2])
    if not rated:
        return Finding(
            label,
            NOT_MET,
            f"No {' or '.join(wanted)} score recorded: ask your prescriber to rate one (step 2).",
        )
    scale, score, taken = rated[-1]
    if score >= wanted[scale]:
        return Finding(label, MET, f"{scale} {score} on {taken:%b %-d, %Y}.")
    return Finding(
        label,
        NOT_MET,
        f"{scale} {score} on {taken:%b %-d, %Y} is under this policy's {wanted[scale]}.",
    )


def _check(name, criteria, facts):
    if name == "trials":
        return _alternate_path(criteria, facts) or _trials_finding(criteria, facts)
    if name == "clinician_threshold":
        return _threshold_finding(criteria, facts)
    if name == "adult":
        label = "The patient is an adult (18 or older)"
        if facts.date_of_birth is None:
            return Finding(label, UNKNOWN, "Add the patient's date of birth (step 1).")
        age = _age(facts.date_of_birth, facts.today)
        return Finding(label, MET if age >= 18 else NOT_MET, f"Age {age}.")
    if name == "mdd":
        label = "A diagnosis of major depressive disorder (ICD-10-CM F32 or F33)"
        mdd = [c for c in facts.diagnosis_codes if c[:3] in ("F32", "F33") and c != "F32.A"]
        if mdd:
            return Finding(label, MET, f"Diagnosed: {', '.join(mdd)}.")
        if "F32.A" in facts.diagnosis_codes:
            return Finding(
                label,
                NOT_MET,
                "F32.A (depression, unspecified) is not a major "
                "depressive disorder code: ask your clinician for a specific F32 or "
                "F33 code.",
            )
        return Finding(label, NOT_MET, "No F32 or F33 diagnosis recorded yet (step 2).")
    if name == "severity":
        label = "Severity documented on a standard scale, with its date"
        scored = sorted((s for s in facts.scores if s[0] in SEVERITY_SCALES), key=lambda s: s[2])
        if not scored:
            return Finding(
                label,
                NOT_MET,
                "Add a PHQ-9, MADRS, HAM-D, QIDS or BDI score with its date (step 2).",
            )
        scale, score, taken = scored[-1]
        return Finding(label, MET, f"Latest: {scale} {score} on {taken:%b %-d, %Y}.")
    if name == "clinician_scale":
        label = "A baseline on a clinician-rated scale (MADRS or HAM-D 17)"
        rated = sorted((s for s in facts.scores if s[0] in CLINICIAN_SCALES), key=lambda s: s[2])
        if not rated:
            return Finding(
                label,
                NOT_MET,
                "Self-rated scores (like the PHQ-9) don't meet this: ask your prescriber to "
                "rate a MADRS or HAM-D 17 and record it with its date (step 2).",
            )
        scale, score, taken = rated[0]
        return Finding(label, MET, f"{scale} {score} on {taken:%b %-d, %Y}.")
    if name == "augmentation":
        return _augmentation_finding(criteria, facts)
    if name == "psychiatrist":
        label = "Prescribed by or with a psychiatrist"
        answer = facts.prescriber_is_psychiatrist
        if answer == "yes":
            return Finding(label, MET, "The prescriber is a psychiatrist.")
        if answer == "no":
            return Finding(label, NOT_MET, "Ask a psychiatrist to prescribe or co-sign.")
        return Finding(label, UNKNOWN, "Say whether the prescriber is a psychiatrist (step 5).")
    confirm = {
        "structured_interview": (
            "The diagnosis was made by a structured clinical interview (the SCID for DSM-5)",
            "Ask your prescriber to note in your records how the diagnosis was made.",
        ),
        "rems": (
            "The clinic and patient are enrolled in the Spravato REMS",
            "Ask the clinic: esketamine is given only in a REMS-certified setting.",
        ),
        "pdmp": (
            "The prescriber checked the state prescription-monitoring program (PDMP)",
            "Ask the prescriber to note the PDMP check in your records.",
        ),
        "oral_antidepressant": (
            "Taken with an oral antidepressant",
            "Some plans still require this; others dropped it after the "
            "January 2025 monotherapy approval. Check your plan's policy.",
        ),
    }
    label, why = confirm[name]
    return Finding(label, UNKNOWN, why)


def evaluate(criteria, facts):
    """Each item of a criteria set, met or not, with the reason."""
    return CriteriaResult(
        criteria, tuple(_check(name, criteria, facts) for name in criteria.checks)
    )


def chosen_criteria(treatment, insurer="", state="", choice="", plan_type=""):
    """The one set a case is checked against: the patient's choice of their plan's policy, else
    the first payer policy that matches the plan, else the general definition."""
    by_key = {c.key: c for c in CRITERIA_SETS if treatment in c.treatments}
    if choice in by_key:
        return by_key[choice]
    found = applicable_criteria(treatment, insurer, state, plan_type)
    payer = [c for c in found if c.insurer_words or c.plan_types]
    return payer[0] if payer else by_key.get("general-trd")


def evaluate_all(facts, treatment, insurer="", state="", choice="", plan_type=""):
    chosen = chosen_criteria(treatment, insurer, state, choice, plan_type)
    if not chosen:
        return []
    result = evaluate(chosen, facts)
    if chosen.key == "general-trd":
        result = replace(result, gap=policy_gap(treatment, insurer))
    return [result]
