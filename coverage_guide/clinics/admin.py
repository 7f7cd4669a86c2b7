from django.contrib import admin

from coverage_guide.audit import AuditedReads

from .models import CaseSeen, CaseShare, CaseSummary, StaffNote


class CaseChildAdmin(AuditedReads, admin.ModelAdmin):
    list_select_related = ["case", "case__owner"]
    raw_id_fields = ["case"]


@admin.register(CaseShare)
class CaseShareAdmin(CaseChildAdmin):
    list_display = ["case", "clinic", "assignee", "consented_at", "revoked_at"]
    list_filter = ["clinic"]
    search_fields = ["case__owner__email", "clinic__name"]
    raw_id_fields = ["case", "consented_by", "assignee"]


@admin.register(StaffNote)
class StaffNoteAdmin(CaseChildAdmin):
    list_display = ["case", "clinic", "author_label", "created_at"]
    list_filter = ["clinic"]
    search_fields = ["author_label", "case__owner__email"]
    raw_id_fields = ["case", "author"]


@admin.register(CaseSummary)
class CaseSummaryAdmin(CaseChildAdmin):
    list_display = [
        "case",
        "current_step",
        "attention",
        "next_deadline",
        "pa_pending",
        "denied_claims",
        "appeal_due",
        "refreshed_at",
    ]
    list_filter = ["current_step", "attention", "pa_pending"]
    search_fields = ["case__owner__email", "case__patient_name"]


@admin.register(CaseSeen)
class CaseSeenAdmin(CaseChildAdmin):
    list_display = ["case", "membership", "seen_at"]
    raw_id_fields = ["case", "membership"]
