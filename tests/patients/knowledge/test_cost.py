"""Out-of-pocket estimates, from a table."""

from decimal import Decimal

import pytest

from patients.knowledge.aid import AidFacts, CostInputs, aid_options, estimate_cost

M = Decimal

ROWS = [
    # (inputs, you pay, plan pays, why)
    (CostInputs(M(600), 6), M("3600.00"), M("0.00"), "not covered: the whole price"),
    (
        CostInputs(M(600), 6, covered=True, deductible_left=M(0), coinsurance_percent=20),
        M("720.00"),
        M("2880.00"),
        "deductible met: 20% coinsurance",
    ),
    (
        CostInputs(M(600), 6, covered=True, deductible_left=M(900), coinsurance_percent=30),
        M("1710.00"),
        M("1890.00"),
        "deductible partly met: $900 left, then 30% of $2,700",
    ),
    (
        CostInputs(M(600), 6, covered=True, deductible_left=M(5000), coinsurance_percent=30),
        M("3600.00"),
        M("0.00"),
        "deductible larger than the whole series",
    ),
    (
        CostInputs(
            M(650),
            6,
            covered=True,
            allowed_per_session=M(450),
            deductible_left=M(900),
            coinsurance_percent=30,
        ),
        M("2640.00"),
        M("1260.00"),
        "out of network: $1,200 above allowed + $900 deductible + 30% of $1,800",
    ),
    (
        CostInputs(
            M(600),
            6,
            covered=True,
            deductible_left=M(1500),
            coinsurance_percent=50,
            out_of_pocket_left=M(2000),
        ),
        M("2000.00"),
        M("1600.00"),
        "capped by the out-of-pocket maximum left",
    ),
    (
        CostInputs(
            M("499.99"), 3, covered=True, deductible_left=M("100.01"), coinsurance_percent=15
        ),
        M("310.00"),
        M("1189.97"),
        "cents round half up",
    ),
    (
        CostInputs(M(600), 6, covered=True, allowed_per_session=M(800), coinsurance_percent=10),
        M("360.00"),
        M("3240.00"),
        "an allowed amount above the price is capped at the price",
    ),
]


@pytest.mark.parametrize(
    ("inputs", "you_pay", "plan_pays", "why"), ROWS, ids=[row[3] for row in ROWS]
)
def test_cost_estimate(inputs, you_pay, plan_pays, why):
    estimate = estimate_cost(inputs)
    assert (estimate.you_pay, estimate.plan_pays) == (you_pay, plan_pays)
    assert estimate.you_pay + estimate.plan_pays == estimate.total_price


@pytest.mark.parametrize(
    ("facts", "present", "absent"),
    [
        (
            AidFacts("esketamine", "employer_self_funded", "NY", "hsa"),
            {"hsa_fsa", "spravato_withme", "payment_plan"},
            {"va", "spravato_withme_no"},
        ),
        (
            AidFacts("esketamine", "medicare", "NY", "none"),
            {"spravato_withme_no"},
            {"spravato_withme", "hsa_fsa"},
        ),
        (
            AidFacts("esketamine", "tricare", "NY", "", True),
            {"va", "heroic_hearts", "spravato_withme_no"},
            set(),
        ),
        (
            AidFacts("iv_ketamine", "marketplace", "TX", "fsa"),
            {"hsa_fsa", "krf"},
            {"spravato_withme", "spravato_withme_no", "va"},
        ),
    ],
)
def test_aid_options_that_fit(facts, present, absent):
    keys = {o.key for o in aid_options(facts)}
    assert present <= keys and not (absent & keys)


def test_savings_observation_part_not_offered_in_four_states():
    text = next(
        o.text
        for o in aid_options(AidFacts("esketamine", "marketplace", "MA"))
        if o.key == "spravato_withme"
    )
    assert "not offered to residents of your state" in text


def test_veteran_programs_say_plainly_which_do_not_fund_ketamine():
    options = {o.key: o for o in aid_options(AidFacts("iv_ketamine", "va", "", "", True))}
    assert "not ketamine" in options["heroic_hearts"].text
    assert "not for ketamine in the US" in options["vets"].text
    assert "ketamine-assisted psychotherapy" in options["once_a_soldier"].text
    assert "Medi-Cal or Medicare" in options["krf"].text
    assert all(o.source is None or o.source.url.startswith("https://") for o in options.values())
