"""Antidepressants: class and the minimum daily dose that makes a trial adequate; and the drugs
often taken alongside them that never count as an antidepressant trial."""

from dataclasses import dataclass
from decimal import Decimal

from . import sources
from .sources import Source


@dataclass(frozen=True)
class Antidepressant:
    name: str
    drug_class: str  # PriorTreatment.DrugClass value
    min_daily_mg: Decimal
    aliases: tuple[str, ...]
    source: Source


def _drug(name, drug_class, mg, *aliases):
    return Antidepressant(name, drug_class, Decimal(mg), aliases, sources.DAILYMED)


# The lowest dose of each drug's FDA-labeled effective range for major depression.
ANTIDEPRESSANTS = (
    _drug("citalopram", "ssri", "20", "celexa"),
    _drug("escitalopram", "ssri", "10", "lexapro"),
    _drug("fluoxetine", "ssri", "20", "prozac"),
    _drug("paroxetine", "ssri", "20", "paxil", "pexeva"),
    _drug("sertraline", "ssri", "50", "zoloft"),
    _drug("venlafaxine", "snri", "75", "effexor", "effexor xr"),
    _drug("desvenlafaxine", "snri", "50", "pristiq"),
    _drug("duloxetine", "snri", "40", "cymbalta"),
    _drug("levomilnacipran", "snri", "40", "fetzima"),
    _drug("bupropion", "atypical", "300", "wellbutrin", "wellbutrin xl", "wellbutrin sr"),
    _drug("mirtazapine", "atypical", "15", "remeron"),
    _drug("trazodone", "modulator", "150", "desyrel", "oleptro"),
    _drug("vilazodone", "modulator", "20", "viibryd"),
    _drug("vortioxetine", "modulator", "10", "trintellix"),
    _drug("amitriptyline", "tca", "75", "elavil"),
    _drug("nortriptyline", "tca", "75", "pamelor"),
    _drug("imipramine", "tca", "75", "tofranil"),
    _drug("desipramine", "tca", "100", "norpramin"),
    _drug("doxepin", "tca", "75", "sinequan"),
    _drug("phenelzine", "maoi", "45", "nardil"),
    _drug("tranylcypromine", "maoi", "30", "parnate"),
    _drug("isocarboxazid", "maoi", "20", "marplan"),
)

_BY_NAME = {alias: drug for drug in ANTIDEPRESSANTS for alias in (drug.name, *drug.aliases)}


def find_antidepressant(typed_name):
    """The antidepressant a typed name refers to (generic or brand, any case), or None."""
    words = typed_name.strip().lower().replace("-", " ").split()
    for length in (2, 1):
        for start in range(len(words) - length + 1):
            drug = _BY_NAME.get(" ".join(words[start : start + length]))
            if drug:
                return drug
    return None


@dataclass(frozen=True)
class OtherDrug:
    """A drug that is not an antidepressant (its label has no depression indication), and
    whether policies take it as an augmentation agent added to an antidepressant."""

    name: str
    kind: str  # what it is, in words
    augmenting: str  # "": never; "antipsychotic" or "lithium": the usual augmentation
    # classes; "second agent": only where a policy accepts any second agent
    aliases: tuple[str, ...] = ()


OTHER_DRUGS = (
    OtherDrug("alprazolam", "a benzodiazepine", "", ("xanax",)),
    OtherDrug("lorazepam", "a benzodiazepine", "", ("ativan",)),
    OtherDrug("clonazepam", "a benzodiazepine", "", ("klonopin",)),
    OtherDrug("diazepam", "a benzodiazepine", "", ("valium",)),
    OtherDrug("zolpidem", "a sleep medicine", "", ("ambien",)),
    OtherDrug("eszopiclone", "a sleep medicine", "", ("lunesta",)),
    OtherDrug("hydroxyzine", "an antihistamine for anxiety", "", ("vistaril", "atarax")),
    OtherDrug("gabapentin", "an anticonvulsant", "", ("neurontin",)),
    OtherDrug("pregabalin", "an anticonvulsant", "", ("lyrica",)),
    OtherDrug("topiramate", "an anticonvulsant", "", ("topamax",)),
    OtherDrug("lamotrigine", "an anticonvulsant", "second agent", ("lamictal",)),
    OtherDrug("buspirone", "an anti-anxiety medicine", "second agent", ("buspar",)),
    OtherDrug("aripiprazole", "an antipsychotic", "antipsychotic", ("abilify",)),
    OtherDrug("brexpiprazole", "an antipsychotic", "antipsychotic", ("rexulti",)),
    OtherDrug("quetiapine", "an antipsychotic", "antipsychotic", ("seroquel", "seroquel xr")),
    OtherDrug("cariprazine", "an antipsychotic", "antipsychotic", ("vraylar",)),
    OtherDrug("olanzapine", "an antipsychotic", "antipsychotic", ("zyprexa",)),
    OtherDrug("lithium", "a mood stabilizer", "lithium", ("lithobid",)),
)
_OTHER_BY_NAME = {alias: d for d in OTHER_DRUGS for alias in (d.name, *d.aliases)}


def find_other_drug(typed_name):
    """The non-antidepressant a typed name refers to, or None."""
    for word in typed_name.strip().lower().replace("-", " ").split():
        if word in _OTHER_BY_NAME:
            return _OTHER_BY_NAME[word]
    return None
