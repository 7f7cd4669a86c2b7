"""Criteria checks from a table, with the near misses insurers deny on."""

from datetime import date, timedelta
from decimal import Decimal

import pytest

from patients.knowledge.criteria import (
    CRITERIA_SETS,
    MET,
    NOT_MET,
    UNKNOWN,
    ClinicalFacts,
    Trial,
    applicable_criteria,
    evaluate,
)
from patients.knowledge.drugs import ANTIDEPRESSANTS, find_antidepressant

TODAY = date(2026, 11, 24)
EPISODE = date(2025, 1, 1)
SETS = {c.key: c for c in CRITERIA_SETS}


def med(name, mg, weeks, start=date(2025, 2, 1), outcome="no_response", cls="", better=None):
    end = start + timedelta(weeks=weeks)
    return Trial("medication", name, cls, Decimal(mg), start, end, outcome, better)


def facts(*trials, **changes):
    base = dict(
        today=TODAY,
        date_of_birth=date(1988, 5, 1),
        diagnosis_codes=("F33.2",),
        scores=(("PHQ9", 21, date(2026, 10, 1)),),
        episode_started_on=EPISODE,
        trials=trials,
        prescriber_is_psychiatrist="yes",
    )
    return ClinicalFacts(**{**base, **changes})


SERTRALINE = med("Sertraline", 100, 8)
VENLAFAXINE = med("Venlafaxine XR", 150, 8, start=date(2025, 5, 1))
ESCITALOPRAM = med("Lexapro", 20, 8, start=date(2025, 8, 1))
ARIPIPRAZOLE = Trial(
    "medication",
    "Aripiprazole",
    "antipsychotic",
    Decimal(5),
    date(2025, 9, 1),
    date(2025, 11, 1),
    "no_response",
)
BUPROPION = med("Wellbutrin XL", 300, 7, start=date(2025, 10, 1))
MIRTAZAPINE = med("Mirtazapine", 30, 8, start=date(2025, 11, 1))


def trials_finding(result):
    return next(f for f in result.findings if f.label.startswith("At least"))


ROWS = [
    # (criteria set, facts, expected trials status, words in the reason, why)
    (
        "general-trd",
        facts(SERTRALINE, VENLAFAXINE),
        MET,
        "2 adequate failed trials",
        "two adequate failed trials of different drugs",
    ),
    (
        "general-trd",
        facts(SERTRALINE, med("Fluoxetine", 20, 5, start=date(2025, 5, 1))),
        NOT_MET,
        "5 weeks, under the 6 weeks",
        "near miss: 5 weeks instead of 6",
    ),
    (
        "general-trd",
        facts(SERTRALINE, med("Venlafaxine", 74, 8, start=date(2025, 5, 1))),
        NOT_MET,
        "74 mg is under the 75 mg",
        "near miss: dose just under the minimum",
    ),
    (
        "general-trd",
        facts(SERTRALINE, med("Venlafaxine", 75, 6, start=date(2025, 5, 1))),
        MET,
        "2 adequate",
        "exactly the minimum dose and exactly 6 weeks count",
    ),
    (
        "general-trd",
        facts(SERTRALINE, med("Citalopram", 40, 10, start=date(2024, 1, 1))),
        NOT_MET,
        "previous episode",
        "near miss: a trial in a previous episode",
    ),
    (
        "general-trd",
        facts(SERTRALINE, ESCITALOPRAM),
        MET,
        "2 adequate",
        "the general definition does not ask for different classes",
    ),
    (
        "esketamine-common",
        facts(SERTRALINE, ESCITALOPRAM),
        NOT_MET,
        "all SSRIs: this plan requires 2 different classes",
        "near miss: same class twice",
    ),
    (
        "esketamine-common",
        facts(SERTRALINE, ESCITALOPRAM, VENLAFAXINE),
        MET,
        "3 adequate",
        "a third trial from another class fixes it",
    ),
    (
        "esketamine-common",
        facts(SERTRALINE, med("Venlafaxine", 150, 8, outcome="ongoing", start=date(2025, 5, 1))),
        NOT_MET,
        "only trials that did not work count",
        "a trial still going has not failed",
    ),
    (
        "esketamine-common",
        facts(SERTRALINE, med("Zuranolone", 50, 8, start=date(2025, 5, 1), cls="other")),
        UNKNOWN,
        "don't know this drug's minimum adequate dose",
        "unknown drug: can't tell, not a no",
    ),
    (
        "general-trd",
        facts(SERTRALINE, VENLAFAXINE, episode_started_on=None),
        UNKNOWN,
        "Add when this episode of depression began",
        "episode start missing: can't tell",
    ),
    (
        "general-trd",
        facts(SERTRALINE, ARIPIPRAZOLE),
        NOT_MET,
        "1 of 2",
        "augmentation is not an antidepressant trial",
    ),
    (
        "general-trd",
        facts(med("Sertraline", 200, 8, outcome="intolerable"), VENLAFAXINE),
        MET,
        "2 adequate",
        "a trial stopped for side effects after an adequate course counts as failed",
    ),
    (
        "cigna-esketamine",
        facts(SERTRALINE, VENLAFAXINE),
        MET,
        "2 adequate",
        "Cigna: two classes, 6 weeks (unverified set)",
    ),
    (
        "cigna-esketamine",
        facts(SERTRALINE, med("Paxil", 20, 5, start=date(2025, 5, 1))),
        NOT_MET,
        "5 weeks",
        "Cigna near miss: 5 weeks",
    ),
    (
        "bcbsnd-esketamine-3",
        facts(SERTRALINE, VENLAFAXINE),
        NOT_MET,
        "2 of 3",
        "BCBS ND three-trial version needs a third",
    ),
    (
        "bcbsnd-esketamine-3",
        facts(SERTRALINE, VENLAFAXINE, BUPROPION, ARIPIPRAZOLE),
        MET,
        "3 adequate",
        "BCBS ND three-trial version met",
    ),
    (
        "bcbsnd-esketamine-2",
        facts(SERTRALINE, VENLAFAXINE),
        MET,
        "2 adequate",
        "BCBS ND two-trial version met",
    ),
    (
        "bcbsma-087",
        facts(SERTRALINE, VENLAFAXINE),
        NOT_MET,
        "2 of 4 adequate",
        "BCBS MA 087 asks for four antidepressants: two is a near miss",
    ),
    (
        "bcbsma-087",
        facts(med("Sertraline", 25, 12), VENLAFAXINE),
        NOT_MET,
        "25 mg is under the 50 mg",
        "BCBS MA near miss: sertraline 25 mg",
    ),
    (
        "bcbsma-087",
        facts(SERTRALINE, ESCITALOPRAM, VENLAFAXINE, MIRTAZAPINE),
        MET,
        "4 adequate failed trials",
        "BCBS MA: four antidepressants from three classes (two are enough)",
    ),
    (
        "bcbsma-087",
        facts(
            SERTRALINE,
            ESCITALOPRAM,
            med("Paxil", 40, 8, start=date(2025, 10, 1)),
            med("Fluoxetine", 40, 8, start=date(2025, 12, 1)),
        ),
        NOT_MET,
        "all SSRIs: this plan requires 2 different classes",
        "BCBS MA near miss: four SSRIs",
    ),
]


@pytest.mark.parametrize(
    ("key", "facts", "status", "words", "why"), ROWS, ids=[row[4] for row in ROWS]
)
def test_trials_criterion(key, facts, status, words, why):
    finding = trials_finding(evaluate(SETS[key], facts))
    assert finding.status == status, finding.why
    assert words in finding.why


@pytest.mark.parametrize(
    ("check", "changes", "status", "words"),
    [
        ("adult", {}, MET, "Age 38"),
        ("adult", {"date_of_birth": date(2008, 11, 25)}, NOT_MET, "Age 17"),
        ("adult", {"date_of_birth": date(2008, 11, 24)}, MET, "Age 18"),
        ("adult", {"date_of_birth": None}, UNKNOWN, "date of birth"),
        ("mdd", {"diagnosis_codes": ("F41.1",)}, NOT_MET, "No F32 or F33"),
        ("mdd", {"diagnosis_codes": ("F32.A",)}, NOT_MET, "not a major depressive disorder"),
        ("mdd", {"diagnosis_codes": ("F32.1", "F41.1")}, MET, "F32.1"),
        ("severity", {"scores": (("GAD7", 12, date(2026, 1, 1)),)}, NOT_MET, "PHQ-9"),
        ("severity", {}, MET, "PHQ9 21 on Oct 1, 2026"),
        ("psychiatrist", {"prescriber_is_psychiatrist": "no"}, NOT_MET, "psychiatrist"),
        ("psychiatrist", {"prescriber_is_psychiatrist": ""}, UNKNOWN, "step 5"),
        ("rems", {}, UNKNOWN, "REMS"),
    ],
)
def test_esketamine_checklist_items(check, changes, status, words):
    result = evaluate(SETS["esketamine-common"], facts(SERTRALINE, VENLAFAXINE, **changes))
    labels = {
        "adult": "adult",
        "mdd": "major depressive",
        "severity": "Severity",
        "psychiatrist": "psychiatrist",
        "rems": "REMS",
    }
    finding = next(f for f in result.findings if labels[check] in f.label)
    assert finding.status == status
    assert words in finding.why


@pytest.mark.parametrize(
    ("treatment", "insurer", "state", "expected"),
    [
        ("iv_ketamine", "Acme", "NY", {"general-trd"}),
        ("esketamine", "Acme", "NY", {"general-trd", "esketamine-common", "spravato-label"}),
        (
            "esketamine",
            "Cigna",
            "TX",
            {"general-trd", "esketamine-common", "spravato-label", "cigna-esketamine"},
        ),
        ("iv_ketamine", "Blue Cross Blue Shield", "MA", {"general-trd", "bcbsma-087"}),
        (
            "esketamine",
            "Blue Cross Blue Shield",
            "MA",
            {"general-trd", "esketamine-common", "spravato-label", "bcbsma-087"},
        ),
        (
            "esketamine",
            "BCBS of North Dakota",
            "ND",
            {
                "general-trd",
                "esketamine-common",
                "spravato-label",
                "bcbsnd-esketamine-3",
                "bcbsnd-esketamine-2",
            },
        ),
    ],
)
def test_which_criteria_apply(treatment, insurer, state, expected):
    assert {c.key for c in applicable_criteria(treatment, insurer, state)} == expected


@pytest.mark.parametrize(
    ("insurer", "state", "plan_type", "payer_set"),
    [
        ("Humana Military", "NC", "tricare", "tricare-esketamine"),
        ("Humana Military", "NC", "employer_self_funded", None),  # the name alone isn't TRICARE
        ("Superior HealthPlan", "TX", "medicaid", "texas-medicaid-esketamine"),
        ("Superior HealthPlan", "OH", "medicaid", None),  # another state's Medicaid
        ("Superior HealthPlan", "TX", "marketplace", None),  # Texas, but not Medicaid
    ],
)
def test_plan_type_and_state_choose_government_sets(insurer, state, plan_type, payer_set):
    from patients.knowledge.criteria import chosen_criteria

    chosen = chosen_criteria("esketamine", insurer, state, plan_type=plan_type)
    assert chosen.key == (payer_set or "general-trd")
    assert not chosen.verified or chosen.key == "general-trd"


@pytest.mark.parametrize(
    ("insurer", "treatment", "gap"),
    [
        ("Aetna", "esketamine", "haven't found Aetna's published criteria for esketamine"),
        ("Aetna", "iv_ketamine", ""),  # its ketamine bulletin is read and cited elsewhere
        ("Cigna", "esketamine", ""),  # a set of its own
        ("Acme", "esketamine", ""),
    ],
)
def test_a_payer_whose_criteria_we_could_not_read_is_said_plainly(insurer, treatment, gap):
    from patients.knowledge.criteria import evaluate_all

    (result,) = evaluate_all(facts(SERTRALINE), treatment, insurer, "NY")
    assert (gap in result.gap) if gap else result.gap == ""
    assert gap == "" or result.criteria.key == "general-trd"


def test_unverified_payer_sets_are_marked():
    assert not SETS["cigna-esketamine"].verified
    assert not SETS["bcbsnd-esketamine-3"].verified
    assert SETS["general-trd"].verified


@pytest.mark.parametrize(
    ("typed", "name"),
    [
        ("Zoloft", "sertraline"),
        ("sertraline HCl", "sertraline"),
        ("Effexor XR", "venlafaxine"),
        ("wellbutrin-xl", "bupropion"),
        ("Aspirin", None),
    ],
)
def test_drug_names_are_recognized(typed, name):
    drug = find_antidepressant(typed)
    assert (drug.name if drug else None) == name


def test_every_antidepressant_has_a_class_a_dose_and_a_source():
    for drug in ANTIDEPRESSANTS:
        assert drug.drug_class and drug.min_daily_mg > 0 and drug.source.title


LORAZEPAM = med("Lorazepam", 2, 10)
GABAPENTIN = med("Gabapentin", 900, 10, start=date(2025, 3, 1))
ZOLPIDEM = med("Ambien", 10, 10, start=date(2025, 4, 1))
LAMOTRIGINE = med("Lamotrigine", 100, 8, start=date(2025, 9, 1))


@pytest.mark.parametrize("trial", [LORAZEPAM, GABAPENTIN, ZOLPIDEM, LAMOTRIGINE])
def test_drugs_that_are_not_antidepressants_never_count_as_a_trial(trial):
    finding = trials_finding(evaluate(SETS["general-trd"], facts(SERTRALINE, trial)))
    assert finding.status == NOT_MET  # one real trial; the other never "could count"
    assert "not an antidepressant" in finding.why
    assert "could count" not in finding.why


@pytest.mark.parametrize(
    ("key", "trial", "status"),
    [
        ("bcbsnd-esketamine-3", ARIPIPRAZOLE, MET),  # an antipsychotic added
        ("bcbsnd-esketamine-3", LAMOTRIGINE, MET),  # "a second agent": lamotrigine counts
        ("bcbsnd-esketamine-3", LORAZEPAM, NOT_MET),  # a benzodiazepine is no augmentation
    ],
)
def test_augmentation_follows_the_policys_wording(key, trial, status):
    result = evaluate(SETS[key], facts(SERTRALINE, VENLAFAXINE, ESCITALOPRAM, trial))
    finding = next(f for f in result.findings if f.label.startswith("An augmentation"))
    assert finding.status == status
    assert "second agent" in finding.label


def test_a_policy_naming_antipsychotics_does_not_take_lamotrigine():
    from dataclasses import replace

    from patients.knowledge.criteria_sets import USUAL_AUGMENTATION

    usual = replace(SETS["bcbsnd-esketamine-3"], augmentation=USUAL_AUGMENTATION)
    result = evaluate(usual, facts(SERTRALINE, VENLAFAXINE, ESCITALOPRAM, LAMOTRIGINE))
    finding = next(f for f in result.findings if f.label.startswith("An augmentation"))
    assert finding.status == NOT_MET
    assert "Lamotrigine: this policy names an antipsychotic or lithium" in finding.why


@pytest.mark.parametrize(
    ("treatment", "insurer", "state", "choice", "expected"),
    [
        ("iv_ketamine", "Acme", "NY", "", "general-trd"),  # no payer policy: the general one
        ("esketamine", "Acme", "NY", "", "general-trd"),
        ("esketamine", "Cigna", "TX", "", "cigna-esketamine"),
        ("esketamine", "BCBS", "ND", "", "bcbsnd-esketamine-2"),  # the later version first
        ("esketamine", "BCBS", "ND", "bcbsnd-esketamine-3", "bcbsnd-esketamine-3"),
        ("iv_ketamine", "Blue Cross", "MA", "", "bcbsma-087"),
        ("esketamine", "Acme", "NY", "cigna-esketamine", "cigna-esketamine"),  # the patient's pick
        ("iv_ketamine", "Acme", "NY", "cigna-esketamine", "general-trd"),  # not for this drug
    ],
)
def test_one_set_is_chosen_from_the_plan_or_the_patients_pick(
    treatment, insurer, state, choice, expected
):
    from patients.knowledge.criteria import chosen_criteria, evaluate_all

    assert chosen_criteria(treatment, insurer, state, choice).key == expected
    results = evaluate_all(facts(SERTRALINE), treatment, insurer, state, choice)
    assert [r.criteria.key for r in results] == [expected]


@pytest.mark.parametrize(
    ("scores", "status"),
    [
        ((("PHQ9", 21, date(2026, 10, 1)),), NOT_MET),  # self-rated: a near miss
        ((("MADRS", 32, date(2026, 9, 1)),), MET),
        ((("HAMD", 22, date(2026, 9, 1)), ("PHQ9", 21, date(2026, 10, 1))), MET),
    ],
)
def test_unitedhealthcare_asks_for_a_clinician_rated_baseline(scores, status):
    result = evaluate(SETS["uhc-esketamine"], facts(SERTRALINE, VENLAFAXINE, scores=scores))
    finding = next(f for f in result.findings if "clinician-rated" in f.label)
    assert finding.status == status


@pytest.mark.parametrize(
    ("scores", "status", "words"),
    [
        ((("MADRS", 28, date(2026, 9, 1)),), MET, "MADRS 28"),
        ((("MADRS", 27, date(2026, 9, 1)),), NOT_MET, "under this policy's 28"),  # near miss
        ((("HAMD", 17, date(2026, 9, 1)),), MET, "HAMD 17"),
        ((("HAMD", 16, date(2026, 9, 1)),), NOT_MET, "under this policy's 17"),  # near miss
        ((("PHQ9", 27, date(2026, 9, 1)),), NOT_MET, "ask your prescriber"),  # self-rated
    ],
)
def test_bcbs_ma_087_asks_a_clinician_rated_severity(scores, status, words):
    result = evaluate(SETS["bcbsma-087"], facts(SERTRALINE, scores=scores))
    finding = next(f for f in result.findings if f.label.startswith("Severity on a clinician"))
    assert finding.status == status
    assert words in finding.why


def test_bcbs_ma_087_asks_how_the_diagnosis_was_made():
    result = evaluate(SETS["bcbsma-087"], facts(SERTRALINE))
    finding = next(f for f in result.findings if "structured clinical interview" in f.label)
    assert finding.status == UNKNOWN


@pytest.mark.parametrize(
    ("codes", "status"),
    [
        (("F33.2", "R45.851"), MET),  # the suicidal-ideation path: no trials needed
        (("F33.2",), NOT_MET),  # one trial, no ideation: the trials rule applies
        (("F31.4", "R45.851"), NOT_MET),  # ideation without major depression: no path
    ],
)
def test_cigna_has_a_path_for_major_depression_with_suicidal_ideation(codes, status):
    result = evaluate(SETS["cigna-esketamine"], facts(SERTRALINE, diagnosis_codes=codes))
    trials = next(
        f for f in result.findings if f.label.startswith(("At least", "Major depression with"))
    )
    assert trials.status == status


def partial(percent):
    return med("Venlafaxine XR", 150, 8, date(2025, 5, 1), "partial", better=percent)


@pytest.mark.parametrize(
    ("key", "percent", "status", "words"),
    [
        ("cigna-esketamine", 20, MET, "2 adequate failed trials"),
        ("cigna-esketamine", 25, MET, "2 adequate failed trials"),  # the edge counts
        ("cigna-esketamine", 26, NOT_MET, "26% better is a response under this policy"),
        ("cigna-esketamine", None, UNKNOWN, "counts only if you improved 25% or less"),
        ("general-trd", 40, MET, "2 adequate failed trials"),  # no threshold in its wording
    ],
)
def test_a_partial_response_counts_for_cigna_only_at_25_percent_or_less(
    key, percent, status, words
):
    finding = trials_finding(evaluate(SETS[key], facts(SERTRALINE, partial(percent))))
    assert finding.status == status
    assert words in finding.why


CONFIRM_ONLY = {"rems", "pdmp", "oral_antidepressant", "structured_interview"}
MEETS_ALL = facts(
    SERTRALINE,
    VENLAFAXINE,
    BUPROPION,
    MIRTAZAPINE,
    ARIPIPRAZOLE,
    scores=(("MADRS", 32, date(2026, 10, 1)), ("PHQ9", 21, date(2026, 10, 1))),
)
NEAR_MISS = {
    # a check: the one change to the case that makes it fail, just short
    "adult": {"date_of_birth": TODAY.replace(year=TODAY.year - 18) + timedelta(days=1)},
    "mdd": {"diagnosis_codes": ("F32.A",)},
    "trials": {"trials": (SERTRALINE, med("Venlafaxine XR", 150, 5, start=date(2025, 5, 1)))},
    "severity": {"scores": ()},
    "clinician_scale": {"scores": (("PHQ9", 27, date(2026, 10, 1)),)},
    "clinician_threshold": {"scores": (("MADRS", 27, date(2026, 10, 1)),)},
    "psychiatrist": {"prescriber_is_psychiatrist": "no"},
    "augmentation": {"trials": (SERTRALINE, VENLAFAXINE, BUPROPION, MIRTAZAPINE)},
}


@pytest.mark.parametrize(
    ("key", "check"),
    [(c.key, check) for c in CRITERIA_SETS for check in c.checks],
)
def test_every_rule_of_every_set_is_met_by_a_full_case_and_missed_by_a_near_miss(key, check):
    criteria = SETS[key]
    position = criteria.checks.index(check)
    full = evaluate(criteria, MEETS_ALL).findings[position]
    if check in CONFIRM_ONLY:  # nothing in the case can show it: the patient is told whom to ask
        assert full.status == UNKNOWN and full.why
        return
    assert full.status == MET, full.why
    near = evaluate(criteria, facts(**{**MEETS_ALL.__dict__, **NEAR_MISS[check]}))
    missed = near.findings[position]
    assert missed.status == NOT_MET, missed.why
    assert missed.why


def test_payer_sets_say_how_long_an_approval_runs_where_their_source_does():
    assert SETS["bcbsma-087"].renewal == "The first approval is for 28 days."
    assert "six months" in SETS["texas-medicaid-esketamine"].renewal
    assert SETS["cigna-esketamine"].renewal == ""  # not in what we read: the card says so
