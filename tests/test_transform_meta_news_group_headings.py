"""A news page's title is its headline, never a group heading of its body ("聚力突破重点项目"
after the first paragraph): the body's headings come after its prose has begun. A column kicker
before a bar ("以济之力|市发改委：…") opens a headline as "快看！" does. Invented pages."""
from __future__ import annotations

import pytest

from transform.document import parse_document


def _title(text: str) -> str | None:
    return parse_document(text, source="n.txt", is_text=True).document["title"]


_BODY = ("作为全市经济综合管理部门，市发改委如何在2026年精准落实政府工作报告部署的各项工作任务？"
         "1月20日上午，在新闻发布会上，有关负责同志就此作出通报，明确五大攻坚方向。\n"
         "聚力突破重点项目\n加快推进省市县三级重点项目建设，确保全年形成投资拉动。\n"
         "聚力突破民生保障\n新增城镇就业岗位1.2万个。\n")


@pytest.mark.parametrize("head", [
    "高质量发展看我们|市发改委：五大突破推动经济社会高质量发展",
    "市发改委：五大突破，推动全市经济社会高质量发展",
])
def test_the_headline_above_the_byline_is_the_title(head):
    assert _title(f"{head}\n某某日报 2026-01-21 09:15\n{_BODY}") == head


def test_a_group_heading_after_the_prose_is_never_the_title():
    # the headline is lost (a picture): no title beats a heading of the body
    title = _title(f"■ 图片新闻\n某某日报 2026-01-21 09:15\n{_BODY}")
    assert title != "聚力突破重点项目"


def test_a_source_and_time_stamp_under_the_headline_is_its_byline():
    head = "市发改委：五大突破，推动全市经济社会高质量发展"
    text = f"{head}\n某某报业集团·某某新闻客户端 2026-01-21 09:15:23\n{_BODY}"
    assert _title(text) == head


@pytest.mark.parametrize("sub", ["王某某主持并讲话", "李某某出席", "张某主持会议并讲话"])
def test_a_subtitle_naming_who_presided_is_not_the_title(sub):
    head = "全市2026年重点项目汇报会召开"
    text = f"{head}\n{sub}\n作者：某某 编辑：某某 发布时间：2025年12月10日 09:41:19\n{_BODY}"
    assert _title(text) == head
