"""A count of a document's own articles describes the document, it commits to nothing: "意见分为10章
共33条", "《建议》共有15个部分、61条", "《若干措施》共20条"; roads, lines and routes counted in 条 stay
targets."""
from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _values(text: str) -> list[float]:
    return [t["value"] for t in extract_targets(text)]


@pytest.mark.parametrize("text", [
    "意见分为10章共33条，聚焦目标路径和重点任务。",
    "《建议》共有15个部分、61条，分为三大板块。",
    "《若干措施》共20条，涵盖五个方面。",
    "方案共计18条，分为总体要求、重点任务和保障措施。",
], ids=["chapters", "parts", "named", "plan-noun"])
def test_a_documents_own_articles_are_no_target(text):
    assert _values(text) == []


@pytest.mark.parametrize("text, values", [
    ("新增公交线路5条，改造背街小巷12条。", [5.0, 12.0]),
    ("到2027年，全市新建绿道共30条。", [30.0]),
], ids=["routes", "total"])
def test_counts_of_work_in_tiao_stay_targets(text, values):
    assert _values(text) == values
