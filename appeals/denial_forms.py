"""The fast road's two forms: the letter in (pasted or uploaded), and what the reader found,
to be checked and corrected before anything is built from it."""

from django import forms

from patients.choices import PlanType, Treatment
from patients.models.decisions import DenialReasonKind
from patients.validators import not_in_future, valid_service_codes

from . import reader
from .fast_road import treatment_for
from .reader.extract import MAX_BYTES, MAX_FILES, MAX_TEXT_CHARS, Extracted, Unreadable, from_files
from .reader.findings import GUESS, LIKELY

SURENESS_WORDS = {LIKELY: "check this", GUESS: "a guess: check this"}
NOT_A_LETTER = (
    "We couldn't find a denial or an explanation of benefits in this. Check it's the insurer's "
    "letter (all of it), or paste its text."
)


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": "application/pdf,image/*"}))
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else ([data] if data else [])
        return [super(MultipleFileField, self).clean(f, initial) for f in files]


class DenialStartForm(forms.Form):
    text = forms.CharField(
        label="Paste the letter's text",
        required=False,
        max_length=MAX_TEXT_CHARS,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text="From an email or the insurer's website. Line breaks don't matter.",
    )
    files = MultipleFileField(
        label="Or upload the letter",
        required=False,
        help_text="A PDF, or photos of each page (JPEG or PNG). Several files at once are fine, "
        f"up to {MAX_FILES} files and 20 MB in all.",
    )
    keep_file = forms.BooleanField(
        label="Keep this letter with my case",
        required=False,
        help_text="Kept encrypted, for your appeal packet. Otherwise only what we read from it "
        "is kept, and only until you save or for 3 days.",
    )

    def clean_files(self):
        files = self.cleaned_data["files"]
        if len(files) > MAX_FILES:
            raise forms.ValidationError(f"Upload at most {MAX_FILES} files at once.")
        if sum(f.size for f in files) > MAX_BYTES:
            raise forms.ValidationError(
                "These files come to more than 20 MB. Upload fewer pages, or photos taken at a "
                "lower resolution."
            )
        return files

    def clean(self):
        cleaned = super().clean()
        text, files = cleaned.get("text", "").strip(), cleaned.get("files") or []
        if self.errors:
            return cleaned
        if not text and not files:
            raise forms.ValidationError(
                "Paste the letter's text, or choose its file (or photos of its pages)."
            )
        if files:
            self.uploads = [(f.name or "letter", f.read()) for f in files]
            try:
                self.extracted = from_files(self.uploads)
            except Unreadable as problem:
                self.add_error("files", str(problem))
                return cleaned
            field, self.source = (
                "files",
                "PDF" if self.uploads[0][0].lower().endswith(".pdf") else "photos",
            )
        else:
            self.uploads, self.extracted = [], Extracted(text, pages=1)
            field, self.source = "text", "pasted text"
        self.reading = reader.read(self.extracted.text)
        if not self.reading.looks_like_a_letter:
            self.add_error(field, NOT_A_LETTER)
        return cleaned


def said(finding):
    """The help text that shows where a value came from."""
    if not finding or not finding.sentence:
        return "Not found in the letter: type it if you have it."
    sure = SURENESS_WORDS.get(finding.sureness)
    sentence = finding.sentence if len(finding.sentence) <= 300 else finding.sentence[:297] + "…"
    return f"From the letter: “{sentence}”" + (f" ({sure})" if sure else "")


class DenialConfirmForm(forms.Form):
    patient_name = forms.CharField(
        label="The patient's full name",
        max_length=120,
        help_text="As on the insurance card. Your appeal letter is in this name.",
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    denied = forms.ChoiceField(
        label="What was denied",
        widget=forms.RadioSelect,
        choices=[
            ("prior_authorization", "A request to approve treatment before it starts"),
            ("claim", "A bill for treatment already given (a claim)"),
        ],
    )
    treatment = forms.ChoiceField(label="The treatment", choices=Treatment.choices)
    insurer = forms.CharField(label="Insurance company", max_length=120, required=False)
    plan_type = forms.ChoiceField(
        label="Kind of plan",
        choices=[("", "Not sure")] + list(PlanType.choices),
        required=False,
        help_text="It decides your appeal road and deadlines; your card or HR can tell you.",
    )
    notice_date = forms.DateField(label="Date on the letter", validators=[not_in_future])
    received_on = forms.DateField(
        label="Date you received it",
        required=False,
        validators=[not_in_future],
        help_text="If it came late: deadlines usually count from when it arrived.",
    )
    appeal_by = forms.DateField(label="Appeal by (if the letter gives a date)", required=False)
    service_date = forms.DateField(
        label="Date of the treatment (for a claim)", required=False, validators=[not_in_future]
    )
    reference_number = forms.CharField(label="Reference or case number", max_length=60,
                                       required=False)  # fmt: skip
    claim_number = forms.CharField(label="Claim number", max_length=40, required=False)
    member_id = forms.CharField(label="Member ID", max_length=40, required=False)
    service_codes = forms.CharField(
        label="Service codes", max_length=60, required=False, validators=[valid_service_codes]
    )
    reasons = forms.MultipleChoiceField(
        label="The reasons it gives",
        choices=DenialReasonKind.choices,
        widget=forms.CheckboxSelectMultiple,
        help_text="Tick each reason the letter gives. Your appeal answers each one.",
    )
    appeals_address = forms.CharField(
        label="Where to send an appeal", max_length=300, required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )  # fmt: skip
    appeals_fax = forms.CharField(label="Appeals fax", max_length=20, required=False)
    final_internal = forms.BooleanField(
        label="This is the answer to an appeal (the plan's final decision)",
        required=False,
        help_text="Then the next step is outside the plan: an external review or hearing.",
    )
    urgent = forms.BooleanField(
        label="It was an urgent (expedited) decision", required=False,
        help_text="Waiting could seriously harm your health: your appeal can be fast too.",
    )  # fmt: skip

    def __init__(self, *args, reading, cases=(), name="", **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.reading = reading
        self.fields["patient_name"].initial = name
        values = reading.values()
        for name in ("insurer", "plan_type", "notice_date", "appeal_by", "reference_number",
                     "claim_number", "member_id", "appeals_address", "appeals_fax",
                     "final_internal", "urgent"):  # fmt: skip
            value = reading.value(name)
            limit = getattr(self.fields[name], "max_length", None)
            self.fields[name].initial = value[:limit] if limit and isinstance(value, str) else value
            if name not in ("final_internal", "urgent") or reading.value(name):
                self.fields[name].help_text = said(reading.get(name))
        codes = values["service_codes"]
        self.fields["service_codes"].initial = ", ".join(c.upper() for c in codes)
        self.fields["service_codes"].help_text = said(next(iter(reading.get("service_codes")),
                                                            None))  # fmt: skip
        self.fields["reasons"].initial = values["reasons"]
        self.fields["treatment"].initial = treatment_for(
            codes, " ".join(f.sentence for f in reading.get("reasons"))
        )
        self.fields["denied"].initial = (
            "claim" if values["claim_number"] or values["remark_codes"] else "prior_authorization"
        )
        if values["appeal_days"] and not values["appeal_by"]:
            self.fields["appeal_by"].help_text = (
                f"The letter gives {values['appeal_days']} days: "
                + said(reading.get("appeal_days"))[len("From the letter: ") :]
                + " We work out the date from it."
            )
        if reading.also_mentioned:
            named = "; ".join(
                f"“{DenialReasonKind(f.value).label}”, in the words “{f.sentence[:200]}”"
                for f in reading.also_mentioned
            )
            them, they = (
                ("it", "it is") if len(reading.also_mentioned) == 1 else ("them", "they are")
            )
            stop = "" if named.endswith((".”", "?”", "!”")) else "."
            self.fields["reasons"].help_text += (
                f" The letter also names {named}{stop} We left {them} unticked, as a letter seldom "
                f"gives more than two reasons: tick {them} if {they} a reason for this denial too."
            )
        self.wording_fields = []
        for finding in reading.get("reasons") + reading.also_mentioned:
            name = f"wording_{finding.value}"
            ticked = finding in reading.get("reasons")
            self.fields[name] = forms.CharField(
                label=f"The insurer's words: {DenialReasonKind(finding.value).label.lower()}",
                required=False,
                max_length=4000,
                initial=finding.sentence,
                widget=forms.Textarea(attrs={"rows": 2}),
                help_text="Your appeal quotes this. Correct it if the reading went wrong."
                if ticked
                else "Your appeal quotes this only if you tick this reason above.",
            )
            self.wording_fields.append(name)
        for field in self.fields.values():
            if isinstance(field, forms.DateField):
                field.widget = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
        # The insurer's words right after the reasons they belong to.
        order = list(self.fields)
        for name in self.wording_fields:
            order.remove(name)
        at = order.index("reasons") + 1
        self.order_fields(order[:at] + self.wording_fields + order[at:])
        if cases:
            self.fields["case"] = forms.ChoiceField(
                label="Add it to",
                choices=[("new", "A new case")] + [(str(c.pk), str(c)) for c in cases],
                initial="new",
                widget=forms.RadioSelect,
            )
            self.cases = {str(c.pk): c for c in cases}

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("denied") == "claim" and not cleaned.get("service_date"):
            self.add_error("service_date", "For a claim, enter the date of the treatment.")
        notice, received = cleaned.get("notice_date"), cleaned.get("received_on")
        if notice and received and received < notice:
            self.add_error("received_on", "You can't receive it before the date on it.")
        return cleaned

    def confirmed(self):
        """The values build() takes."""
        data = dict(self.cleaned_data)
        data["service_codes"] = [
            c.strip().upper() for c in data.get("service_codes", "").split(",") if c.strip()
        ]
        data["remark_codes"] = self.reading.value("remark_codes")
        data["wording"] = {kind: data.get(f"wording_{kind}", "") for kind in data["reasons"]}
        choice = data.pop("case", "new")
        data["case"] = None if choice == "new" else self.cases[choice]
        return data
