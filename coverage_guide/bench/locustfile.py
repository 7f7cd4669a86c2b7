"""Locust users for the load benchmark (`manage.py bench_load` runs them; never the app).

Each simulated patient is signed in (a session made by the benchmark) and owns one realistic
case. PageUser reads the wizard's pages; LetterUser makes a letter and downloads the PDF."""

import itertools
import json
import os
import random
import re
import secrets
import time

from locust import FastHttpUser, constant, task

# Written by `bench_load --prepare`: the step slugs, the letter kinds, the signed-in patients.
with open(os.environ["BENCH_CREDENTIALS"]) as credentials_file:
    BENCH = json.load(credentials_file)
_next_patient = itertools.count()


class Patient(FastHttpUser):
    abstract = True
    wait_time = constant(0)

    def on_start(self):
        self.use(BENCH["patients"][next(_next_patient) % len(BENCH["patients"])])

    def use(self, patient):
        self.case_url = f"/cases/{patient['case']}/"
        self.csrf = secrets.token_hex(16)  # a CSRF secret of our own, as the cookie and header
        self.headers = {
            "Cookie": f"sessionid={patient['session']}; csrftoken={self.csrf}",
            "X-CSRFToken": self.csrf,
        }

    def page(self, url):
        with self.client.get(url, headers=self.headers, name="page", catch_response=True) as r:
            if r.status_code != 200 or b"</html>" not in (r.content or b""):
                r.failure(f"{url}: {r.status_code}")


class PageUser(Patient):
    @task(9)
    def step(self):
        self.page(f"{self.case_url}steps/{random.choice(BENCH['steps'])}/")

    @task(1)
    def dashboard(self):
        self.page(self.case_url)


class LetterUser(Patient):
    fixed_count = int(os.environ.get("BENCH_LETTER_CLIENTS", "0"))

    @task
    def make_and_download(self):
        kind = random.choice(BENCH["letters"])
        with self.client.post(
            f"{self.case_url}letters/{kind}/new/",
            headers=self.headers,
            name="letter: make",
            allow_redirects=False,
            catch_response=True,
        ) as made:
            found = re.search(r"#letter-(\d+)$", made.headers.get("Location", ""))
            if made.status_code != 302 or not found:
                made.failure(f"{kind}: {made.status_code}")
                return
        with self.client.get(
            f"{self.case_url}letters/{found[1]}/download/",
            headers=self.headers,
            name="letter: download",
            catch_response=True,
        ) as pdf:
            if pdf.status_code != 200 or not (pdf.content or b"").startswith(b"%PDF-"):
                pdf.failure(f"download: {pdf.status_code}")


class SmallLetterUser(Patient):
    """A patient making a one-page letter every few seconds (a brisk person, not a script: the
    per-person limit would refuse a script, and this measures waiting, not refusals)."""

    wait_time = constant(3)

    def on_start(self):
        patients = BENCH["letter_patients"][int(os.environ.get("BENCH_LETTER_SET", "0"))]
        self.use(patients[next(_next_patient) % len(patients)])

    @task
    def make_and_download(self):
        with self.client.post(
            f"{self.case_url}letters/call-script/new/",
            headers=self.headers,
            name="small letter: make",
            allow_redirects=False,
            catch_response=True,
        ) as made:
            if made.status_code != 302 or "#letter-" not in made.headers.get("Location", ""):
                made.failure(f"not made: {made.status_code} {made.headers.get('Location')}")


class LargestLetterUser(Patient):
    """One patient whose case is at the row caps, asking without pause for the largest letters.
    Made or refused by the per-person limits, each answer is a success: what is measured is what
    this does to everyone else's letters."""

    fixed_count = 1

    def on_start(self):
        self.use(BENCH["heavy_patient"])

    @task
    def make(self):
        kind = random.choice(["case-summary", "medical-necessity"])
        started = time.perf_counter()
        with self.client.post(
            f"{self.case_url}letters/{kind}/new/",
            headers=self.headers,
            name="largest letters: asked",
            allow_redirects=False,
            catch_response=True,
        ) as asked:
            if asked.status_code != 302:
                asked.failure(f"{kind}: {asked.status_code}")
                return
            made = "#letter-" in asked.headers.get("Location", "")
        # Counted apart: how many of the asks were made, and how long those took.
        self.environment.events.request.fire(
            request_type="POST",
            name="largest letters: made" if made else "largest letters: refused (limit)",
            response_time=(time.perf_counter() - started) * 1000,
            response_length=0,
            exception=None,
            context={},
        )
