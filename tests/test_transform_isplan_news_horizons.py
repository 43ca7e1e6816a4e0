"""A news report that names no plan but commits to figures by a horizon ("到2027年，…普及率达到
98%", "目标到2026年，该市将建成…") states a plan's commitments: its horizon lines are goal lines
(task null, the horizon's year) and, with three targets or more, the page is a plan. A horizon
before the page's own year is a date of the past ("到2020年底，…达到90%" in a 2023 report): none.
Examples are invented."""

from __future__ import annotations

import pytest

from transform.document import parse_document


def _parse(text: str):
    return parse_document(text, source="n.txt", is_text=True)


_NEWS = "{headline}\n发布时间：{date} 来源：县融媒体中心\n{lead}\n{body}\n"


@pytest.mark.parametrize(
    ("headline", "body", "year", "expect"),
    [
        (
            "我县持续提升农村供水保障能力",
            "围绕水源、水厂、管网开展专项行动，到2027年，全面实现农村供水县域统管。"
            "城乡供水一体化率达到85%，农村自来水普及率达到98%，水质达标率达到92%。",
            2027,
            {(85.0, "%"), (98.0, "%"), (92.0, "%")},
        ),
        (
            "某市城乡供水一体化项目开工",
            "目标到2026年，该市将建成县域三级供水格局，新增供水保障人口6.5万人，"
            "自来水覆盖率达到99%以上，供水保证率达到95%以上。",
            2026,
            {(6.5, "万人"), (99.0, "%"), (95.0, "%")},
        ),
        (
            "乡村旅游迎来新机遇",
            "根据部署，到 2027 年全区旅游接待人次达到 1500 万人次，旅游总收入达到 160 亿元，"
            "培育星级民宿 40 家。",
            2027,
            {(1500.0, "万人次"), (160.0, "亿元"), (40.0, "家")},
        ),
    ],
)
def test_a_news_horizon_line_gives_targets_and_a_plan(headline, body, year, expect) -> None:
    lead = "记者日前从有关部门获悉，相关工作正全面展开。"
    p = _parse(_NEWS.format(headline=headline, date="2024-05-08", lead=lead, body=body))
    got = {(t["value"], t["unit"]): t for t in p.targets}
    assert expect <= set(got), got
    assert all(got[k]["task_id"] is None and got[k]["year"] == year for k in expect)
    assert p.document["is_plan"] is True


@pytest.mark.parametrize(
    "body",
    [
        "到2020年底，全县农村自来水普及率达到90%，规模化供水覆盖率达到60%，水质达标率达到88%。",
        "截至到2023年底，全区已建成供水站18座，自来水普及率达到96%，管网延伸120公里。",
    ],
)
def test_a_horizon_of_the_past_gives_none(body) -> None:
    lead = "记者日前从有关部门获悉，农村供水工作成效明显。"
    p = _parse(_NEWS.format(headline="农村供水成效明显", date="2024-05-08", lead=lead, body=body))
    assert p.targets == []
    assert p.document["is_plan"] is False
