"""The denial reader: an insurer's letter in, what it says out, each finding with the sentence
it came from. Deterministic and private: plain rules over the letter's words, no network call,
no language model. `extract` turns files into text; `read` reads text."""

from . import contact, reasons, rules, status, timing
from .dates import DAY_FIRST, day_first
from .findings import FIELDS, LISTS, Finding, Reading
from .text import prepare

__all__ = ["FIELDS", "LISTS", "Finding", "Reading", "read"]

# Words nearly every denial or explanation of benefits uses; a text with none is not one.
LETTER_WORDS = (
    "appeal", "denied", "denial", "claim", "coverage", "covered", "authorization", "benefit",
    "decision", "determination", "member", "insurance", "plan", "medicare", "medicaid",
    # and in Spanish: "apelación", "denegación", "cobertura", "afiliado", "beneficio"
    "apela", "deneg", "cobertura", "afiliad", "beneficio",
)  # fmt: skip


def read(raw):
    letter = prepare(raw)
    token = DAY_FIRST.set(day_first(letter.text))
    try:
        return read_prepared(letter)
    finally:
        DAY_FIRST.reset(token)


def read_prepared(letter):
    reading = Reading(set_aside=letter.set_aside)
    lowered = letter.text.lower()
    if len(lowered.strip()) < 40 or sum(word in lowered for word in LETTER_WORDS) < 2:
        reading.looks_like_a_letter = False
        return reading
    found = reading.found
    found["insurer"] = rules.insurer(letter)
    found["plan_type"] = rules.plan_type(letter)
    found["notice_date"] = timing.notice_date(letter)
    notice = found["notice_date"].value if found["notice_date"] else None
    found["final_internal"] = status.final_internal(letter)
    found["appeal_by"], found["appeal_days"] = timing.appeal_deadline(
        letter, notice, final=found["final_internal"].value
    )
    found["reference_number"] = rules.reference_number(letter)
    found["claim_number"] = rules.claim_number(letter)
    found["member_id"] = rules.member_id(letter)
    found["service_codes"] = rules.service_codes(letter)
    found["remark_codes"] = reasons.remark_codes(letter)
    found["reasons"], reading.also_mentioned = reasons.most_likely(
        letter, reasons.reasons(letter, found["remark_codes"])
    )
    found["policy_numbers"] = rules.policy_numbers(letter)
    found["appeals_address"] = contact.appeals_address(letter)
    found["appeals_fax"] = contact.appeals_fax(letter)
    found["urgent"] = status.urgent(letter)
    return reading
