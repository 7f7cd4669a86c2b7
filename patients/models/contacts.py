"""Step 4: each contact with the insurer."""

from django.db import models

from ..validators import not_in_future
from .case import Case
from .dates import check_dates
from .fields import CaseRow


class InsurerContact(CaseRow):
    """Step 4: one call, chat, letter or portal message with the insurer."""

    class Channel(models.TextChoices):
        PHONE = "phone", "Phone"
        PORTAL = "portal", "Online portal or chat"
        EMAIL = "email", "Email"
        MAIL = "mail", "Letter"
        FAX = "fax", "Fax"
        IN_PERSON = "in_person", "In person"

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="contacts")
    contacted_on = models.DateField("date", validators=[not_in_future])
    channel = models.CharField(max_length=20, choices=Channel, default=Channel.PHONE)
    representative = models.CharField("who you spoke with", max_length=120, blank=True)
    reference_number = models.CharField(
        "reference number",
        max_length=60,
        blank=True,
        help_text="Always ask for one at the end of a call.",
    )
    summary = models.TextField("what was said", max_length=2000, blank=True)
    follow_up_on = models.DateField("follow up by", null=True, blank=True)
    follow_up_done = models.BooleanField("follow-up done", default=False)

    class Meta:
        ordering = ["contacted_on", "id"]

    def __str__(self):
        return f"{self.get_channel_display()} on {self.contacted_on}"

    def clean(self):
        check_dates(self)
