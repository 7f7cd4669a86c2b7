"""Two-factor sign-in: set up with a QR code, a code after the password, recovery codes used
once, wrong codes slowed down; a clinic that requires it is closed to staff without it; its
admin requires it and resets a lost phone."""

import re
import time
from html import unescape

import pytest
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from coverage_guide import two_factor
from coverage_guide.models import AuditEvent, Clinic, Membership
from tests.factories import PASSWORD, UserFactory


def code(device, steps_ahead=0):
    """The code the person's app shows (`steps_ahead` 30-second steps from now: each code
    works once, and the app's next code is accepted a step early)."""
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time() + steps_ahead * device.step
    return f"{totp.token():06d}"


def with_app(user):
    device = TOTPDevice.objects.create(user=user, name=two_factor.APP_NAME, confirmed=True)
    return device, two_factor.new_recovery_codes(user)


def verified(client, user, device):
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return client


def sign_in(client, user):
    response = client.post("/accounts/login/", {"username": user.email, "password": PASSWORD})
    assert response.status_code == 302
    return response


@pytest.fixture
def requiring(clinic):
    clinic.require_two_factor = True
    clinic.save()
    return clinic


def test_set_up_shows_a_qr_code_and_key_and_turns_on_with_the_first_code(client, db):
    user = UserFactory()
    client.force_login(user)
    page = client.get("/accounts/two-factor/")
    assert "<svg" in page.text and "Scan this code" in page.text
    secret = re.search(r'data-testid="totp-secret">([A-Z2-7 ]+)<', page.text).group(1)
    assert secret in client.get("/accounts/two-factor/").text  # a reload keeps the same key
    device = TOTPDevice.objects.get(user=user, confirmed=False)

    wrong = client.post("/accounts/two-factor/", {"code": "12345"})
    assert "Type the 6 digits your app shows" in unescape(wrong.text)
    assert 'value="12345"' in wrong.text  # what was typed stays
    assert not two_factor.is_on(user)

    done = client.post("/accounts/two-factor/", {"code": code(device)})
    codes = re.findall(r"<li><code>([a-z2-7]+)</code></li>", done.text)
    assert len(codes) == two_factor.RECOVERY_CODES
    assert two_factor.is_on(user) and two_factor.codes_left(user) == 10
    assert AuditEvent.objects.filter(action="two_factor_on", actor=user).exists()
    assert "Two-factor sign-in is on" in client.get("/accounts/two-factor/").text


def test_after_the_password_every_page_waits_for_the_code(client, db):
    user = UserFactory()
    device, _ = with_app(user)
    sign_in(client, user)
    response = client.get("/cases/")
    assert response["Location"] == "/accounts/two-factor/verify/?next=%2Fcases%2F"
    assert client.get("/accounts/settings/")["Location"].startswith("/accounts/two-factor/verify/")
    htmx = client.get("/cases/", headers={"HX-Request": "true"})
    assert htmx["HX-Redirect"].startswith("/accounts/two-factor/verify/")

    wrong = client.post("/accounts/two-factor/verify/?next=/cases/", {"code": "000000"})
    assert "That code doesn't match" in unescape(wrong.text)
    assert AuditEvent.objects.filter(action="two_factor_code", outcome="denied").exists()
    device.throttle_reset()

    right = client.post("/accounts/two-factor/verify/", {"code": code(device), "next": "/cases/"})
    assert right["Location"] == "/cases/"
    assert client.get("/accounts/settings/").status_code == 200


def test_a_person_without_an_app_signs_in_with_the_password_alone(client, patient):
    sign_in(client, patient)
    assert client.get("/accounts/settings/").status_code == 200


def test_a_recovery_code_works_once(client, db):
    user = UserFactory()
    _, codes = with_app(user)
    sign_in(client, user)
    used = client.post("/accounts/two-factor/verify/", {"code": codes[0].upper()}, follow=True)
    assert "You used a recovery code; 9 left" in unescape(used.text)
    assert client.get("/accounts/settings/").status_code == 200

    client.post("/accounts/logout/")
    sign_in(client, user)
    again = client.post("/accounts/two-factor/verify/", {"code": codes[0]})
    assert "That code doesn't match" in unescape(again.text)
    assert StaticToken.objects.filter(device__user=user).count() == 9


def test_wrong_codes_make_the_next_try_wait(client, db):
    user = UserFactory()
    device, _ = with_app(user)
    sign_in(client, user)
    for _ in range(2):
        client.post("/accounts/two-factor/verify/", {"code": "000000"})
    refused = client.post("/accounts/two-factor/verify/", {"code": code(device)})
    assert "Try again in" in unescape(refused.text)
    assert "/two-factor/verify/" in client.get("/cases/")["Location"]


def test_tries_are_limited_per_person(client, db):
    user = UserFactory()
    device, _ = with_app(user)
    sign_in(client, user)
    for _ in range(10):
        client.post("/accounts/two-factor/verify/", {"code": "000000"})
    device.throttle_reset()
    refused = client.post("/accounts/two-factor/verify/", {"code": code(device)})
    assert "Too many codes tried" in unescape(refused.text)


def test_staff_of_a_clinic_that_requires_it_cannot_reach_the_queue_without_it(
    client, requiring, staff_member, shared_case
):
    client.force_login(staff_member.user)
    queue = client.get("/clinic/HARBOR1/")
    assert queue.status_code == 302
    assert queue["Location"].startswith("/accounts/two-factor/?next=%2Fclinic%2FHARBOR1%2F")
    for url in (
        f"/clinic/HARBOR1/cases/{shared_case.pk}/",
        "/clinic/HARBOR1/profile/",
        "/clinic/",
    ):
        response = client.get(url, follow=True)
        assert "Set up two-factor sign-in" in response.text, url
        assert "Pat Shared" not in response.text
    set_up = client.get(queue["Location"])
    assert "Harbor Clinic asks everyone on its staff" in unescape(set_up.text)
    post = client.post(f"/clinic/HARBOR1/cases/{shared_case.pk}/notes/", {"body": "x"})
    assert post.status_code == 302 and not shared_case.staff_notes.exists()

    # With an app but no code typed in this session: the code page, then the queue.
    device, _ = with_app(staff_member.user)
    queue = client.get("/clinic/HARBOR1/")
    assert queue["Location"] == "/accounts/two-factor/verify/?next=%2Fclinic%2FHARBOR1%2F"
    done = client.post(queue["Location"], {"code": code(device)})
    assert done["Location"] == "/clinic/HARBOR1/"
    assert "Pat Shared" in client.get("/clinic/HARBOR1/").text


def test_a_non_member_still_gets_404_not_the_code_page(client, requiring, db):
    client.force_login(UserFactory())
    assert client.get("/clinic/HARBOR1/").status_code == 404


def test_setting_up_from_the_clinic_goes_on_to_the_clinic(client, requiring, staff_member):
    client.force_login(staff_member.user)
    start = client.get("/clinic/HARBOR1/")["Location"]
    client.get(start)
    device = TOTPDevice.objects.get(user=staff_member.user, confirmed=False)
    done = client.post(start, {"code": code(device), "next": "/clinic/HARBOR1/"})
    assert 'href="/clinic/HARBOR1/"' in done.text
    assert client.get("/clinic/HARBOR1/").status_code == 200


def test_the_admin_requires_it_only_after_turning_it_on_for_themselves(client, admin_member):
    client.force_login(admin_member.user)
    refused = client.post("/clinic/HARBOR1/staff/two-factor/", {"require": "on"}, follow=True)
    assert "Set up two-factor sign-in for yourself first" in unescape(refused.text)
    assert not Clinic.objects.get().require_two_factor

    device, _ = with_app(admin_member.user)
    verified(client, admin_member.user, device)
    client.post("/clinic/HARBOR1/staff/two-factor/", {"require": "on"})
    assert Clinic.objects.get().require_two_factor
    assert AuditEvent.objects.filter(action="require_two_factor", target="on").exists()
    page = client.get("/clinic/HARBOR1/staff/").text
    assert "Required." in page
    client.post("/clinic/HARBOR1/staff/two-factor/", {"require": "off"})
    assert not Clinic.objects.get().require_two_factor


def test_staff_cannot_require_it(client, staff_member):
    device, _ = with_app(staff_member.user)
    verified(client, staff_member.user, device)
    assert client.post("/clinic/HARBOR1/staff/two-factor/", {"require": "on"}).status_code == 404
    assert not Clinic.objects.get().require_two_factor


def test_the_admin_resets_a_members_lost_phone(client, requiring, admin_member, staff_member):
    admin_device, _ = with_app(admin_member.user)
    with_app(staff_member.user)
    verified(client, admin_member.user, admin_device)
    page = client.get("/clinic/HARBOR1/staff/").text
    assert "Reset two-factor" in page
    done = client.post(f"/clinic/HARBOR1/staff/{staff_member.pk}/reset-two-factor/", follow=True)
    assert "Dr. Sam Staff&#x27;s two-factor sign-in is reset" in done.text
    assert not two_factor.is_on(staff_member.user) and two_factor.codes_left(staff_member.user) == 0
    event = AuditEvent.objects.get(action="reset_two_factor")
    assert event.target == f"membership {staff_member.pk}" and event.clinic_code == "HARBOR1"

    other = Clinic.objects.create(name="Other", code="OTHER1")
    outsider = Membership.objects.create(clinic=other, user=UserFactory())
    with_app(outsider.user)
    url = f"/clinic/HARBOR1/staff/{outsider.pk}/reset-two-factor/"
    assert client.post(url).status_code == 404
    assert two_factor.is_on(outsider.user)

    own = client.post(f"/clinic/HARBOR1/staff/{admin_member.pk}/reset-two-factor/", follow=True)
    assert "in your settings" in own.text and two_factor.is_on(admin_member.user)


def test_new_recovery_codes_replace_the_old(client, db):
    user = UserFactory()
    device, old = with_app(user)
    verified(client, user, device)
    page = client.post("/accounts/two-factor/codes/")
    new = re.findall(r"<li><code>([a-z2-7]+)</code></li>", page.text)
    assert len(new) == 10 and not set(new) & set(old)
    kept = StaticToken.objects.filter(device__user=user).values_list("token", flat=True)
    assert set(kept) == set(new)


def test_turning_it_off_needs_a_verified_session_and_the_password(client, db):
    user = UserFactory()
    device, _ = with_app(user)
    client.force_login(user)  # a session that never typed a code
    assert client.get("/accounts/two-factor/off/")["Location"].startswith(
        "/accounts/two-factor/verify/"
    )
    verified(client, user, device)
    wrong = client.post("/accounts/two-factor/off/", {"password": "nope"})
    assert "That isn't your password" in unescape(wrong.text) and two_factor.is_on(user)
    client.post("/accounts/two-factor/off/", {"password": PASSWORD})
    assert not two_factor.is_on(user) and two_factor.codes_left(user) == 0
    assert AuditEvent.objects.filter(action="two_factor_off", actor=user).exists()
