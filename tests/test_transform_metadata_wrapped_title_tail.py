"""A page whose 信息公开 block swallows the first part of the plan's title wrapped over two lines
("时效性:某市国民经济和社会发展" / "第十四个五年规划纲要") leaves only the last part as a heading: that
part is no heading of its own; the plan's title is the page's title ("标题:某市…规划纲要"). A plan
heading that merely ends the title without the rest above it ("某县2024年政府工作报告" over a body
headed "政府工作报告") stays."""

from __future__ import annotations

from transform.metadata import _wrapped_tail, extract_metadata


def _doc(page: str) -> dict:
    return extract_metadata(page, {}, page, page_has_body=True)


def test_block_swallows_the_first_part():
    page = (
        "标题:青禾市国民经济和社会发展第十四个五年规划纲要\n"
        "索引号:0082/2021-00240 发文机关:青禾市发展和改革委员会 发布日期:2021年11月02日 时效性:青禾市国民经济和社会发展\n"
        "第十四个五年规划纲要\n(2021年1月17日青禾市第十五届人民代表大会第七次会议通过)\n"
        "“十四五”时期是全面建设社会主义现代化国家新征程的第一个五年。\n"
    )
    assert _doc(page)["plan_title"] == "青禾市国民经济和社会发展第十四个五年规划纲要"


def test_viewer_wraps_the_title():
    page = (
        "标题|松溪县农村人居环境整治提升五年行动方案(2021—2025年)\n发布时间:2022-03-01\n"
        "松溪县农村人居环境整治提升\n五年行动方案(2021—2025年)\n一、总体要求\n以习近平新时代中国特色社会主义思想为指导。\n"
    )
    assert _doc(page)["plan_title"] == "松溪县农村人居环境整治提升五年行动方案(2021—2025年)"


def test_a_heading_ending_the_title_alone_stays():
    page = (
        "标题:松溪县2024年政府工作报告\n发布日期:2024-01-20\n"
        "政府工作报告\n——2024年1月15日在松溪县第十八届人民代表大会第三次会议上\n各位代表:\n"
    )
    assert _doc(page)["plan_title"] == "松溪县2024年政府工作报告"
    lines = ["发布日期:2024-01-20", "政府工作报告", "各位代表:"]
    assert not _wrapped_tail("政府工作报告", "松溪县2024年政府工作报告", lines)
    lines = ["时效性:松溪县2024年", "政府工作报告"]
    assert _wrapped_tail("政府工作报告", "松溪县2024年政府工作报告", lines)
