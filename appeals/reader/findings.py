"""What the reader found: each value with the sentence it came from and how sure it is."""

from dataclasses import dataclass, field

SURE = "sure"  # the letter labels it ("Claim number: …") or says it outright
LIKELY = "likely"  # read from the wording or a remark code; check it
GUESS = "guess"  # the best the reader could do; the person should confirm

FIELDS = (
    "insurer",
    "plan_type",
    "notice_date",
    "appeal_by",
    "appeal_days",
    "reference_number",
    "claim_number",
    "member_id",
    "service_codes",
    "reasons",
    "remark_codes",
    "policy_numbers",
    "appeals_address",
    "appeals_fax",
    "final_internal",
    "urgent",
)
LISTS = frozenset({"service_codes", "reasons", "remark_codes", "policy_numbers"})


@dataclass
class Finding:
    value: object
    sentence: str = ""
    sureness: str = LIKELY

    def as_dict(self):
        value = self.value.isoformat() if hasattr(self.value, "isoformat") else self.value
        return {"value": value, "sentence": self.sentence, "sureness": self.sureness}


@dataclass
class Reading:
    """One letter read. Scalar fields hold a Finding or None; list fields, a list of them."""

    found: dict = field(default_factory=dict)
    looks_like_a_letter: bool = True
    set_aside: int = 0  # lines of taglines and page furniture left out
    # reasons the letter names beyond the two it most likely gives: the patient may tick them
    also_mentioned: list = field(default_factory=list)

    def get(self, name):
        return self.found.get(name, [] if name in LISTS else None)

    def value(self, name):
        finding = self.get(name)
        if name in LISTS:
            return [f.value for f in finding]
        return None if finding is None else finding.value

    def values(self):
        """{field: plain value} — dates as ISO text — for JSON and comparison."""
        plain = {}
        for name in FIELDS:
            value = self.value(name)
            plain[name] = value.isoformat() if hasattr(value, "isoformat") else value
        return plain

    def as_dict(self):
        out = {}
        for name in FIELDS:
            finding = self.get(name)
            if name in LISTS:
                out[name] = [f.as_dict() for f in finding]
            else:
                out[name] = None if finding is None else finding.as_dict()
        out["also_mentioned"] = [f.as_dict() for f in self.also_mentioned]
        return out

    @classmethod
    def from_dict(cls, data):
        from datetime import date

        reading = cls()
        for name in FIELDS:
            raw = data.get(name)
            if name in LISTS:
                reading.found[name] = [Finding(**item) for item in raw or []]
            elif raw:
                finding = Finding(**raw)
                if name in ("notice_date", "appeal_by") and isinstance(finding.value, str):
                    finding.value = date.fromisoformat(finding.value)
                reading.found[name] = finding
        reading.also_mentioned = [Finding(**item) for item in data.get("also_mentioned", [])]
        return reading
