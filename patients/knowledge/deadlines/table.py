"""Every family's rules and notes in one table, and each rule found by (family, event)."""

from . import group, medicaid, medicare, military, prior_auth

RULES = group.RULES + medicaid.RULES + medicare.RULES + prior_auth.RULES + military.RULES
RULE = {(r.family, r.event): r for r in RULES}
# Notes in the order the pages list them.
RULE_NOTES = medicaid.NOTES + medicare.NOTES + group.NOTES + prior_auth.NOTES + military.NOTES
MEDICARE_THRESHOLDS = medicare.MEDICARE_THRESHOLDS
MEDICARE_THRESHOLDS_SOURCE = medicare.MEDICARE_THRESHOLDS_SOURCE
