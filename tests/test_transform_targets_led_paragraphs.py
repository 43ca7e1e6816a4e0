"""A news report of a place's plans for the year may set them out in running paragraphs after a
forward lead, without a cue word of their own: "报告指出，某省2025年要…" then "公路方面，…新改建农村
公路3500公里"; "记者获悉，2024年，某省将…" then "增强粮食保供能力。建设高标准农田200万亩，…"; "新的一年，
某区将…". Those paragraphs (led by a field or by a topic sentence) go on with the lead: their
figures are targets of the lead's year (audit round 24A: 山西, 江西 and 吴江 news gave 0–2 targets).
The run ends at a paragraph opening on the past (过去一年, 去年 …); paragraphs about the past, a
page whose lead reviews the past and paragraphs led otherwise stay out."""

from __future__ import annotations

import pytest

from transform.document import parse_document


def _parse(text: str):
    return parse_document(text, source="n.txt", is_text=True)


def _values(text: str) -> list[float]:
    return [t["value"] for t in _parse(text).targets]


_REPORT_FIELDS = (
    "某省2025年将新改建农村公路3000公里\n"
    "2025-01-15 09:30:00    来源:某某新闻网\n\n"
    "某某新闻网讯 1月15日，某省第十四届人民代表大会第三次会议开幕。省长代表省人民政府作政府工作报告。\n\n"
    "报告指出，某省2025年要加快构建现代化基础设施体系。\n\n"
    "铁路方面，扎实推进某某高铁建设，推进重点项目前期工作。\n\n"
    "公路方面，建成某某至某某2条高速公路，开工建设5个高速公路项目，新改建农村公路3000公里。\n\n"
    "新基建方面，布局建设充换电设施，新建5G基站1.8万个。\n"
)

_TOPIC_SENTENCES = (
    "记者1月20日从某省人民政府获悉，2024年，某省将大力实施乡村振兴战略，扎实推进农业农村现代化。\n"
    "增强粮食保供能力。建设高标准农田200万亩，稳定粮食播种面积和产量。\n"
    "深化农业结构调整。实施数字农业建设行动，新建农业物联网示范基地80个。\n"
    "深入开展乡村建设行动。改造农村户用卫生厕所8万户，农村公路优良中等路率不低于70%。\n"
)

_TRADITIONAL = (
    "記者從某省人民政府獲悉，2024年，某省將加快建設現代化產業體系。\n"
    "壯大先進製造業。新培育專精特新企業300家，新建智能工廠50個。\n"
    "交通領域，新建改建農村公路2000公里。\n"
)

_NEW_YEAR = (
    "新的一年，某开发区将坚持以新型工业化为主攻方向，推动综合实力再提升。\n"
    "在项目招引和建设方面，力争新签约超亿元项目不少于40个，总投资超300亿元。\n"
)


@pytest.mark.parametrize(
    "text, values",
    [
        (_REPORT_FIELDS, [2.0, 5.0, 3000.0, 1.8]),
        (_TOPIC_SENTENCES, [200.0, 80.0, 8.0, 70.0]),
        (_TRADITIONAL, [300.0, 50.0, 2000.0]),
        (_NEW_YEAR, [40.0, 300.0]),
    ],
    ids=["report-fields", "topic-sentences", "traditional", "new-year"],
)
def test_paragraphs_after_a_forward_lead_give_targets(text, values):
    got = _values(text)
    assert all(v in got for v in values), got


def test_led_paragraph_targets_take_the_lead_year():
    years = {t["value"]: t["year"] for t in _parse(_TOPIC_SENTENCES).targets}
    assert years[200.0] == 2024 and years[8.0] == 2024


def test_a_news_page_of_the_year_plans_is_a_plan():
    assert _parse(_TOPIC_SENTENCES).document["is_plan"] is True


def test_the_run_ends_at_a_paragraph_on_the_past():
    text = (
        "记者获悉，2024年，某省将加快建设现代化产业体系。\n"
        "壮大先进制造业。新培育专精特新企业300家，新建智能工厂50个。\n"
        "过去一年，某省新建改建农村公路2600公里。\n"
        "交通领域，新建高速公路服务区12个。\n"
    )
    got = _values(text)
    assert 300.0 in got and 2600.0 not in got and 12.0 not in got


def test_paragraphs_about_the_past_stay_out():
    text = (
        "记者获悉，2024年，某省将加快建设现代化产业体系。\n"
        "壮大先进制造业。截至目前已培育专精特新企业900家。\n"
        "交通领域，新建改建农村公路2000公里。\n"
    )
    got = _values(text)
    assert 2000.0 in got and 900.0 not in got


def test_a_lead_reviewing_the_past_reads_no_paragraphs():
    text = (
        "过去一年，是某市发展进程中极不平凡的一年。\n"
        "民生福祉明显提升。全年新增就业岗位12.5万个，新建、改扩建学校95所。\n"
        "交通领域，高速公路新增通车里程达320公里。\n"
    )
    got = _values(text)
    assert not {12.5, 95.0, 320.0} & set(got), got


def test_a_paragraph_led_otherwise_ends_the_run():
    text = (
        "记者获悉，2024年，某省将加快建设现代化产业体系。\n"
        "某市统计局发布数据显示，该市规上工业增加值增长8.5%，新增企业120家。\n"
        "交通领域，新建改建农村公路2000公里。\n"
    )
    got = _values(text)
    assert 8.5 not in got and 120.0 not in got and 2000.0 not in got


def test_a_past_year_lead_reads_no_paragraphs():
    text = (
        "某省交通建设成绩单\n"
        "发布时间：2025-01-10\n"
        "2023年，某省要求加快交通建设。\n"
        "公路方面，建成高速公路3条，新改建农村公路2600公里。\n"
    )
    got = _values(text)
    assert 2600.0 not in got, got


def test_a_meeting_call_with_yao_is_no_lead():
    text = (
        "某市召开2026年经济工作会议\n"
        "发布时间：2026-01-08\n"
        "会议指出，2026年要扎实推进各项工作。\n"
        "工业经济方面，规上工业企业达到420家。\n"
    )
    assert 420.0 not in _values(text)


def test_a_report_cited_with_yao_is_a_lead():
    text = (
        "某省明确今年基础设施建设重点\n"
        "发布时间：2025-01-15\n"
        "报告指出，某省2025年要加快构建现代化基础设施体系。\n"
        "公路方面，新改建农村公路3000公里。\n"
    )
    assert 3000.0 in _values(text)
