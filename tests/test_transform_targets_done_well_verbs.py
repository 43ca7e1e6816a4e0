"""A work verb completed by 好 right before a count (实施好十项骨干工程, 建好3个卫生院, 管好50座水库)
heads the noun after the number like the verb alone: the 好 is no indicator of its own."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _rows(text: str) -> list[tuple[str, float, str]]:
    return [(r["indicator"], r["value"], r["unit"]) for r in extract_targets(text, annual_year=2025)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("实施好十项骨干工程和200余项子工程。", [("实施骨干工程", 10.0, "项"), ("子工程", 200.0, "项")]),
        ("推进好5个片区开发,年内完成征收1200户。", [("推进片区开发", 5.0, "个"), ("征收", 1200.0, "户")]),
        ("全县将管好50座小型水库。", [("管好小型水库", 50.0, "座")]),
        ("落实好12项惠民政策。", [("落实好惠民政策", 12.0, "项")]),
    ],
)
def test_verb_with_hao_heads_the_noun(text, expected):
    assert _rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("建设好房子300套。", [("好房子", 300.0, "套")]),  # 好房子 is a noun
        ("实施十项骨干工程。", [("实施骨干工程", 10.0, "项")]),
        ("抓好20个重点项目建设。", [("抓好重点项目建设", 20.0, "个")]),
    ],
)
def test_near_misses_keep_their_reading(text, expected):
    assert _rows(text) == expected


def test_a_list_cue_with_hao_is_still_no_target():
    assert _rows("办好10件民生实事。") == []
