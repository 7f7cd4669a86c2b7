"""The appeal packet's form: which letter leads it, which documents go in, and whether the
summaries of the sources it cites go in too."""

from django import forms

from . import packet

PACKET_ORDER = [
    "denial_notice",
    "prescriber_letter",
    "medical_record",
    "support_letter",
    "plan_document",
    "eob",
    "other",
]


class PacketForm(forms.Form):
    lead = forms.ChoiceField(label="The letter it starts with", widget=forms.RadioSelect)
    documents = forms.MultipleChoiceField(
        label="The documents to enclose, in this order",
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    sources = forms.BooleanField(
        label="Enclose summaries of the published sources the letter cites",
        required=False,
        initial=True,
    )

    def __init__(self, *args, case, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, prefix="packet", **kwargs)
        self.case = case
        self.leads = {f"{k.slug}|{t.key}": (k, t) for k, t in packet.lead_options(case)}
        self.fields["lead"].choices = [(key, k.subject(t)) for key, (k, t) in self.leads.items()]
        if self.leads and not self.is_bound:
            self.initial["lead"] = next(iter(self.leads))
        # The notice first, then what answers it: the prescriber, records, supporters, the plan.
        kept = sorted(case.documents.all(), key=lambda d: PACKET_ORDER.index(d.kind))
        self.kept = {str(d.pk): d for d in kept}
        self.fields["documents"].choices = [(pk, _described(d)) for pk, d in self.kept.items()]
        if not self.kept:
            del self.fields["documents"]  # the page says how to add some instead
        elif not self.is_bound:
            self.initial["documents"] = list(self.kept)

    def chosen(self):
        """(letter kind, target, documents in the order listed, with sources)."""
        kind, target = self.leads[self.cleaned_data["lead"]]
        ids = set(self.cleaned_data.get("documents", ()))
        documents = [d for pk, d in self.kept.items() if pk in ids]
        return kind, target, documents, self.cleaned_data["sources"]


def _described(document):
    pages = f"{document.pages} page{'s' if document.pages != 1 else ''}"
    return f"{document.title} ({document.get_kind_display().lower()}, {pages})"
