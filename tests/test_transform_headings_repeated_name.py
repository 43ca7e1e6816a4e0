"""A plan's name printed in 《》 over the same name on the next line is its heading once
(invented pages in several layouts)."""

from __future__ import annotations

from transform import headings as H
from transform.heading_top import top_heading
from transform.metadata import extract_metadata


def test_bracketed_name_over_the_same_name_is_read_once():
    top = [
        "《北岭市乡村旅游提质三年行动方案》",
        "北岭市乡村旅游提质三年行动方案",
        "为加快乡村旅游发展,结合实际,制定本方案。",
        "一、总体要求",
    ]
    assert H.first_heading(top) == "北岭市乡村旅游提质三年行动方案"
    assert top_heading(top) == "北岭市乡村旅游提质三年行动方案"


def test_the_page_title_and_plan_title_are_the_name_once():
    page = (
        "《江川县2025年农村人居环境整治工作方案》\n\n江川县2025年农村人居环境整治工作方案\n\n"
        "为持续改善农村人居环境,根据上级部署,制定本方案。\n一、工作目标\n到2025年底,完成改厕1200户。\n"
    )
    meta = extract_metadata(page, {}, page, page_has_body=True)
    assert meta["title"] == "江川县2025年农村人居环境整治工作方案"
    assert meta["plan_title"] == "江川县2025年农村人居环境整治工作方案"


def test_a_name_wrapped_over_two_lines_is_still_joined():
    top = ["南坪区深化营商环境改革", "三年行动方案(2024—2026年)", "为优化营商环境,制定本方案。"]
    assert H.first_heading(top) == "南坪区深化营商环境改革三年行动方案(2024—2026年)"
