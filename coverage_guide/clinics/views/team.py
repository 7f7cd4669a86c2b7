"""Clinic admin: invite staff by single-use expiring links, remove them, read the audit log;
members: join by invite, set the details their letters are signed with."""

import secrets
from datetime import timedelta

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import IntegrityError, transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import never_cache

from coverage_guide import audit, two_factor
from coverage_guide.models import AuditEvent, Invite, Membership

from ..forms import InviteForm, ProfileForm
from .access import staff_view

INVITE_LIFETIME = timedelta(days=7)


@staff_view("GET", "POST", admin_only=True)
def staff_list(request, membership):
    form = InviteForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        invite = form.save(commit=False)
        invite.clinic, invite.created_by = membership.clinic, request.user
        invite.token = secrets.token_urlsafe(32)
        invite.expires_at = timezone.now() + INVITE_LIFETIME
        invite.save()
        audit.record(
            request,
            "invite_staff",
            clinic=membership.clinic,
            target=f"invite {invite.pk} ({invite.role})",
        )
        link = request.build_absolute_uri(
            reverse("clinic_join", args=[membership.clinic.code, invite.token])
        )
        messages.success(request, f"Invite link (works once, for 7 days): {link}")
        return redirect("clinic_staff", membership.clinic.code)
    return render(
        request,
        "clinic/staff.html",
        {
            "membership": membership,
            "clinic": membership.clinic,
            "form": form,
            "members": membership.clinic.memberships.active()
            .select_related("user")
            .annotate(two_factor_on=two_factor.IS_ON),
            "invites": membership.clinic.invites.filter(
                used_at__isnull=True, expires_at__gt=timezone.now()
            ),
        },
    )


@staff_view("POST", admin_only=True)
def staff_remove(request, membership, member_id):
    member = get_object_or_404(membership.clinic.memberships.active(), pk=member_id)
    if member == membership:
        messages.error(request, "You can't remove yourself. Ask another admin.")
    else:
        member.removed_at = timezone.now()
        member.save(update_fields=["removed_at"])
        audit.record(
            request, "remove_staff", clinic=membership.clinic, target=f"membership {member.pk}"
        )
        messages.success(request, f"{member.name} no longer has access to the clinic's cases.")
    return redirect("clinic_staff", membership.clinic.code)


@staff_view("POST", admin_only=True)
def require_two_factor(request, membership):
    """Require (or stop requiring) two-factor sign-in of everyone on the staff. The admin turns
    it on for themselves first, so that the change never locks out the person making it."""
    clinic = membership.clinic
    wanted = request.POST.get("require") == "on"
    if wanted and not request.user.is_verified():
        messages.error(
            request,
            "Set up two-factor sign-in for yourself first (Your settings → Two-factor sign-in), "
            "then require it of everyone.",
        )
        return redirect("clinic_staff", clinic.code)
    clinic.require_two_factor = wanted
    clinic.save(update_fields=["require_two_factor"])
    audit.record(request, "require_two_factor", clinic=clinic, target="on" if wanted else "off")
    messages.success(
        request,
        "Everyone on the staff now types a code after their password; those without an "
        "authenticator app set it up at their next visit."
        if wanted
        else "Two-factor sign-in is no longer required (those who have it keep it).",
    )
    return redirect("clinic_staff", clinic.code)


@staff_view("POST", admin_only=True)
def reset_two_factor(request, membership, member_id):
    """A member lost their phone and their recovery codes: their app and codes go, and they set
    it up again after their password."""
    member = get_object_or_404(
        membership.clinic.memberships.active().select_related("user"), pk=member_id
    )
    if member == membership:
        messages.error(request, "Manage your own two-factor sign-in in your settings.")
    else:
        two_factor.remove(member.user)
        audit.record(
            request,
            "reset_two_factor",
            clinic=membership.clinic,
            target=f"membership {member.pk}",
        )
        messages.success(
            request,
            f"{member.name}'s two-factor sign-in is reset. After their password they scan a "
            "new QR code"
            + (" (the clinic requires it)." if membership.clinic.require_two_factor else "."),
        )
    return redirect("clinic_staff", membership.clinic.code)


@staff_view("GET", "POST")
def profile(request, membership):
    """The name, credentials and NPI the member's letters are signed with."""
    form = ProfileForm(request.POST or None, instance=membership)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Your signature details are saved.")
        return redirect("clinic_queue", membership.clinic.code)
    return render(
        request,
        "clinic/profile.html",
        {"membership": membership, "clinic": membership.clinic, "form": form},
    )


@staff_view("GET", admin_only=True)
def audit_log(request, membership):
    events = AuditEvent.objects.filter(clinic_code=membership.clinic.code)[:500]
    return render(
        request,
        "clinic/audit.html",
        {"membership": membership, "clinic": membership.clinic, "events": events},
    )


def invite_problem(invite, clinic_code, user=None):
    if invite is None:
        return "This invite link is not valid. Ask your clinic admin for a new one."
    if invite.clinic.code != clinic_code:
        return "This invite is for another clinic. Ask your clinic admin for the right link."
    if invite.email and user is not None and user.email.lower() != invite.email.lower():
        return (
            "This invite is for someone else's email address. Sign in with the address it was "
            "sent to, or ask your clinic admin for a link for yours."
        )
    if invite.used_at is not None:
        return "This invite link has already been used. Each link works once."
    if invite.expires_at <= timezone.now():
        return "This invite link has expired. Ask your clinic admin for a new one."
    return None


@login_required
@never_cache
def join(request, clinic_code, token):
    """Accept an invite: the signed-in person joins the clinic, once."""
    invite = Invite.objects.select_related("clinic").filter(token=token).first()
    problem = invite_problem(invite, clinic_code, request.user)
    if problem is None and request.method == "POST":
        problem = accept_invite(invite, clinic_code, request.user)
        if problem is None:
            audit.record(request, "join_clinic", clinic=invite.clinic)
            messages.success(
                request,
                f"Welcome to {invite.clinic.name}. Add the name, "
                "credentials and NPI your letters are signed with.",
            )
            return redirect("clinic_profile", invite.clinic.code)
    if problem:
        audit.record(request, "join_clinic", target=f"clinic {clinic_code[:20]}", denied=True)
    return render(
        request,
        "clinic/join.html",
        {"invite": invite, "problem": problem},
        status=400 if problem else 200,
    )


def accept_invite(invite, clinic_code, user):
    """Make the user a member and use the invite up, together; or what stops it, in words."""
    try:
        with transaction.atomic():
            locked = Invite.objects.select_for_update().get(pk=invite.pk)
            if problem := invite_problem(locked, clinic_code, user):
                return problem
            # Someone removed before can be invited back: their membership comes back to life.
            Membership.objects.update_or_create(
                clinic=invite.clinic,
                user=user,
                removed_at__isnull=False,
                defaults={"removed_at": None, "role": invite.role},
                create_defaults={
                    "clinic": invite.clinic,
                    "user": user,
                    "role": invite.role,
                    "display_name": user.full_name,
                },
            )
            locked.used_at, locked.used_by = timezone.now(), user
            locked.save(update_fields=["used_at", "used_by"])
    except IntegrityError:
        return "You are already a member of this clinic."
    return None


@login_required
@never_cache
def my_clinics(request):
    memberships = Membership.objects.active().filter(user=request.user).select_related("clinic")
    if len(memberships) == 1:
        return redirect("clinic_queue", memberships[0].clinic.code)
    return render(request, "clinic/choose.html", {"memberships": memberships})


@staff_view("POST", admin_only=True)
def invite_revoke(request, membership, invite_id):
    """Revoke an open invite: its link stops working at once."""
    invite = get_object_or_404(
        Invite.objects.filter(clinic=membership.clinic, used_at__isnull=True), pk=invite_id
    )
    invite.expires_at = timezone.now()
    invite.save(update_fields=["expires_at"])
    audit.record(request, "revoke_invite", clinic=membership.clinic, target=f"invite {invite.pk}")
    messages.success(request, "Invite revoked: its link no longer works.")
    return redirect("clinic_staff", membership.clinic.code)
