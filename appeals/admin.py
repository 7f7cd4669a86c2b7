from django.contrib import admin

from coverage_guide.audit import AuditedReads

from .models import DenialDraft, LetterVersion


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


@admin.register(DenialDraft)
class DenialDraftAdmin(AuditedReads, admin.ModelAdmin):
    """Read-only: what the reader found, until it is built into a case or expires. The findings
    and any kept file stay out of the admin (they are the patient's letter)."""

    list_display = ["created_at", "owner", "source", "pages", "keep_file", "case", "expires_at"]
    list_filter = ["source", "keep_file"]
    search_fields = ["owner__email"]
    list_select_related = ["owner", "case"]
    readonly_fields = ["owner", "source", "pages", "keep_file", "case", "created_at", "expires_at"]
    exclude = ["findings", "files", "data", "token"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
