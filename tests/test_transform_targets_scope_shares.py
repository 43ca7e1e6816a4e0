"""A share after a word of scope (全市85%左右县…, 全县90%以上的行政村…) is a part of the whole
that the plan commits to bring somewhere: a target, unlike a count of what exists in the scope
(全县13个供电所). A share that only describes the whole stays out."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _by_value(text: str) -> dict[float, dict]:
    return {r["value"]: r for r in extract_targets(text, default_year=2025)}


@pytest.mark.parametrize(
    ("text", "value", "cmp"),
    [
        ("到2025年,全市85%左右县(市、区)创建成省学前教育普及普惠县。", 85.0, "~"),
        ("全县90%以上的行政村达到美丽乡村建设标准。", 90.0, ">="),
        ("力争全区60%的社区建成完整社区。", 60.0, "="),
        ("全省80%以上的乡镇卫生院达到服务能力基本标准。", 80.0, ">="),
        ("全州70%的县实现城乡供水一体化。", 70.0, "="),
    ],
)
def test_share_after_scope_word_is_a_target(text, value, cmp):
    rows = _by_value(text)
    assert value in rows, rows
    assert rows[value]["unit"] == "%"
    assert rows[value]["comparator"] == cmp


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("全县13个供电所开展安全生产大检查。", 13.0),
        ("全市20所学校开展课后服务试点。", 20.0),
        ("全县60%的人口居住在农村,推进城乡融合发展。", 60.0),
        ("全区30%的耕地分布在山区,加强耕地保护。", 30.0),
    ],
)
def test_scope_counts_and_descriptions_stay_out(text, value):
    assert value not in _by_value(text)
