"""A line of prose wrapped at the page's width (a PDF rendered line by line) is never the plan's
heading, even where it names a plan word ("…根本 / 任务,坚持…战略,深化…改革,全面提"): a line with
two or more commas is prose; the heading above it is the plan_title."""
from __future__ import annotations

import pytest

from transform.document import parse_document

ITEMS = "一、坚持立德树人，加强党的全面领导\n1.新建学校3所。（牵头单位：市教育局）\n"


@pytest.mark.parametrize("head,name", [
    (
        "市教育局 2026 年度教育工作要点\n2026 年是实施规划的关键之年。全市教育工作的总体思路是:全面落实立德树人根本\n"
        "任务,坚持教育优先发展战略,深化教育领域综合改革,全面提\n升教育质量和水平。\n",
        "市教育局 2026 年度教育工作要点",
    ),
    (
        "某县2026年农业农村工作要点\n今年全县农业农村工作的总体要求是:聚焦重点\n"
        "任务，稳定粮食生产，推进乡村建设行动，深化农村改革\n，确保农民持续增收。\n",
        "某县2026年农业农村工作要点",
    ),
])
def test_a_wrapped_prose_line_is_no_plan_heading(head, name):
    assert parse_document(head + ITEMS, source="p.txt", is_text=True).document["plan_title"] == name


def test_a_heading_with_one_comma_may_still_be_the_plan():
    text = "某县2026年重点任务清单（一）\n年底前,全面完成城区管网改造工作方案\n" + ITEMS
    assert parse_document(text, source="p.txt", is_text=True).document["plan_title"] is not None
