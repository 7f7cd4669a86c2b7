"""Two-factor sign-in in a real browser: the admin sets up an authenticator app (the test reads
the key the page shows, as an app would from the QR code) and requires it of the clinic; a staff
member is sent to set it up before the queue opens, then types a code at each sign-in; the admin
resets a lost phone. axe-core checks each new page."""

import io
import re
import time
from base64 import b32decode

import pytest
from django.core.management import call_command
from django_otp.oath import TOTP

from coverage_guide.clinics.demo import DEMO_ADMIN_EMAIL, DEMO_STAFF_EMAIL, DEMO_STAFF_PASSWORD
from tests.browser.conftest import axe_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def authenticator():
    """A stand-in for the phone app: the code for a key, now or a step (30 s) ahead."""

    def code(secret, steps_ahead=0):
        key = b32decode(secret.replace(" ", "") + "=" * (-len(secret.replace(" ", "")) % 8))
        totp = TOTP(key)
        totp.time = time.time() + 30 * steps_ahead
        return f"{totp.token():06d}"

    return code


def sign_in(page, email):
    page.goto("/accounts/login/")
    page.fill("#id_username", email)
    page.fill("#id_password", DEMO_STAFF_PASSWORD)
    page.click("button:has-text('Sign in')")
    page.wait_for_load_state("networkidle")


def set_up(page, authenticator):
    """On the set-up page: scan (read the key), type the code, keep the recovery codes."""
    assert page.locator("figure.qr svg").is_visible()
    assert axe_violations(page) == []
    secret = page.inner_text("[data-testid=totp-secret]")
    page.fill("#id_code", "123")
    page.click("button:has-text('Turn on two-factor sign-in')")
    assert "Type the 6 digits" in page.inner_text("main form")
    page.fill("#id_code", authenticator(secret))
    page.click("button:has-text('Turn on two-factor sign-in')")
    codes = page.locator("[data-testid=recovery-codes] li")
    assert codes.count() == 10
    assert axe_violations(page) == []
    page.get_by_role("link", name="I've kept them; continue").click()
    page.wait_for_load_state("networkidle")
    return secret


def sign_out(page):
    page.click("button:has-text('Sign out')")
    page.wait_for_load_state("networkidle")


def test_a_clinic_requires_two_factors_and_its_staff_sign_in_with_a_code(make_page, authenticator):
    call_command("seed_demo", stdout=io.StringIO())

    admin = make_page()
    sign_in(admin, DEMO_ADMIN_EMAIL)
    admin.goto("/clinic/HARBOR01/staff/")
    admin.click("button:has-text('Require it of everyone')")
    assert "Set up two-factor sign-in for yourself first" in admin.inner_text(".messages")
    admin.click("main a:has-text('your settings')")
    set_up(admin, authenticator)
    admin.goto("/clinic/HARBOR01/staff/")
    admin.click("button:has-text('Require it of everyone')")
    assert "Required." in admin.inner_text("main")
    assert axe_violations(admin) == []

    staff = make_page()
    sign_in(staff, DEMO_STAFF_EMAIL)
    assert "/accounts/two-factor/" in staff.url
    assert "asks everyone on its staff" in staff.inner_text(".attention")
    assert staff.locator("table.queue").count() == 0
    secret = set_up(staff, authenticator)
    assert re.search(r"/clinic/HARBOR01/$", staff.url)
    assert staff.locator("table.queue").is_visible()

    sign_out(staff)
    sign_in(staff, DEMO_STAFF_EMAIL)
    assert "/accounts/two-factor/verify/" in staff.url
    assert axe_violations(staff) == []
    staff.fill("#id_code", "000000")
    staff.click("main button:has-text('Sign in')")
    assert "doesn't match" in staff.inner_text("main form")
    time.sleep(1.1)  # a wrong code makes the next try wait a second
    staff.fill("#id_code", authenticator(secret, steps_ahead=1))  # the app's next code
    staff.click("main button:has-text('Sign in')")
    staff.wait_for_load_state("networkidle")
    assert staff.locator("table.queue").is_visible()

    # The staff member's phone is lost: the admin resets it; after the password, a new QR code.
    admin.goto("/clinic/HARBOR01/staff/")
    admin.click("button:has-text('Reset two-factor'):has-text('Amara')")
    assert "two-factor sign-in is reset" in admin.inner_text(".messages")
    sign_out(staff)
    sign_in(staff, DEMO_STAFF_EMAIL)
    assert "/accounts/two-factor/" in staff.url and "verify" not in staff.url
    assert staff.locator("figure.qr svg").is_visible()
