"""A page that reports a plan's goals by horizon ("到2025年" on its own line, then its paragraph)
and breaks the paragraph with short bold leads ("基本实现园林城市全覆盖", then the figures): the
lead is a subheading inside the horizon, so the figures below it still belong to that year. A
numbered section (二、保障措施) or a review heading ends the horizon. Examples are invented."""

from __future__ import annotations

import pytest

from transform.document import parse_document


def _parse(text: str):
    return parse_document(text, source="h.txt", is_text=True)


_PAGE = (
    "{headline}\n2024-03-02 09:15 | 市融媒体中心\n"
    "近日，市政府办公室印发《{plan}》，明确了今后几年的目标任务。\n"
    "{year_line}\n"
    "{year_line}，{opening}\n"
    "{lead}\n"
    "{figures}\n"
)


@pytest.mark.parametrize(
    ("plan", "year", "opening", "lead", "figures", "expect"),
    [
        (
            "城市更新行动方案(2024-2027年)",
            2025,
            "试点片区更新工作基本完成，城市功能明显完善。",
            "推动口袋公园遍布城区",
            "推动口袋公园遍布城区，公园绿地服务半径覆盖率达到85%。历史街区保护利用比例达到70%。",
            {(85.0, "%"), (70.0, "%")},
        ),
        (
            "农村供水保障提升方案（2024—2026年）",
            2026,
            "农村供水工程体系更加完善。",
            "水质保障能力全面提升",
            "水质保障能力全面提升，农村自来水普及率达到99%，规模化供水工程覆盖人口比例提高到92%。",
            {(99.0, "%"), (92.0, "%")},
        ),
        (
            "数字乡村建设行动计划（2024-2028年）",
            2028,
            "数字乡村建设取得明显成效。",
            "乡村网络设施更加完备",
            "乡村网络设施更加完备，行政村5G通达率达到95%以上，建成益农信息社300个。",
            {(95.0, "%"), (300.0, "个")},
        ),
    ],
)
def test_a_bold_lead_inside_a_horizon_keeps_its_year(plan, year, opening, lead, figures, expect) -> None:
    text = _PAGE.format(
        headline="我市明确今后几年发展目标",
        plan=plan,
        year_line=f"到{year}年",
        opening=opening,
        lead=lead,
        figures=figures,
    )
    p = _parse(text)
    got = {(t["value"], t["unit"]): t for t in p.targets}
    assert expect <= set(got), got
    assert all(got[k]["year"] == year and got[k]["task_id"] is None for k in expect)


def test_a_numbered_section_ends_the_horizon() -> None:
    text = _PAGE.format(
        headline="我市明确今后几年发展目标",
        plan="城市更新行动方案(2024-2027年)",
        year_line="到2025年",
        opening="试点片区更新工作基本完成，城市功能明显完善。",
        lead="二、保障措施",
        figures="市财政每年安排专项资金，奖补资金比例达到30%，配套资金比例达到20%。",
    )
    p = _parse(text)
    assert not [t for t in p.targets if t["year"] == 2025], p.targets
