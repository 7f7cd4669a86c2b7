"""Ways to pay that fit a case, and an out-of-pocket estimate."""

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from . import sources
from .sources import Source

GOVERNMENT_PLANS = ("medicare", "medicare_advantage", "medicaid", "tricare", "va")
NO_OBSERVATION_SAVINGS_STATES = ("MA", "MI", "MN", "RI")


@dataclass(frozen=True)
class AidOption:
    key: str
    name: str
    text: str
    source: Source
    verified: bool = True


@dataclass(frozen=True)
class AidFacts:
    treatment: str = ""
    plan_type: str = ""
    state: str = ""
    spending_account: str = ""
    is_veteran: bool | None = None


def aid_options(facts):
    """The options that fit this patient, most specific first."""
    options = []
    if facts.spending_account in ("hsa", "fsa", "both"):
        options.append(
            AidOption(
                "hsa_fsa",
                "Your HSA or FSA",
                "Amounts paid for diagnosis, treatment and prescribed drugs are medical care, so "
                "physician-prescribed ketamine therapy is likely eligible. Confirm with your plan "
                "administrator.",
                sources.IRS_502,
            )
        )
    if facts.treatment == "esketamine":
        if facts.plan_type in GOVERNMENT_PLANS:
            options.append(
                AidOption(
                    "spravato_withme_no",
                    "SPRAVATO withMe savings: not for your plan",
                    "The manufacturer's savings program is for commercially insured patients, "
                    "so it can't help with your plan.",
                    sources.SPRAVATO_WITHME,
                )
            )
        else:
            text = (
                "With commercial insurance, the manufacturer's program can lower what you "
                "pay for the medicine, with a yearly limit; a separate rebate helps with the "
                "observation visit. Amounts change: check the program's terms."
            )
            if facts.state in NO_OBSERVATION_SAVINGS_STATES:
                text += (
                    " The part that helps with observation costs is not offered to "
                    "residents of your state."
                )
            options.append(
                AidOption(
                    "spravato_withme", "SPRAVATO withMe savings", text, sources.SPRAVATO_WITHME
                )
            )
    if facts.is_veteran:
        options.append(
            AidOption(
                "va",
                "VA care and community care",
                "Some VA facilities offer ketamine and esketamine. Community care needs a "
                "referral; you qualify when the VA can't offer mental health care within a "
                "30-minute average drive or within 20 days.",
                sources.CFR_17_4040,
            )
        )
        for key, name, text, source in (
            (
                "once_a_soldier",
                "Once A Soldier",
                "Takes applications from veterans for fully covered ketamine-assisted "
                "psychotherapy.",
                sources.ONCE_A_SOLDIER,
            ),
            (
                "vets",
                "VETS (Veterans Exploring Treatment Solutions)",
                "Grants for psychedelic therapy where it is legal, mostly abroad: not for "
                "ketamine in the US.",
                sources.VETS,
            ),
            (
                "heroic_hearts",
                "Heroic Hearts Project",
                "Psychedelic retreats for veterans: not ketamine.",
                sources.HEROIC_HEARTS,
            ),
        ):
            options.append(
                AidOption(key, name, text + " Eligibility varies: read their site.", source)
            )
    options += [
        AidOption(
            "payment_plan",
            "Clinic payment plans and sliding-scale prices",
            "Ask the clinic before you start whether it offers a payment plan, a "
            "sliding-scale price or medical credit.",
            None,
        ),
        AidOption(
            "krf",
            "Ketamine Research Foundation access-to-care fund",
            "Pays part of a reduced fee for 1 to 3 sessions; for now only for patients on "
            "Medi-Cal or Medicare, and your practitioner applies.",
            sources.KRF,
        ),
    ]
    return options


CENT = Decimal("0.01")
COST_SOURCE = (
    sources.HEALTHCARE_GOV_COINSURANCE
)  # deductible first, then the plan's coinsurance share


@dataclass(frozen=True)
class CostInputs:
    price_per_session: Decimal
    sessions: int
    covered: bool = False  # the plan is expected to pay its share
    allowed_per_session: Decimal | None = None  # the plan's allowed amount; the price if unknown
    deductible_left: Decimal = Decimal("0")
    coinsurance_percent: int = 0
    out_of_pocket_left: Decimal | None = None


@dataclass(frozen=True)
class CostEstimate:
    total_price: Decimal
    plan_pays: Decimal
    you_pay: Decimal
    deductible_part: Decimal
    coinsurance_part: Decimal
    above_allowed: Decimal


def estimate_cost(inputs):
    """What the patient pays: the deductible first, then coinsurance of the allowed amount,
    capped by the out-of-pocket maximum left, plus anything the clinic charges above what the
    plan allows. Without coverage the patient pays the whole price."""
    total = (inputs.price_per_session * inputs.sessions).quantize(CENT)
    zero = Decimal("0.00")
    if not inputs.covered:
        return CostEstimate(total, zero, total, zero, zero, zero)
    allowed_each = min(
        inputs.allowed_per_session or inputs.price_per_session, inputs.price_per_session
    )
    allowed = allowed_each * inputs.sessions
    deductible_part = min(max(inputs.deductible_left, Decimal(0)), allowed)
    coinsurance_part = (allowed - deductible_part) * Decimal(inputs.coinsurance_percent) / 100
    share = deductible_part + coinsurance_part
    if inputs.out_of_pocket_left is not None and share > inputs.out_of_pocket_left:
        share = max(inputs.out_of_pocket_left, Decimal(0))
        coinsurance_part = max(share - deductible_part, Decimal(0))
        deductible_part = min(deductible_part, share)
    above = total - allowed
    plan_pays = allowed - share
    q = lambda v: Decimal(v).quantize(CENT, rounding=ROUND_HALF_UP)  # noqa: E731
    return CostEstimate(
        total, q(plan_pays), q(share + above), q(deductible_part), q(coinsurance_part), q(above)
    )
