"""A page whose title names no year but whose text states the goals of a five-year period
("“十二五”期间全省开发区发展的主要预期目标是：", "公布了水利发展“十三五”规划的发展目标：") covers that
period (EXTRACTION.md: plan_years, the first and last year the plan covers), not the one year
its text names most often. A period the text only cites or links to, a period it reviews, or a
goal it does not state keeps the years read otherwise. Every text here is invented."""

from __future__ import annotations

import pytest

from transform.document import parse_document


def _years(text: str) -> tuple[int | None, int | None]:
    d = parse_document(text, source="p.txt", is_text=True).document
    return d["plan_start_year"], d["plan_end_year"]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (  # a section of a whole plan
            "第三节 发展目标\n"
            "综合考虑未来发展趋势，“十二五”期间我省开发区发展的主要预期目标是：\n"
            "经济规模明显壮大。到2015年，开发区生产总值达到8000亿元。\n"
            "产业结构持续优化。高新技术产业增加值占比达到30%以上。\n",
            (2011, 2015),
        ),
        (  # a news report of a sector plan
            "某部副部长在今天举行的新闻发布会上公布了我国林业发展“十三五”规划的发展目标：森林覆盖率提高到23%，"
            "森林蓄积量增加14亿立方米。\n"
            "据介绍，在确保2017年完成既定任务的基础上，全面推进国土绿化。\n",
            (2016, 2020),
        ),
        (  # traditional characters
            "某部公佈了全國水利發展“十二五”規劃的發展目標：新增供水能力400億立方米左右。\n"
            "此外，在確保2013年解決農村飲水安全問題的基礎上，完成大型灌區續建配套。\n",
            (2011, 2015),
        ),
        (  # 目标为, a later period
            "“十四五”时期全县文旅产业的发展目标为：到2025年，接待游客1000万人次。\n"
            "2022年，新建旅游厕所20座。\n",
            (2021, 2025),
        ),
    ],
)
def test_a_stated_period_of_goals_gives_the_plan_years(text, span):
    assert _years(text) == span


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (  # the goal is only joined to, not stated
            "某区绿化工作安排\n"
            "2024年，全区绿化工作要与“十四五”规划发展目标相衔接，新建公园5个。\n2024年，新增绿地20公顷。\n",
            (2024, 2024),
        ),
        (  # cited plan: "根据…"
            "某区教育工作安排\n"
            "根据《某市“十四五”规划》确定的目标：2024年新建学校3所。\n2024年，新增学位2000个。\n",
            (2024, 2024),
        ),
    ],
)
def test_a_period_only_cited_or_joined_keeps_the_years_of_the_text(text, span):
    assert _years(text) == span
