from django.contrib import admin

from coverage_guide.audit import AuditedReads

from .models import LetterVersion


@admin.register(LetterVersion)
class LetterVersionAdmin(AuditedReads, admin.ModelAdmin):
    """Read-only: letter versions are immutable."""

    list_display = ["case", "kind", "subject", "number", "created_by", "created_at"]
    list_filter = ["kind"]
    search_fields = ["subject", "sha256", "case__owner__email"]
    list_select_related = ["case", "created_by"]
    readonly_fields = [
        "case",
        "kind",
        "target_key",
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
