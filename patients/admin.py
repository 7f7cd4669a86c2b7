from django.contrib import admin

from coverage_guide.audit import AuditedReads

from .models import (
    AidApplication,
    Appeal,
    Case,
    Claim,
    ClaimLine,
    Denial,
    DenialReason,
    Diagnosis,
    Document,
    InsurancePolicy,
    InsurerContact,
    PriorAuthorization,
    PriorTreatment,
    ReminderMail,
    SymptomScore,
    TreatingProvider,
)


class CaseChildAdmin(AuditedReads, admin.ModelAdmin):
    list_select_related = ["case", "case__owner"]
    raw_id_fields = ["case"]


@admin.register(Case)
class CaseAdmin(AuditedReads, admin.ModelAdmin):
    list_display = ["id", "__str__", "owner", "treatment", "patient_name", "updated_at"]
    list_filter = ["treatment"]
    search_fields = ["nickname", "patient_name", "owner__email", "policy__member_id"]
    list_select_related = ["owner"]
    raw_id_fields = ["owner"]


@admin.register(InsurancePolicy)
class InsurancePolicyAdmin(CaseChildAdmin):
    list_display = ["case", "insurer", "plan_type", "network_type", "member_id", "state"]
    list_filter = ["plan_type", "network_type"]
    search_fields = ["insurer", "member_id", "group_number", "case__owner__email"]


@admin.register(Diagnosis)
class DiagnosisAdmin(CaseChildAdmin):
    list_display = ["case", "code", "description", "diagnosed_by", "diagnosed_on"]
    search_fields = ["code", "description", "case__owner__email"]


@admin.register(SymptomScore)
class SymptomScoreAdmin(CaseChildAdmin):
    list_display = ["case", "scale", "score", "taken_on"]
    list_filter = ["scale"]
    search_fields = ["case__owner__email"]


@admin.register(PriorTreatment)
class PriorTreatmentAdmin(CaseChildAdmin):
    list_display = [
        "case",
        "kind",
        "name",
        "drug_class",
        "dose_mg_per_day",
        "started_on",
        "ended_on",
        "outcome",
    ]
    list_filter = ["kind", "drug_class", "outcome"]
    search_fields = ["name", "case__owner__email"]


@admin.register(InsurerContact)
class InsurerContactAdmin(CaseChildAdmin):
    list_display = [
        "case",
        "contacted_on",
        "channel",
        "representative",
        "reference_number",
        "follow_up_on",
        "follow_up_done",
    ]
    list_filter = ["channel", "follow_up_done"]
    search_fields = ["reference_number", "representative", "case__owner__email"]


@admin.register(TreatingProvider)
class TreatingProviderAdmin(CaseChildAdmin):
    list_display = [
        "case",
        "clinic_name",
        "prescriber_name",
        "npi",
        "in_network",
        "billing",
        "price_per_session",
    ]
    search_fields = ["clinic_name", "prescriber_name", "npi", "case__owner__email"]


class ClaimLineInline(admin.TabularInline):
    model = ClaimLine
    extra = 0


@admin.register(Claim)
class ClaimAdmin(CaseChildAdmin):
    list_display = [
        "case",
        "service_date",
        "claim_number",
        "status",
        "submitted_by",
        "paid_amount",
        "patient_share",
    ]
    list_filter = ["status", "submitted_by"]
    search_fields = ["claim_number", "denial_code", "case__owner__email"]
    inlines = [ClaimLineInline]


@admin.register(ClaimLine)
class ClaimLineAdmin(AuditedReads, admin.ModelAdmin):
    list_display = ["claim", "code", "units", "charge", "place_of_service"]
    search_fields = ["code", "claim__claim_number"]
    list_select_related = ["claim"]
    raw_id_fields = ["claim"]


@admin.register(AidApplication)
class AidApplicationAdmin(CaseChildAdmin):
    list_display = ["case", "kind", "program", "status", "applied_on", "amount"]
    list_filter = ["kind", "status"]
    search_fields = ["program", "case__owner__email"]


@admin.register(PriorAuthorization)
class PriorAuthorizationAdmin(AuditedReads, admin.ModelAdmin):
    list_display = [
        "case",
        "service",
        "codes",
        "urgency",
        "submitted_on",
        "reference_number",
        "decision",
        "decided_on",
    ]
    list_filter = ["service", "urgency", "decision"]
    search_fields = ["reference_number", "codes", "case__owner__email"]
    list_select_related = ["case"]
    raw_id_fields = ["case"]


class AppealInline(admin.TabularInline):
    model = Appeal
    extra = 0


class DenialReasonInline(admin.TabularInline):
    model = DenialReason
    extra = 0


@admin.register(Denial)
class DenialAdmin(AuditedReads, admin.ModelAdmin):
    list_display = [
        "case",
        "notice_date",
        "reference_number",
        "prior_authorization",
        "claim",
    ]
    list_filter = ["reasons__reason"]
    search_fields = ["reference_number", "reasons__insurer_wording", "case__owner__email"]
    list_select_related = ["case", "prior_authorization", "claim"]
    raw_id_fields = ["case", "prior_authorization", "claim"]
    inlines = [DenialReasonInline, AppealInline]


@admin.register(DenialReason)
class DenialReasonAdmin(AuditedReads, admin.ModelAdmin):
    list_display = ["denial", "reason"]
    list_filter = ["reason"]
    search_fields = ["insurer_wording", "denial__case__owner__email"]
    list_select_related = ["denial"]
    raw_id_fields = ["denial"]


@admin.register(Appeal)
class AppealAdmin(AuditedReads, admin.ModelAdmin):
    list_display = [
        "denial",
        "level",
        "expedited",
        "filed_on",
        "decision_due",
        "outcome",
        "decided_on",
    ]
    list_filter = ["level", "outcome", "expedited"]
    search_fields = ["denial__reference_number", "denial__case__owner__email"]
    list_select_related = ["denial"]
    raw_id_fields = ["denial"]


@admin.register(ReminderMail)
class ReminderMailAdmin(CaseChildAdmin):
    list_display = ["key", "state", "claimed_at", "sent_at"]
    list_filter = ["state", "threshold"]
    search_fields = ["key"]


@admin.register(Document)
class DocumentAdmin(CaseChildAdmin):
    """What is kept, not the file: the file is downloaded only by the patient and their clinic."""

    list_display = ["id", "case", "kind", "title", "file_type", "pages", "size", "added_at"]
    list_filter = ["kind", "file_type"]
    search_fields = ["title"]
    exclude = ["data"]
    readonly_fields = ["file_type", "size", "pages", "sha256", "added_by"]

    def get_queryset(self, request):
        return super().get_queryset(request).defer("data")
