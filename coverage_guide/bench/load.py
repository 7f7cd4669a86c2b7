"""A bounded load run on loopback: gunicorn configured as in production, Locust clients, 60 s of
pages alone and then 60 s of pages while other clients make and download letters. Prints
requests per second, p50/p95/p99 and errors: a benchmark, never a test.

It makes its own throwaway database (PostgreSQL when one answers on 127.0.0.1:5432, as in
production; else SQLite), its own collected static files and its own signed-in patients, and
stops the server and drops the database when it is done."""

import argparse
import csv
import json
import os
import secrets
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

from cryptography.fernet import Fernet
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.test import Client

from coverage_guide.models import User
from patients.steps import STEPS

from . import record

STEP_SLUGS = [step.slug for step in STEPS]
# Letters a load client makes: one long (3 pages), one short, one with every table.
LOAD_LETTERS = ["medical-necessity", "call-script", "case-summary"]

LOCUSTFILE = Path(__file__).resolve().parent / "locustfile.py"
POSTGRES = "postgres://postgres@127.0.0.1:5432/"
BENCH_DATABASE = "coverage_guide_bench"
P95_BUDGET_RATIO = 2.0
HEAVY_ROWS = 500


class Command(BaseCommand):
    help = "Load run on loopback with gunicorn and Locust: pages alone, then pages with PDFs."
    stealth_options = ("budgets",)

    def add_arguments(self, parser):
        parser.add_argument("--seconds", type=int, default=60)
        parser.add_argument("--clients", type=int, default=50)
        parser.add_argument("--letter-clients", type=int, default=10)
        parser.add_argument("--database-url", help="default: a fresh PostgreSQL or SQLite database")
        parser.add_argument("--prepare", metavar="FILE", help=argparse.SUPPRESS)

    def handle(self, *args, seconds, clients, letter_clients, database_url, prepare, **options):
        if prepare:
            return self.prepare(prepare, clients)
        if not 0 < clients <= 50 or not 0 <= letter_clients < clients:
            raise CommandError("At most 50 clients, and fewer letter clients than clients.")
        with (
            tempfile.TemporaryDirectory(prefix="bench-load-") as work,
            bench_database(database_url, Path(work)) as url,
        ):
            env = {
                **os.environ,
                "DJANGO_SETTINGS_MODULE": "coverage_guide.settings",
                "DATABASE_URL": url,
                "DJANGO_DEBUG": "0",
                "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
                "DJANGO_DATA_KEYS": Fernet.generate_key().decode(),
                "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
                "DJANGO_SECURE_SSL_REDIRECT": "0",  # plain HTTP on loopback; TLS ends at the proxy
                "DJANGO_STATIC_ROOT": str(Path(work, "static")),
            }
            credentials = Path(work, "patients.json")
            for command in (
                ["migrate", "--noinput", "-v0"],
                ["collectstatic", "--noinput", "-v0"],
                ["bench_load", "--prepare", str(credentials), "--clients", str(clients)],
            ):
                subprocess.run([sys.executable, "manage.py", *command], env=env, check=True)
            with gunicorn(env) as (base_url, description):
                self.stdout.write(
                    f"Load on loopback: gunicorn {description}, {vendor(url)}, "
                    f"clients with no pause between requests, {seconds} s a run"
                )
                warm_up(base_url, credentials)
                page_clients = clients - letter_clients
                runs = [
                    (
                        f"pages alone ({page_clients} clients)",
                        locust(env, base_url, credentials, seconds, page_clients, 0),
                    ),
                    (
                        f"pages + PDFs ({page_clients} + {letter_clients} clients)",
                        locust(env, base_url, credentials, seconds, clients, letter_clients),
                    ),
                ]
                # One patient at the row caps asking for the largest letters without pause,
                # beside patients making one-page letters: the small ones against a run without
                # that patient. Each run has its own patients, so no limit carries over.
                small = ["SmallLetterUser"]
                letter_runs = [
                    (
                        f"small letters alone ({letter_clients} clients)",
                        locust(env, base_url, credentials, seconds, letter_clients, 0, small, 0),
                    ),
                    (
                        f"small letters + the largest ({letter_clients} + 1 clients)",
                        locust(
                            env,
                            base_url,
                            credentials,
                            seconds,
                            letter_clients + 1,
                            0,
                            [*small, "LargestLetterUser"],
                            1,
                        ),
                    ),
                ]
        self.report(runs, options)
        self.report_letters(letter_runs, options)

    def prepare(self, path, clients):
        """Signed-in patients, each with a realistic case (runs inside the bench database)."""

        patients = [signed_in(f"load{n}@example.test", rows=10) for n in range(clients)]
        letter_patients = [
            [signed_in(f"letters{run}-{n}@example.test", rows=10) for n in range(clients)]
            for run in range(2)
        ]
        bench = {
            "steps": STEP_SLUGS,
            "letters": LOAD_LETTERS,
            "patients": patients,
            "letter_patients": letter_patients,
            # At the row caps: 500 treatments, 1,000 claims of 3 services, 250 calls.
            "heavy_patient": signed_in("largest@example.test", rows=HEAVY_ROWS),
        }
        Path(path).write_text(json.dumps(bench))

    def report_letters(self, runs, options):
        """Small letters' p95 beside the largest letters against their p95 alone."""
        self.report(runs, options, first="small letter: make", budgets=False)
        alone, mixed = (float(rows["small letter: make"]["95%"]) for _, rows in runs)
        ratio = mixed / alone
        verdict = "met" if ratio <= P95_BUDGET_RATIO else "MISSED"
        self.stdout.write(
            f"Small letters' p95 beside the largest / alone: {ratio:.2f} "
            f"(budget <= {P95_BUDGET_RATIO}x: {verdict})"
        )
        record(
            options,
            "small letter p95, beside largest / alone",
            f"{ratio:.2f}x",
            "<= 2x",
            verdict == "met",
        )

    def report(self, runs, options, first="page", budgets=True):
        header = (
            f"{'run':<44}{'requests':>9}{'req/s':>8}{'p50 ms':>8}{'p95 ms':>8}{'p99 ms':>8}"
            f"{'errors':>8}"
        )
        self.stdout.write(header)
        self.stdout.write("-" * len(header))
        for label, rows in runs:
            for name, row in sorted(rows.items(), key=lambda item: item[0] != first):
                self.stdout.write(
                    f"{label if name == first else '  ' + name:<44}{row['Request Count']:>9}"
                    f"{float(row['Requests/s']):>8.1f}{row['50%']:>8}{row['95%']:>8}"
                    f"{row['99%']:>8}{row['Failure Count']:>8}"
                )
        if not budgets:
            return
        alone, mixed = (float(rows["page"]["95%"]) for _, rows in runs)
        ratio = mixed / alone
        verdict = "met" if ratio <= P95_BUDGET_RATIO else "MISSED"
        self.stdout.write(
            f"Page p95 with PDFs / alone: {ratio:.2f} (budget <= {P95_BUDGET_RATIO}x: {verdict})"
        )
        errors = sum(int(row["Failure Count"]) for _, rows in runs for row in rows.values())
        record(options, "page p95, with PDFs / alone", f"{ratio:.2f}x", "<= 2x", verdict == "met")
        record(options, "errors under load", str(errors), "0", errors == 0)


def signed_in(email, rows):
    """A patient with a case of `rows` rows a list, and a signed-in session of theirs."""
    from .pages import build_case

    user = User.objects.create_user(email=email)
    case = build_case(user, rows=rows)
    client = Client()
    client.force_login(user)
    return {"case": case.pk, "session": client.cookies["sessionid"].value}


def vendor(url):
    return "PostgreSQL" if url.startswith("postgres") else "SQLite"


@contextmanager
def bench_database(url, work):
    """The given database, else a fresh PostgreSQL database if one answers, else SQLite."""
    if url:
        yield url
        return
    try:
        import psycopg

        admin = psycopg.connect(POSTGRES + "postgres", autocommit=True, connect_timeout=3)
    except Exception:  # no PostgreSQL here: the embedded default will do
        yield f"sqlite:///{work / 'bench.sqlite3'}"
        return
    with admin:
        admin.execute(f"DROP DATABASE IF EXISTS {BENCH_DATABASE} WITH (FORCE)")
        admin.execute(f"CREATE DATABASE {BENCH_DATABASE}")
        try:
            yield POSTGRES + BENCH_DATABASE
        finally:
            admin.execute(f"DROP DATABASE IF EXISTS {BENCH_DATABASE} WITH (FORCE)")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def gunicorn(env):
    """gunicorn with the production settings file, on a free loopback port, until the block ends."""
    port = free_port()
    server_env = {**env, "GUNICORN_BIND": f"127.0.0.1:{port}"}
    log = tempfile.TemporaryFile()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "-c",
            "python:coverage_guide.gunicorn_conf",
            "coverage_guide.wsgi",
        ],
        env=server_env,
        cwd=settings.BASE_DIR,
        stderr=log,
    )
    base_url = f"http://127.0.0.1:{port}"
    try:
        try:
            wait_until_up(base_url + "/", server)
        except CommandError:
            log.seek(0)
            sys.stderr.write(log.read().decode(errors="replace")[-3000:])
            raise
        from coverage_guide import gunicorn_conf

        yield (
            base_url,
            (
                f"{gunicorn_conf.workers} workers x {gunicorn_conf.threads} threads, "
                f"{settings.LETTER_RENDER_PROCESSES} render processes a worker"
            ),
        )
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()


def wait_until_up(url, server, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise CommandError("gunicorn stopped before it served a page.")
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise CommandError(f"gunicorn did not answer at {url} within {seconds} s.")


def warm_up(base_url, credentials):
    """Load every page's templates and code in every worker before anything is timed."""
    patient = json.loads(Path(credentials).read_text())["patients"][0]
    for _ in range(4):
        for step in STEP_SLUGS:
            request = urllib.request.Request(
                f"{base_url}/cases/{patient['case']}/steps/{step}/",
                headers={"Cookie": f"sessionid={patient['session']}"},
            )
            with urllib.request.urlopen(request, timeout=30):
                pass


def locust(
    env, base_url, credentials, seconds, clients, letter_clients, classes=None, letter_set=0
):
    """Run Locust headless for `seconds` with the given user classes (by default page users,
    and letter users when there are letter clients); its statistics by request name."""
    with tempfile.TemporaryDirectory(prefix="locust-") as out:
        prefix = str(Path(out, "run"))
        if classes is None:
            classes = ["PageUser", "LetterUser"] if letter_clients else ["PageUser"]
        run = subprocess.run(
            [
                sys.executable,
                "-m",
                "locust",
                "-f",
                str(LOCUSTFILE),
                "--headless",
                "--host",
                base_url,
                "--users",
                str(clients),
                "--spawn-rate",
                str(clients),
                "--run-time",
                f"{seconds}s",
                "--stop-timeout",
                "10",
                "--csv",
                prefix,
                "--only-summary",
                "--loglevel",
                "ERROR",
                *classes,
            ],
            env={
                **env,
                "BENCH_CREDENTIALS": str(credentials),
                "BENCH_LETTER_CLIENTS": str(letter_clients),
                "BENCH_LETTER_SET": str(letter_set),
            },
            check=False,  # Locust exits 1 when any request failed; the errors column says so
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        if not Path(prefix + "_stats.csv").exists():
            raise CommandError(f"Locust did not run: {run.stderr.decode()[-3000:]}")
        with open(prefix + "_stats.csv", newline="") as stats:
            rows = {row["Name"]: row for row in csv.DictReader(stats)}
        with open(prefix + "_failures.csv", newline="") as failures:
            for row in list(csv.DictReader(failures))[:5]:  # what the errors column counts
                sys.stderr.write(f"  {row['Occurrences']} x {row['Name']}: {row['Error'][:200]}\n")
    rows.pop("Aggregated", None)
    return dict(sorted(rows.items(), key=lambda item: item[0] != "page"))
