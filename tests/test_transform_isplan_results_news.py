"""A news page of results gives no targets and is no plan: its headline names the year's list of
work and looks back on it ("2024年全市10件民生实事如期全面完成"), or its lead reports results (a
完成情况 press conference, "通报了…成果", "取得良好效果"), and it has no numbered items. Its figures
are achieved ones, though its sentences carry no tense mark ("2025年，全县新改建农村公路18公里").
Only its lines on the year ahead ("今年将…") are read. A page whose lead also sets out work ahead
(新的一年…将, a joint 暨2026年… meeting), a plan whose name holds such words and a plan with
numbered items stay as they were."""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.targets.goals import reports_results_news, results_headline


def _parse(text: str):
    return parse_document(text, source="n.txt", is_text=True)


_RESULTS = {
    # a county's press conference on the year's list, printed without its headline
    "press-conference": (
        "2026年1月8日，某县召开2025年度重点民生实事项目完成情况新闻发布会，向社会通报年度项目进展成效。\n"
        "发布会上，县交通运输局通报了农村道路提升工程成果。2025年，全县新改建农村公路26公里，"
        "行政村通硬化路率达100%。\n"
        "县民政局介绍，全县建成老年食堂15个、助餐点40个，完成600户困难老年人家庭适老化改造。\n"
    ),
    # a province's news of a programme, citing the policy behind it; the lead says it worked
    "cited-policy": (
        "某省持续推进特色小镇建设\n"
        "2024-10-20 来源：某省发展改革委\n"
        "某省以特色小镇建设为抓手，带动县域经济发展，取得良好效果。\n"
        "政策引领。某省印发《关于推进特色小镇建设的实施意见》，明确目标任务。全省32个特色小镇争取"
        "中央预算内资金18亿元；建设基础设施项目95个。\n"
    ),
    # a headline that reports the year's list done
    "done-headline": (
        "2024年全市10件民生实事如期全面完成\n"
        "2024-12-28 来源：某市融媒体中心\n"
        "记者从市政府新闻办获悉，今年全市10件民生实事全面完成，新增公办幼儿园学位5000个，"
        "完成老旧小区改造42个，新建城市书房12个。\n"
    ),
    # the same in traditional characters
    "traditional-headline": (
        "2024年全縣十件民生實事全面完成\n"
        "2024-12-30\n"
        "記者從縣政府獲悉，全縣新建村級養老服務站20個，改造農村公路35公里，新增停車位800個。\n"
    ),
}


@pytest.mark.parametrize("text", list(_RESULTS.values()), ids=list(_RESULTS))
def test_results_news_gives_no_targets(text):
    parsed = _parse(text)
    assert parsed.targets == []
    assert parsed.document["is_plan"] is False


def test_results_headline_is_no_plan_title():
    doc = _parse(_RESULTS["done-headline"]).document
    assert doc["title"] == "2024年全市10件民生实事如期全面完成"
    assert doc["plan_title"] is None


_AHEAD = {
    # last year's results in the lead, then this year's list
    "results-then-list": (
        "2025年，我县民生实事取得显著成效。新的一年，我县将实施十件民生实事。\n"
        "今年将新建公办幼儿园3所，新增学位900个。\n"
        "今年将改造老旧小区20个，惠及居民3000户。\n"
    ),
    # a joint press conference: last year's results and this year's list
    "joint-conference": (
        "1月10日，某县召开2025年民生实事完成情况暨2026年民生实事项目新闻发布会。\n"
        "2026年，全县将新建幼儿园3所，改造农村公路40公里。\n"
    ),
}


@pytest.mark.parametrize("text", list(_AHEAD.values()), ids=list(_AHEAD))
def test_news_of_work_ahead_keeps_its_targets(text):
    values = sorted(t["value"] for t in _parse(text).targets)
    assert 3 in values and values


def test_plan_with_items_is_unchanged():
    text = (
        "某县2026年民生实事项目落地见效工作方案\n"
        "一、新建公办幼儿园3所。（牵头单位：县教育局）\n"
        "二、改造老旧小区20个。（牵头单位：县住建局）\n"
        "三、新增停车位800个。（牵头单位：县公安局）\n"
    )
    parsed = _parse(text)
    assert parsed.document["is_plan"] is True
    assert sorted(t["value"] for t in parsed.targets) == [3, 20, 800]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("2024年全市10件民生实事如期全面完成", True),
        ("2024年民生实事交出答卷 群众满意度提升", True),
        ("某区民生工程全面收官", True),
        # a promise, a plan's name, a progress headline: none
        ("2025年民生实事确保年底前全部完成", False),
        ("某县民生实事落地见效工作方案", False),
        ("前三季度我市民生实事加快推进", False),
        ("", False),
    ],
)
def test_results_headline(title, expected):
    assert results_headline(title) is expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("某县召开2025年度民生实事项目完成情况新闻发布会。", True),
        ("县交通运输局通报了农村道路提升工程成果。", True),
        ("某省推进特色小镇建设，取得良好效果。", True),
        # work ahead in the lead: no results page
        ("2025年民生实事取得显著成效。今年将实施十件民生实事。", False),
        ("某县召开2025年民生实事完成情况暨2026年项目发布会。", False),
        ("某县召开2026年民生实事项目新闻发布会。", False),
    ],
)
def test_results_lead(lead, expected):
    assert reports_results_news("", lead + "\n正文。\n") is expected
