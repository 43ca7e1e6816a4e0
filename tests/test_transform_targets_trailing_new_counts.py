"""新增/净增 after the subject and before its count ("高新技术企业新增50家", "市场主体净增1.2万户")
says the count is of new things: it is no part of the indicator, as it is not in "新增高新技术企业
50家" (audit round 12C)."""
from __future__ import annotations

from transform.targets import extract_targets


def _rows(text: str) -> list[tuple]:
    return [(t["indicator"], t["value"], t["unit"], t["change"]) for t in extract_targets(text)]


def test_new_after_the_subject():
    assert _rows("到2025年，高新技术企业新增50家。") == [("高新技术企业", 50.0, "家", None)]


def test_net_new_after_the_subject_in_a_list():
    rows = _rows("市场主体净增1.2万户，规上工业企业新增30家以上。")
    assert [(r[0], r[1]) for r in rows] == [("市场主体", 1.2), ("规上工业企业", 30.0)]


def test_new_before_the_subject_is_unchanged():
    assert [r[0] for r in _rows("新增城镇就业1.5万人。")] == ["城镇就业"]
