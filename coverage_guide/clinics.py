"""Clinic admin: invite staff by single-use expiring links, remove them, read the audit log."""

import secrets
from datetime import timedelta

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import IntegrityError, transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import never_cache

from patients.views.staff import staff_view

from . import audit
from .models import AuditEvent, Invite, Membership

INVITE_LIFETIME = timedelta(days=7)


class InviteForm(forms.ModelForm):
    class Meta:
        model = Invite
        fields = ["email", "role"]


class ProfileForm(forms.ModelForm):
    class Meta:
        model = Membership
        fields = ["display_name", "credentials", "npi"]

    def clean_npi(self):
        from patients.knowledge.codes import npi_problem

        npi = self.cleaned_data["npi"].strip()
        if npi and (problem := npi_problem(npi)):
            raise forms.ValidationError(problem)
        return npi


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
            "members": membership.clinic.memberships.active().select_related("user"),
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
    events = AuditEvent.objects.filter(clinic=membership.clinic).select_related("clinic")[:500]
    return render(
        request,
        "clinic/audit.html",
        {"membership": membership, "clinic": membership.clinic, "events": events},
    )


def invite_problem(invite, clinic_code):
    if invite is None:
        return "This invite link is not valid. Ask your clinic admin for a new one."
    if invite.clinic.code != clinic_code:
        return "This invite is for another clinic. Ask your clinic admin for the right link."
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
    problem = invite_problem(invite, clinic_code)
    if problem is None and request.method == "POST":
        try:
            with transaction.atomic():
                locked = Invite.objects.select_for_update().get(pk=invite.pk)
                problem = invite_problem(locked, clinic_code)
                if problem is None:
                    Membership.objects.create(
                        clinic=invite.clinic,
                        user=request.user,
                        role=invite.role,
                        display_name=request.user.full_name,
                    )
                    locked.used_at, locked.used_by = timezone.now(), request.user
                    locked.save(update_fields=["used_at", "used_by"])
        except IntegrityError:
            problem = "You are already a member of this clinic."
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


@login_required
@never_cache
def my_clinics(request):
    memberships = Membership.objects.active().filter(user=request.user).select_related("clinic")
    if len(memberships) == 1:
        return redirect("clinic_queue", memberships[0].clinic.code)
    return render(request, "clinic/choose.html", {"memberships": memberships})
