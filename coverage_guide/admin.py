from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin

from .models import AuditEvent, Clinic, Invite, Membership, User


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    ordering = ["email"]
    list_display = ["email", "full_name", "is_staff", "is_active", "date_joined", "last_login"]
    search_fields = ["email", "full_name"]
    fieldsets = [
        (None, {"fields": ["email", "password"]}),
        ("Profile", {"fields": ["full_name"]}),
        (
            "Permissions",
            {"fields": ["is_active", "is_staff", "is_superuser", "groups", "user_permissions"]},
        ),
        ("Dates", {"fields": ["last_login", "date_joined"]}),
    ]
    add_fieldsets = [(None, {"classes": ["wide"], "fields": ["email", "password1", "password2"]})]


@admin.register(Clinic)
class ClinicAdmin(admin.ModelAdmin):
    list_display = ["name", "code", "require_two_factor", "created_at"]
    search_fields = ["name", "code"]


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ["clinic", "user", "role", "display_name", "credentials", "npi", "removed_at"]
    list_filter = ["role", "clinic"]
    search_fields = ["user__email", "display_name", "npi", "clinic__name"]
    list_select_related = ["clinic", "user"]
    raw_id_fields = ["user"]


@admin.register(Invite)
class InviteAdmin(admin.ModelAdmin):
    list_display = ["clinic", "role", "email", "created_at", "expires_at", "used_at"]
    list_filter = ["role", "clinic"]
    search_fields = ["email", "clinic__name"]
    list_select_related = ["clinic"]
    exclude = ["token"]
    raw_id_fields = ["created_by", "used_by"]


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin):
    """Read-only: the log is append-only."""

    list_display = [
        "at",
        "actor_label",
        "clinic_name",
        "case_id",
        "action",
        "target",
        "outcome",
        "ip",
    ]
    list_filter = ["outcome", "action", "clinic_code"]
    search_fields = ["actor_label", "clinic_name", "action", "target", "path"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
