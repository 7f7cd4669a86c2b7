"""Every plan type's road of appeal levels, and where a denial stands on it, from tables."""

from datetime import date

import pytest

from patients.knowledge.deadlines import Deadline
from patients.knowledge.deadlines.road import ROADS, road_for
from patients.knowledge.sources import CFR_405


@pytest.mark.parametrize(
    ("family", "names"),
    [
        (
            "group",
            [
                "Internal appeal",
                "Second internal appeal, if your plan has one",
                "External review",
                "A lawsuit under ERISA",
            ],
        ),
        ("individual", ["Internal appeal", "External review"]),
        ("medicaid", ["Appeal to your Medicaid plan", "State fair hearing"]),
        (
            "medicare",
            ["Redetermination", "Reconsideration", "Hearing", "Review", "Judicial review"],
        ),
        (
            "medicare_advantage",
            ["Reconsideration", "Independent review", "Hearing", "Review", "Judicial review"],
        ),
        ("part_d", ["Redetermination", "Reconsideration", "Hearing", "Review", "Judicial review"]),
    ],
)
def test_each_plan_family_has_its_whole_road(family, names):
    assert [level.name for level in ROADS[family]] == names


def test_no_road_where_our_sources_have_none():
    assert road_for(None, []) is None


DUE = Deadline(
    "Ask for reconsideration", date(2027, 1, 1), "", CFR_405, "you", event="file_reconsideration"
)


@pytest.mark.parametrize(
    ("family", "appeals", "states"),
    [
        ("group", [], ["next", "later", "later", "later"]),
        ("group", [("internal_1", "pending")], ["waiting", "later", "later", "later"]),
        ("group", [("internal_1", "upheld")], ["lost", "optional", "next", "later"]),
        (
            "group",
            [("internal_1", "upheld"), ("internal_2", "upheld")],
            ["lost", "lost", "next", "later"],
        ),
        ("group", [("internal_1", "overturned")], ["won", "later", "later", "later"]),
        (
            "group",
            [("internal_1", "upheld"), ("external", "pending")],
            ["lost", "later", "waiting", "later"],
        ),
        (
            "group",
            [("internal_1", "upheld"), ("external", "upheld")],
            ["lost", "later", "lost", "optional"],
        ),
        ("medicaid", [("internal_1", "upheld")], ["lost", "next"]),
        ("medicare", [("redetermination", "upheld")], ["lost", "next", "later", "later", "later"]),
        (
            "medicare_advantage",
            [("internal_1", "upheld")],
            ["lost", "next", "later", "later", "later"],
        ),
    ],
)
def test_where_a_denial_stands_on_its_road(family, appeals, states):
    assert [stop.state for stop in road_for(family, appeals, [DUE])] == states


def test_the_next_level_carries_its_deadline():
    stops = road_for("medicare", [("redetermination", "upheld")], [DUE])
    assert stops[1].deadline is DUE and stops[0].deadline is None
