"""Step-independent: each reminder mail, claimed by one sender before it is sent, so that two
runs (or two servers) send it once; a failed send releases its claim for the next run."""

from django.db import models

from .case import Case


class ReminderMail(models.Model):
    class State(models.TextChoices):
        CLAIMED = "claimed", "Being sent"
        SENT = "sent", "Sent"

    # Case, deadline, due date and threshold: a corrected due date makes a new key, so it re-arms.
    key = models.CharField(max_length=200, unique=True)
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="reminder_mails")
    due = models.DateField()
    threshold = models.CharField(max_length=10)
    state = models.CharField(max_length=10, choices=State, default=State.CLAIMED)
    claimed_at = models.DateTimeField()
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-claimed_at"]

    def __str__(self):
        return f"{self.key} ({self.state})"
