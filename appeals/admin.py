from django.contrib import admin

from .models import Appeal, Denial, LetterVersion, PriorAuthorization


@admin.register(PriorAuthorization)
class PriorAuthorizationAdmin(admin.ModelAdmin):
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


@admin.register(Denial)
class DenialAdmin(admin.ModelAdmin):
    list_display = [
        "case",
        "notice_date",
        "reason",
        "reference_number",
        "prior_authorization",
        "claim",
    ]
    list_filter = ["reason"]
    search_fields = ["reference_number", "insurer_wording", "case__owner__email"]
    list_select_related = ["case", "prior_authorization", "claim"]
    raw_id_fields = ["case", "prior_authorization", "claim"]
    inlines = [AppealInline]


@admin.register(Appeal)
class AppealAdmin(admin.ModelAdmin):
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


@admin.register(LetterVersion)
class LetterVersionAdmin(admin.ModelAdmin):
    """Read-only: letter versions are immutable."""

    list_display = ["case", "kind", "subject", "number", "created_by", "created_at"]
    list_filter = ["kind"]
    search_fields = ["subject", "sha256", "case__owner__email"]
    list_select_related = ["case", "created_by"]
    readonly_fields = [
        "case",
        "kind",
        "denial",
        "claim",
        "subject",
        "number",
        "sha256",
        "context",
        "created_by",
        "created_at",
    ]
    exclude = ["pdf"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
