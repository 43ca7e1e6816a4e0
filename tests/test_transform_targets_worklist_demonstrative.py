"""A 民生实事 news report that commits to the year's list in one sentence and lists it in the
next after a demonstrative ("…将集中力量办好十件民生实事。这十件民生实事分别是：完成…；建成…")
gives the figures of the list (task null, the year of the report), and the page is a plan by
them (round 10A). A sentence that only looks back on the list ("这十件实事已全部完成") lists
nothing. Examples are invented."""

from __future__ import annotations

import pytest

from transform.document import parse_document


def _parse(text: str):
    return parse_document(text, source="n.txt", is_text=True)


@pytest.mark.parametrize(
    ("lead", "listed", "expect"),
    [
        (
            "2月11日，记者从某县人代会上了解到，2025年，某县在落实好省市惠民实事的同时，"
            "将集中力量办好十件民生实事。",
            "这十件民生实事分别是：完成城南棚户区改造600套；新建农村公路120公里；"
            "为3000名小学生免费筛查视力；改造农村危旧房800户。",
            {(600.0, "套"), (120.0, "公里"), (3000.0, "名"), (800.0, "户")},
        ),
        (
            "记者从某区政府获悉，2025年该区将继续为群众集中办好8件为民实事，涉及教育、养老、交通等领域。",
            "这些为民实事包括：新建公办幼儿园3所，新增养老床位200张，新增停车位1500个。",
            {(3.0, "所"), (200.0, "张"), (1500.0, "个")},
        ),
    ],
)
def test_a_list_after_a_demonstrative_gives_targets(lead, listed, expect) -> None:
    p = _parse(f"{lead}\n{listed}\n")
    got = {(t["value"], t["unit"]): t for t in p.targets}
    assert expect <= set(got), got
    assert all(got[k]["task_id"] is None and got[k]["year"] == 2025 for k in expect)
    assert p.document["is_plan"] is True


def test_a_look_back_on_the_list_gives_none() -> None:
    text = (
        "记者从某县获悉，截至2024年11月底，某县确定的十件民生实事已基本完成。\n"
        "这十件民生实事已全部完成，累计完成投资2.6亿元，惠及群众5万余人。\n"
    )
    p = _parse(text)
    assert p.targets == []
    assert p.document["is_plan"] is False
