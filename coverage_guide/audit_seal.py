"""The audit log is append-only below the app too: database triggers refuse any UPDATE or DELETE
of an audit row (and, on PostgreSQL, a TRUNCATE of the table), whoever sends it.

The table's owner can still drop the triggers: this stops mistakes and anyone who can only run
statements, not the database's owner (the README says so). `manage.py flush`, which empties every
table on purpose, lifts the seal for itself and puts it back (coverage_guide/management/commands/
flush.py)."""

TABLE = "coverage_guide_auditevent"
REFUSAL = "audit events are append-only"

SEAL = {
    "sqlite": [
        f"CREATE TRIGGER IF NOT EXISTS {TABLE}_no_update BEFORE UPDATE ON {TABLE} "
        f"BEGIN SELECT RAISE(ABORT, '{REFUSAL}'); END",
        f"CREATE TRIGGER IF NOT EXISTS {TABLE}_no_delete BEFORE DELETE ON {TABLE} "
        f"BEGIN SELECT RAISE(ABORT, '{REFUSAL}'); END",
    ],
    "postgresql": [
        f"""CREATE OR REPLACE FUNCTION {TABLE}_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION '{REFUSAL}' USING ERRCODE = 'insufficient_privilege'; END $$""",
        f"CREATE OR REPLACE TRIGGER {TABLE}_no_change BEFORE UPDATE OR DELETE ON {TABLE} "
        f"FOR EACH ROW EXECUTE FUNCTION {TABLE}_refuse()",
        f"CREATE OR REPLACE TRIGGER {TABLE}_no_truncate BEFORE TRUNCATE ON {TABLE} "
        f"FOR EACH STATEMENT EXECUTE FUNCTION {TABLE}_refuse()",
    ],
}
UNSEAL = {
    "sqlite": [
        f"DROP TRIGGER IF EXISTS {TABLE}_no_update",
        f"DROP TRIGGER IF EXISTS {TABLE}_no_delete",
    ],
    "postgresql": [
        f"DROP TRIGGER IF EXISTS {TABLE}_no_change ON {TABLE}",
        f"DROP TRIGGER IF EXISTS {TABLE}_no_truncate ON {TABLE}",
        f"DROP FUNCTION IF EXISTS {TABLE}_refuse()",
    ],
}


def _run(connection, statements):
    if TABLE not in connection.introspection.table_names():
        return
    with connection.cursor() as cursor:
        for statement in statements.get(connection.vendor, []):
            cursor.execute(statement)


def seal(connection):
    _run(connection, SEAL)


def unseal(connection):
    _run(connection, UNSEAL)


def is_sealed(connection):
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute(
                "SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = %s",
                [TABLE],
            )
        else:
            cursor.execute(
                "SELECT COUNT(*) FROM pg_trigger WHERE tgrelid = %s::regclass AND NOT tgisinternal",
                [TABLE],
            )
        return cursor.fetchone()[0] > 0
