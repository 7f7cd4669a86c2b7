"""The evidence library: one entry per published source a letter may cite, by treatment and
indication, each with a one-sentence finding in our words (with its numbers) and the date we
checked it against its abstract or label. An entry we could not check is kept, marked
unverified, listed on the Sources page as such, and never cited."""

from dataclasses import dataclass
from enum import StrEnum

from .sources import Source

IV = "iv_ketamine"
ESKETAMINE = "esketamine"


class Kind(StrEnum):
    LABEL = "FDA label"
    GUIDELINE = "clinical practice guideline"
    CONSENSUS = "consensus statement"
    RCT = "randomized controlled trial"
    META = "meta-analysis"
    POLICY = "payer policy"


class Indication(StrEnum):
    TRD = "treatment-resistant depression"
    MDD_SI = "major depression with suicidal ideation"
    BIPOLAR = "bipolar depression"
    PTSD = "posttraumatic stress disorder"
    PAIN = "chronic pain and complex regional pain syndrome"


@dataclass(frozen=True)
class Reference:
    key: str
    authors: str  # "Anand A, Mathew SJ, Sanacora G, et al." or the issuer
    title: str
    publisher: str  # the journal, or who issued it
    year: int
    locator: str  # volume(issue):pages, where checked
    doi: str
    pmid: str
    url: str
    kind: Kind
    treatments: frozenset
    indications: frozenset
    finding: str  # ours, one sentence, with the source's own numbers
    reviewed: str
    verified: bool = True

    @property
    def citation(self):
        ids = "".join(
            [f" doi:{self.doi}." if self.doi else "", f" PMID {self.pmid}." if self.pmid else ""]
        )
        where = f"{self.year};{self.locator}" if self.locator else f"{self.year}"
        return f"{self.authors} {self.title}. {self.publisher}. {where}.{ids}"

    @property
    def source(self):
        return Source(f"ref-{self.key}", self.citation, self.url, self.reviewed)

    def fits(self, treatment, indications):
        return treatment in self.treatments and bool(self.indications & set(indications))


def _ref(key, authors, title, publisher, year, doi, pmid, url, kind, treatments, indications,
         finding, reviewed="2026-11-30", verified=True, locator=""):  # fmt: skip
    return Reference(
        key, authors, title, publisher, year, locator, doi, pmid, url, kind,
        frozenset(treatments), frozenset(indications), finding, reviewed, verified,
    )  # fmt: skip


LIBRARY = (
    _ref(
        "spravato-label",
        "Janssen Pharmaceuticals.",
        "SPRAVATO (esketamine) nasal spray, CIII: prescribing information",
        "U.S. Food and Drug Administration, FDALabel",
        2026,
        "",
        "",
        "https://nctr-crs.fda.gov/fdalabel/services/spl/set-ids/"
        "d81a6a79-a74a-44b7-822c-0dfa3036eaed/spl-doc",
        Kind.LABEL,
        {ESKETAMINE},
        {Indication.TRD, Indication.MDD_SI},
        "Esketamine nasal spray is FDA-approved for treatment-resistant depression in adults "
        "(first approved March 5, 2019, with an oral antidepressant; as monotherapy since "
        "January 2025) and for depressive symptoms in adults with major depressive disorder "
        "with acute suicidal ideation or behavior, with an oral antidepressant; it is given "
        "only in REMS-certified settings, with monitoring for at least 2 hours each session.",
    ),
    _ref(
        "elekt-d",
        "Anand A, Mathew SJ, Sanacora G, et al.",
        "Ketamine versus ECT for Nonpsychotic Treatment-Resistant Major Depression",
        "N Engl J Med",
        2023,
        "10.1056/NEJMoa2302399",
        "37224232",
        "https://pubmed.ncbi.nlm.nih.gov/37224232/",
        Kind.RCT,
        {IV},
        {Indication.TRD},
        "In 403 patients with nonpsychotic treatment-resistant depression randomized to IV "
        "ketamine or electroconvulsive therapy, 55.4% responded to ketamine and 41.2% to ECT "
        "(difference 14.2 percentage points; 95% CI 3.9 to 24.2), showing ketamine "
        "noninferior to ECT.",
    ),
    _ref(
        "escape-trd",
        "Reif A, Bitter I, Buyze J, et al.",
        "Esketamine Nasal Spray versus Quetiapine for Treatment-Resistant Depression",
        "N Engl J Med",
        2023,
        "10.1056/NEJMoa2304145",
        "37792613",
        "https://pubmed.ncbi.nlm.nih.gov/37792613/",
        Kind.RCT,
        {ESKETAMINE},
        {Indication.TRD},
        "In 676 adults with treatment-resistant depression, 27.1% were in remission at week 8 "
        "with esketamine nasal spray against 17.6% with extended-release quetiapine (P = "
        "0.003), each with an SSRI or SNRI.",
    ),
    _ref(
        "sustain-1",
        "Daly EJ, Trivedi MH, Janik A, et al.",
        "Efficacy of Esketamine Nasal Spray Plus Oral Antidepressant Treatment for Relapse "
        "Prevention in Patients With Treatment-Resistant Depression: A Randomized Clinical "
        "Trial",
        "JAMA Psychiatry",
        2019,
        "10.1001/jamapsychiatry.2019.1189",
        "31166571",
        "https://pubmed.ncbi.nlm.nih.gov/31166571/",
        Kind.RCT,
        {ESKETAMINE},
        {Indication.TRD},
        "Among 297 adults with treatment-resistant depression in stable remission or response "
        "after esketamine, continuing esketamine with an oral antidepressant significantly "
        "delayed relapse compared with an oral antidepressant and placebo spray.",
        locator="76(9):893-903",
    ),
    _ref(
        "mcintyre-2021",
        "McIntyre RS, Rosenblat JD, Nemeroff CB, et al.",
        "Synthesizing the Evidence for Ketamine and Esketamine in Treatment-Resistant "
        "Depression: An International Expert Opinion on the Available Evidence and "
        "Implementation",
        "Am J Psychiatry",
        2021,
        "10.1176/appi.ajp.2020.20081251",
        "33726522",
        "https://pubmed.ncbi.nlm.nih.gov/33726522/",
        Kind.CONSENSUS,
        {ESKETAMINE},  # its title names both drugs: never cited for IV ketamine
        {Indication.TRD},
        "An international panel of mood-disorder experts concluded that ketamine and "
        "esketamine are the first non-monoaminergic agents with proven rapid-onset efficacy in "
        "major depressive disorder, and set out how to use them in treatment-resistant "
        "depression.",
        locator="178(5):383-399",
    ),
    _ref(
        "sanacora-2017",
        "Sanacora G, Frye MA, McDonald W, et al.; American Psychiatric Association Council of "
        "Research Task Force on Novel Biomarkers and Treatments.",
        "A Consensus Statement on the Use of Ketamine in the Treatment of Mood Disorders",
        "JAMA Psychiatry",
        2017,
        "",
        "",
        "https://jamanetwork.com/journals/jamapsychiatry/article-abstract/2605202",
        Kind.CONSENSUS,
        {IV},
        {Indication.TRD, Indication.BIPOLAR},
        "The American Psychiatric Association's task force found that several studies show "
        "rapid and robust antidepressant effects of ketamine in patients with mood disorders "
        "that had resisted other treatment, and set out guidance for its evidence-based "
        "clinical use.",
        locator="74(4):399-405",
    ),
    _ref(
        "han-2016",
        "Han Y, Chen J, Zou D, et al.",
        "Efficacy of ketamine in the rapid treatment of major depressive disorder: a "
        "meta-analysis of randomized, double-blind, placebo-controlled studies",
        "Neuropsychiatr Dis Treat",
        2016,
        "10.2147/NDT.S117146",
        "",
        "https://pmc.ncbi.nlm.nih.gov/articles/PMC5098773/",
        Kind.META,
        {IV},
        {Indication.TRD},
        "Pooling nine placebo-controlled randomized trials (368 patients with major depressive "
        "disorder), response and remission with ketamine were 52.2% and 20.6% at 24 hours and "
        "39.8% and 26.2% at day 7, significantly better than placebo.",
        locator="12:2859-2867",
    ),
    _ref(
        "wilkinson-2018",
        "Wilkinson ST, Ballard ED, Bloch MH, et al.",
        "The Effect of a Single Dose of Intravenous Ketamine on Suicidal Ideation: A "
        "Systematic Review and Individual Participant Data Meta-Analysis",
        "Am J Psychiatry",
        2018,
        "10.1176/appi.ajp.2017.17040472",
        "28969441",
        "https://pubmed.ncbi.nlm.nih.gov/28969441/",
        Kind.META,
        {IV},
        {Indication.MDD_SI},
        "In an individual participant data meta-analysis of 167 participants with suicidal "
        "ideation, one dose of IV ketamine reduced suicidal ideation within 1 day, with "
        "moderate to large effects (Cohen's d 0.48 to 0.85) at every time point up to 1 week.",
        locator="175(2):150-158",
    ),
    _ref(
        "grunebaum-2018",
        "Grunebaum MF, Galfalvy HC, Choo TH, et al.",
        "Ketamine for Rapid Reduction of Suicidal Thoughts in Major Depression: A "
        "Midazolam-Controlled Randomized Clinical Trial",
        "Am J Psychiatry",
        2018,
        "10.1176/appi.ajp.2017.17060647",
        "",
        "https://psychiatryonline.org/doi/full/10.1176/appi.ajp.2017.17060647",
        Kind.RCT,
        {IV},
        {Indication.MDD_SI},
        "In 80 adults with major depression and clinically significant suicidal ideation, "
        "suicidal ideation fell 4.96 points more by day 1 with IV ketamine than with midazolam "
        "(95% CI 2.33 to 7.59; Cohen's d 0.75).",
    ),
    _ref(
        "diazgranados-2010",
        "Diazgranados N, Ibrahim L, Brutsche NE, et al.",
        "A Randomized Add-on Trial of an N-methyl-D-aspartate Antagonist in "
        "Treatment-Resistant Bipolar Depression",
        "Arch Gen Psychiatry",
        2010,
        "",
        "",
        "https://pmc.ncbi.nlm.nih.gov/articles/PMC3000408/",
        Kind.RCT,
        {IV},
        {Indication.BIPOLAR},
        "In 18 patients with treatment-resistant bipolar depression taking lithium or "
        "valproate, one IV ketamine infusion improved depression within 40 minutes compared "
        "with placebo (d 0.52, 95% CI 0.28 to 0.76); 71% responded to ketamine and 6% to "
        "placebo at some point in the trial.",
    ),
    _ref(
        "cohen-2018",
        "Cohen SP, Bhatia A, Buvanendran A, et al.",
        "Consensus Guidelines on the Use of Intravenous Ketamine Infusions for Chronic Pain "
        "From the American Society of Regional Anesthesia and Pain Medicine, the American "
        "Academy of Pain Medicine, and the American Society of Anesthesiologists",
        "Reg Anesth Pain Med",
        2018,
        "10.1097/AAP.0000000000000808",
        "",
        "https://www.asra.com/advisory-guidelines/article/12/"
        "intravenous-ketamine-infusions-for-chronic-pain",
        Kind.CONSENSUS,
        {IV},
        {Indication.PAIN},
        "Three societies of pain and anesthesia physicians reached consensus on the indications, "
        "dosing, setting and monitoring of IV ketamine infusions for chronic pain, finding that "
        "evidence supports ketamine for chronic pain, at a level that varies by condition and "
        "dose.",
    ),
    # Found but not checked against a primary page well enough to cite (kept, never cited).
    _ref(
        "transform-2",
        "Popova V, Daly EJ, Trivedi M, et al.",
        "Efficacy and Safety of Flexibly Dosed Esketamine Nasal Spray Combined With a Newly "
        "Initiated Oral Antidepressant in Treatment-Resistant Depression",
        "Am J Psychiatry",
        2019,
        "",
        "",
        "",
        Kind.RCT,
        {ESKETAMINE},
        {Indication.TRD},
        "Esketamine with a new oral antidepressant against the antidepressant with placebo "
        "spray in treatment-resistant depression (numbers not yet checked on the abstract).",
        verified=False,
    ),
    _ref(
        "va-dod-mdd-2022",
        "U.S. Department of Veterans Affairs and Department of Defense.",
        "Clinical Practice Guideline for the Management of Major Depressive Disorder",
        "VA/DoD",
        2022,
        "",
        "",
        "",
        Kind.GUIDELINE,
        {IV, ESKETAMINE},
        {Indication.TRD},
        "Reported to suggest ketamine or esketamine after several failed adequate medication "
        "trials (the recommendation's wording and strength are not yet checked).",
        verified=False,
    ),
    _ref(
        "feder-2021",
        "Feder A, et al.",
        "A Randomized Controlled Trial of Repeated Ketamine Administration for Chronic "
        "Posttraumatic Stress Disorder",
        "Am J Psychiatry",
        2021,
        "10.1176/appi.ajp.2020.20050596",
        "",
        "https://ajp.psychiatryonline.org/doi/full/10.1176/appi.ajp.2020.20050596",
        Kind.RCT,
        {IV},
        {Indication.PTSD},
        "Six IV ketamine infusions against midazolam in 30 adults with chronic PTSD (the "
        "abstract's effect size is not yet checked; a larger trial in veterans was negative).",
        verified=False,
    ),
)

BY_KEY = {reference.key: reference for reference in LIBRARY}


def cited_for(treatment, indications, kinds):
    """The verified references of these kinds that speak to this treatment and indication."""
    return [r for r in LIBRARY if r.verified and r.kind in kinds and r.fits(treatment, indications)]
