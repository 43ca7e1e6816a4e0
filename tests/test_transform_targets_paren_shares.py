"""A figure in brackets right after a count, the bracket opening with 每个/每/各 and a noun, shares
that count out ("新增10个（每个街道1个）老年人助餐点", "建设污水处理站8座（每镇1座）"): no target of
its own; the count before it stays, and a bracket after a word that is no count ("配备村医（每村1名
以上）") is left to the other rules (audit round 18B: a 区 民生实事 news read the share). Examples
are invented."""

from __future__ import annotations

import pytest

from transform.document import parse_document


def _targets(text: str) -> list[dict]:
    return parse_document(text, source="x.txt", is_text=True).targets


_HEAD = "某县2025年民生实事工作方案\n一、目标任务\n"


@pytest.mark.parametrize(
    "sentence, count, share",
    [
        ("年内新增12个（每个街道1个）老年人助餐点。", 12.0, 1.0),
        ("建设乡镇污水处理站8座（每镇1座）。", 8.0, 1.0),
        ("新建農家書屋30個(每個鄉鎮2個)。", 30.0, 2.0),
        ("培训基层农技人员300人（各乡镇20人）。", 300.0, 20.0),
    ],
    ids=["each-street", "each-town", "traditional", "ge"],
)
def test_a_share_in_brackets_is_no_target(sentence, count, share):
    got = [t["value"] for t in _targets(_HEAD + sentence + "\n")]
    assert count in got and share not in got, got


def test_a_bracket_after_no_count_is_left_alone():
    got = [t["value"] for t in _targets(_HEAD + "全县行政村配备村医（每村2名以上），新建卫生室15个。\n")]
    assert 15.0 in got and 2.0 in got, got
