"""The dashboard's deadlines: repeated ones (one per claim) are one line that opens."""

import datetime
import re

from tests.factories import ClaimFactory


def test_six_claims_to_submit_are_one_line_that_opens(patient_client, case):
    today = datetime.date.today()
    for days in range(6):
        ClaimFactory(
            case=case,
            service_date=today - datetime.timedelta(days=10 + days),
            status="not_submitted",
            submitted_on=None,
            paid_amount=None,
        )
    html = patient_client.get(f"/cases/{case.pk}/").text
    titles = re.findall(r'<p class="deadline__what">([^<·]+)', html)
    repeated = {t.strip() for t in titles if titles.count(t) > 1}
    assert repeated, "the claims' deadlines share a title"
    (title,) = repeated
    summary = re.search(r"<summary>(\d+) more: ([^<]+)</summary>", html)
    assert summary and summary.group(1) == "5"
    # What to do next comes before every deadline.
    assert html.index("What to do next") < html.index('class="deadlines"')
