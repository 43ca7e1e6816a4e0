"""A page that reports or explains a plan (a news report whose headline names no plan kind: 我县出台…,
…这样干, …划重点; a 政策解读, 答记者问 or 一图读懂 of the plan) states the plan's commitments: the
figures it reports as the plan's (根据规划…, 《方案》提出…, 到2030年…) are targets (EXTRACTION.md: a
number the text commits to reach), and a page stating three of them is a plan. The plan its title
names does not make it one by itself (an interpretation that only describes a plan's scope, "分解
为68项任务", stays no plan), and the plan file such a page attaches keeps no rows (the plan's own
page has them)."""
from __future__ import annotations

import pytest

from transform.document import parse_document


def _parse(text: str):
    return parse_document(text, source="n.txt", is_text=True)


def _values(p) -> set[tuple[float, str]]:
    return {(t["value"], t["unit"]) for t in p.targets}


NEWS_NO_KIND = """{title}
发布时间：2026-01-20 来源：县融媒体中心
记者从县发展改革局获悉，我县国民经济和社会发展第十五个五年规划纲要提出，到2030年，全县地区生产总值突破500亿元，研发经费投入强度达到2.8%。
规划还提出，城镇新增就业每年保持在6000人以上，森林覆盖率稳定在62%以上。
据介绍，规划编制历时一年，广泛征求了各方意见。
"""


@pytest.mark.parametrize("title", ["今后五年我县这样干", "我县“十五五”发展蓝图划重点", "未来五年，全县发展目标定了"])
def test_a_news_report_citing_a_plan_gives_its_figures_and_is_a_plan(title):
    p = _parse(NEWS_NO_KIND.format(title=title))
    assert {(500.0, "亿元"), (2.8, "%"), (6000.0, "人"), (62.0, "%")} <= _values(p)
    assert p.document["is_plan"] is True
    gdp = next(t for t in p.targets if t["value"] == 500.0)
    assert gdp["year"] == 2030 and gdp["comparator"] == ">="


SHORT_NAME_NEWS = """{title}
2026-03-09 来源：市政府网站
近日，市政府印发实施新一轮行动（以下简称《三年行动》）。
《三年行动》明确，到2028年，全市规模以上工业企业达到1200家，数字经济核心产业增加值占比达到12%。
《三年行动》还要求，每年新增专精特新企业50家以上。
"""


@pytest.mark.parametrize("title", ["我市出台新举措推动制造业提质", "重磅！全市制造业发展再添新引擎"])
def test_a_news_report_naming_the_plan_by_a_short_name_gives_its_figures(title):
    p = _parse(SHORT_NAME_NEWS.format(title=title))
    assert {(1200.0, "家"), (12.0, "%"), (50.0, "家")} <= _values(p)
    assert p.document["is_plan"] is True


EXPLAINER = """{title}
发布时间：2026-04-02
一、出台背景
为积极应对人口老龄化，市民政局起草了本方案。
二、主要目标
到2027年，全市养老机构护理型床位占比达到70%以上，每千名老年人拥有养老床位数达到38张。到2030年，街道综合养老服务中心覆盖率达到100%。
三、主要内容
方案从完善服务网络、提升服务质量两个方面提出了具体举措。
"""


@pytest.mark.parametrize("title,plan", [
    ("《某市推进养老服务高质量发展实施方案》政策解读", "某市推进养老服务高质量发展实施方案"),
    ("解读《某市推进养老服务高质量发展实施方案》", "某市推进养老服务高质量发展实施方案"),
    ("市民政局负责人就《某市推进养老服务高质量发展实施方案》答记者问", "某市推进养老服务高质量发展实施方案"),
    ("一图读懂《某市推进养老服务高质量发展实施方案》", "某市推进养老服务高质量发展实施方案"),
])
def test_an_explainer_stating_a_plans_goals_gives_them_and_is_a_plan(title, plan):
    p = _parse(EXPLAINER.format(title=title))
    assert p.document["plan_title"] == plan
    assert {(70.0, "%"), (38.0, "张"), (100.0, "%")} <= _values(p)
    assert p.document["is_plan"] is True
    beds = next(t for t in p.targets if t["value"] == 38.0)
    assert beds["year"] == 2027 and beds["task_id"] is None


QA = """{title}
发布时间：2026-05-09
问：《方案》提出了哪些主要目标？
答：《方案》提出，到2030年，全县单位地区生产总值能源消耗比2025年下降13.5%，单位地区生产总值二氧化碳排放比2025年下降18%，非化石能源消费比重达到25%左右。
问：下一步如何抓好落实？
答：我们将建立工作台账，压实各方责任。
"""


@pytest.mark.parametrize("title", [
    "县发展改革局负责人就《某县碳达峰实施方案》答记者问",
    "《某县碳达峰实施方案》问答",
])
def test_a_press_qa_on_a_plan_gives_its_goals(title):
    p = _parse(QA.format(title=title))
    assert {(13.5, "%"), (18.0, "%"), (25.0, "%")} <= _values(p)
    energy = next(t for t in p.targets if t["value"] == 13.5)
    assert energy["change"] == "decrease" and energy["baseline_year"] == 2025 and energy["year"] == 2030
    assert p.document["is_plan"] is True


SCOPE_ONLY = """{title}
发布日期：2026-04-02
一、起草背景
为推动目标任务落实，县政府办公室对报告的目标任务进行了细化分解。
二、主要内容
《分工方案》将报告分解为五个方面68项重点工作任务，每项工作均列出牵头单位及完成时限。
"""


@pytest.mark.parametrize("title", [
    "《某县2026年重点工作任务分工方案》政策解读",
    "一图读懂《某县2026年重点工作任务分工方案》",
])
def test_an_explainer_that_only_describes_a_plan_is_no_plan(title):
    p = _parse(SCOPE_ONLY.format(title=title))
    assert p.document["is_plan"] is False
    assert p.targets == []


def test_news_without_a_plan_or_a_commitment_stays_no_plan():
    text = ("我县召开安全生产工作会\n发布时间：2026-02-01\n会议通报了2025年全县安全生产情况，全年共排查隐患1200处，"
            "整改率100%。\n会议强调，要压紧压实各方责任。\n")
    p = _parse(text)
    assert p.document["is_plan"] is False and p.targets == []


CITED_BY_NAME = """{title}
来源：某某日报 2026年03月17日
  今年底，我省将全面建立新的工作体系。
  根据《{plan}》，全省将加快推进生态保护修复。
  通过实施{short}，全省将实现到2030年森林覆盖率达到27%以上，森林蓄积量达到1.8亿立方米，湿地保护率达到56%等目标。
"""


@pytest.mark.parametrize("plan,short", [
    ("关于全面推行林长制的意见", "林长制"),
    ("某省生态保护修复三年行动方案（2026—2028年）", "三年行动"),
    ("某省国土绿化规划", "规划"),
])
def test_a_news_report_citing_a_plan_by_its_name_gives_its_figures(plan, short):
    p = _parse(CITED_BY_NAME.format(title="生态建设再发力 森林覆盖率要再提高", plan=plan, short=short))
    assert {(27.0, "%"), (1.8, "亿立方米"), (56.0, "%")} <= _values(p)
    assert p.document["is_plan"] is True
