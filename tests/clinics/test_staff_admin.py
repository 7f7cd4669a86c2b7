"""Invites: single use, expiring, for one clinic. Removing staff ends their access."""

from datetime import timedelta
from html import unescape

from django.utils import timezone

from coverage_guide.models import AuditEvent, Invite, Membership
from tests.factories import UserFactory


def make_invite(client, admin_member):
    client.force_login(admin_member.user)
    response = client.post(
        "/clinic/HARBOR1/staff/", {"email": "new@x.test", "role": "staff"}, follow=True
    )
    assert "works once, for 7 days" in unescape(response.text)
    return Invite.objects.get()


def test_an_invite_link_makes_a_member_once(client, admin_member):
    invite = make_invite(client, admin_member)
    newcomer = UserFactory(full_name="New Person", email="new@x.test")
    client.force_login(newcomer)
    url = f"/clinic/HARBOR1/join/{invite.token}/"
    assert "Join Harbor Clinic" in client.get(url).text
    assert client.post(url)["Location"] == "/clinic/HARBOR1/profile/"
    assert Membership.objects.active().filter(user=newcomer, clinic__code="HARBOR1").exists()
    other = UserFactory(email="other@x.test")
    client.force_login(other)
    response = client.post(url)
    assert response.status_code == 400
    assert "someone else's email address" in unescape(response.text)
    client.force_login(newcomer)
    assert "already been used" in unescape(client.post(url).text)
    assert not Membership.objects.filter(user=other).exists()


def test_an_expired_invite_is_refused(client, admin_member):
    invite = make_invite(client, admin_member)
    Invite.objects.filter(pk=invite.pk).update(expires_at=timezone.now() - timedelta(minutes=1))
    client.force_login(UserFactory(email="new@x.test"))
    response = client.post(f"/clinic/HARBOR1/join/{invite.token}/")
    assert response.status_code == 400 and "expired" in response.text
    assert AuditEvent.objects.filter(action="join_clinic", outcome="denied").exists()


def test_an_invite_for_another_clinic_is_refused(client, admin_member):
    from coverage_guide.models import Clinic

    Clinic.objects.create(name="Other", code="OTHER1")
    invite = make_invite(client, admin_member)
    client.force_login(UserFactory(email="new@x.test"))
    response = client.post(f"/clinic/OTHER1/join/{invite.token}/")
    assert response.status_code == 400 and "for another clinic" in response.text


def test_only_admins_invite_and_read_the_log(staff_client):
    assert staff_client.get("/clinic/HARBOR1/staff/").status_code == 404
    assert staff_client.get("/clinic/HARBOR1/audit/").status_code == 404


def test_removing_staff_ends_their_access(client, admin_member, staff_member, shared_case):
    url = f"/clinic/HARBOR1/cases/{shared_case.pk}/"
    staff = type(client)()
    staff.force_login(staff_member.user)
    assert staff.get(url).status_code == 200
    client.force_login(admin_member.user)
    client.post(f"/clinic/HARBOR1/staff/{staff_member.pk}/remove/")
    assert staff.get(url).status_code == 404
    assert staff.get("/clinic/HARBOR1/").status_code == 404
    log = unescape(client.get("/clinic/HARBOR1/audit/").text)
    assert "removed staff" in log and "opened the case file" in log


def test_profile_details_sign_the_letters_and_a_bad_npi_is_refused(staff_client):
    response = staff_client.post(
        "/clinic/HARBOR1/profile/",
        {"display_name": "Dr. Sam Staff", "credentials": "DO", "npi": "1234567890"},
    )
    assert "check digit" in response.text and 'value="DO"' in response.text


def test_an_invite_needs_the_persons_email_and_only_they_can_use_it(client, admin_member):
    client.force_login(admin_member.user)
    page = client.post("/clinic/HARBOR1/staff/", {"email": "", "role": "staff"}).text
    assert "This field is required" in page and not Invite.objects.exists()
    invite = make_invite(client, admin_member)
    client.force_login(UserFactory(email="holder@x.test"))  # whoever holds the link
    response = client.post(f"/clinic/HARBOR1/join/{invite.token}/")
    assert response.status_code == 400
    assert not Membership.objects.filter(user__email="holder@x.test").exists()


def test_an_admin_revokes_an_open_invite(client, admin_member):
    invite = make_invite(client, admin_member)
    page = client.get("/clinic/HARBOR1/staff/").text
    assert f"/clinic/HARBOR1/staff/invites/{invite.pk}/revoke/" in page
    client.post(f"/clinic/HARBOR1/staff/invites/{invite.pk}/revoke/")
    assert AuditEvent.objects.filter(action="revoke_invite").exists()
    client.force_login(UserFactory(email="new@x.test"))
    response = client.post(f"/clinic/HARBOR1/join/{invite.token}/")
    assert response.status_code == 400 and "expired" in response.text


def test_staff_can_revoke_nothing(staff_client, admin_member):
    invite = Invite.objects.create(
        clinic=admin_member.clinic,
        token="t0",
        email="a@x.test",
        expires_at=timezone.now() + timedelta(days=1),
    )
    assert (
        staff_client.post(f"/clinic/HARBOR1/staff/invites/{invite.pk}/revoke/").status_code == 404
    )


def test_removed_staff_can_be_invited_back(client, admin_member, staff_member):
    client.force_login(admin_member.user)
    client.post(f"/clinic/HARBOR1/staff/{staff_member.pk}/remove/")
    client.post("/clinic/HARBOR1/staff/", {"email": staff_member.user.email, "role": "staff"})
    invite = Invite.objects.get()
    client.force_login(staff_member.user)
    response = client.post(f"/clinic/HARBOR1/join/{invite.token}/")
    assert response.status_code == 302
    assert Membership.objects.active().filter(pk=staff_member.pk).exists()
