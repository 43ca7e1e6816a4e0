"""Meeting news commits to figures with a deadline set by a word of obligation ("我县必须在今年
11月底前，完成…安装任务", "各乡镇要在年底前完成…"): 必须/务必/要/须 + 在 + a time of this year + 前
is a forward line like "今年我县将…". A deadline reported as met (已在…前完成) gives none.
Examples are invented."""

from __future__ import annotations

import pytest

from transform.document import parse_document


def _targets(text: str) -> set[tuple]:
    p = parse_document(text, source="n.txt", is_text=True)
    return {(t["value"], t["unit"]) for t in p.targets}


_LEAD = "全县农村饮水安全巩固提升工作推进会召开\n5月10日，全县农村饮水安全巩固提升工作推进会召开，会议对下一阶段工作进行了部署。\n"


@pytest.mark.parametrize(
    "body, expect",
    [
        ("副县长在讲话中指出，我县必须在今年10月底前，完成1.2万户的管网改造任务。", {(1.2, "万户")}),
        ("会议要求，各乡镇要在年底前新建集中供水工程15处。", {(15.0, "处")}),
        ("會議強調，各鄉鎮務必在今年9月底前完成3000戶改造。", {(3000.0, "戶")}),
    ],
)
def test_a_deadline_of_obligation_gives_targets(body, expect):
    assert expect <= _targets(_LEAD + body + "\n")


def test_a_met_deadline_gives_none():
    body = "会议通报，全县已在去年11月底前完成1.2万户的管网改造任务。"
    assert _targets(_LEAD + body + "\n") == set()
