"""The households or people a renovation involves ("改造老旧小区120个、涉及居民1.5万户") are what the
work reaches, like "惠及居民3200户": a target a careful reader could argue either way (ambiguous),
while the count of the work stays a plain target (audit round 10C: 住房保障 plans). A bare
"涉及1.5万户" right after the verb is scope, as before."""
from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _rows(text: str) -> dict[float, dict]:
    return {t["value"]: t for t in extract_targets(text)}


@pytest.mark.parametrize("text, work, people", [
    ("2024年改造城镇老旧小区36个，涉及居民4200户。", 36.0, 4200.0),
    ("实施棚户区改造1800套、涉及群众5000余人。", 1800.0, 5000.0),
    ("完成农村危房改造300户，涉及农户人口1100人。", 300.0, 1100.0),
])
def test_the_people_a_renovation_involves_are_ambiguous(text, work, people):
    rows = _rows(text)
    assert rows[work]["ambiguous"] is False
    assert rows[people]["ambiguous"] is True


def test_a_bare_involved_count_stays_scope():
    assert list(_rows("改造城镇老旧小区120个，涉及1.5万户。")) == [120.0]


def test_an_involved_amount_of_money_is_unchanged():
    rows = _rows("实施老旧小区改造项目10个，涉及资金3000万元。")
    assert all(not r["ambiguous"] for r in rows.values())
