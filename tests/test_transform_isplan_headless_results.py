"""A page printed without its headline whose opening says it is a report of results of another
kind ("现将我局2024年政府信息公开工作年度报告如下", "现将…统计公报发布如下", "现将…决算情况报告如下")
is no plan, though its numbered sections carry figures; an opening that issues a plan stays one."""

from __future__ import annotations

import pytest

from transform.document import parse_document

_SECTIONS = """一、总体情况
本年度依法依规做好政府信息公开，全年共发布信息412条。
二、主动公开政府信息情况
（一）主动公开的数量
全年共公开信息412条，其中政策文件28件。
（二）主动公开的主要类别
工作动态、财政预决算、行政执法、统计数据等。
（三）主动公开的形式
通过政府网站和政务新媒体公开。
三、收到和处理政府信息公开申请情况
全年收到申请12件，办结12件。
"""


@pytest.mark.parametrize(
    "opening",
    [
        "为保障公民依法获取政府信息，根据条例规定，现将我局2024年政府信息公开工作年度报告如下：",
        "根据统计法有关规定，现将2024年全县国民经济和社会发展统计公报发布如下。",
        "受县人民政府委托，现将2024年县本级财政决算情况报告如下，请予审议。",
        "根据条例规定，结合实际，现公布我镇2024年政府信息公开工作年度报告。所列数据的统计时限为2024年全年。",
        "本报告由某乡人民政府按照《中华人民共和国政府信息公开条例》和年度报告格式要求编制。",
        "本年度报告根据《中华人民共和国政府信息公开条例》的要求编制，统计期限为2024年1月1日至12月31日。",
    ],
    ids=[
        "disclosure-report", "statistics-bulletin", "final-accounts", "disclosure-published",
        "disclosure-compiled-by", "disclosure-this-year",
    ],
)
def test_a_headless_report_of_results_is_no_plan(opening):
    doc = parse_document(opening + "\n" + _SECTIONS, source="h.txt", is_text=True).document
    assert doc["is_plan"] is False


_PLAN = """现将2025年全县政务公开工作要点印发如下，请认真贯彻落实。
一、深化重点领域信息公开
1.公开重大项目批准和实施信息。（牵头单位：县发展改革局）
2.公开财政预决算信息。（牵头单位：县财政局）
3.公开民生实事项目进展。全年发布进展信息不少于4次。（牵头单位：县政府办公室）
"""


_PLAN_CITING_THE_RULES = _PLAN.replace(
    "现将2025年全县政务公开工作要点印发如下",
    "为贯彻《中华人民共和国政府信息公开条例》，做好政府信息公开工作年度报告以外的日常公开，现将2025年全县政务公开工作要点印发如下",
)


@pytest.mark.parametrize("text", [_PLAN, _PLAN_CITING_THE_RULES], ids=["plan", "plan-citing-the-rules"])
def test_a_headless_plan_stays_a_plan(text):
    assert parse_document(text, source="p.txt", is_text=True).document["is_plan"] is True


_BULLETIN = """2024年，全县上下坚持稳中求进工作总基调，经济运行总体平稳。
一、综合
初步核算，全年地区生产总值286.4亿元，比上年增长5.6%。其中，第一产业增加值32.1亿元，增长3.4%。
年末全县户籍人口41.2万人，城镇化率达到56.3%。
二、农业
全年粮食总产量21.5万吨，增长1.1%。新建高标准农田3.2万亩。
三、工业
规模以上工业增加值增长7.9%，新增规上工业企业18家。
"""

_PLAN_WITH_A_GENERAL_SECTION = """一、综合
1.推进营商环境改革。年内新增市场主体不少于3000户。（牵头单位：县市场监管局）
2.抓好项目建设。实施重点项目60个，完成投资120亿元。（牵头单位：县发展改革局）
二、农业
3.稳定粮食生产。粮食播种面积稳定在45万亩以上。（牵头单位：县农业农村局）
"""

_REPORT_WITH_WORK_AHEAD = """一、综合
初步核算，全年地区生产总值286.4亿元，增长5.6%。
二、2025年工作安排
1.稳定粮食生产。粮食播种面积稳定在45万亩以上。（牵头单位：县农业农村局）
2.抓好项目建设。实施重点项目60个，完成投资120亿元。（牵头单位：县发展改革局）
3.优化营商环境。新增市场主体3000户。（牵头单位：县市场监管局）
"""


@pytest.mark.parametrize(
    "text,expected",
    [(_BULLETIN, False), (_PLAN_WITH_A_GENERAL_SECTION, True), (_REPORT_WITH_WORK_AHEAD, True)],
    ids=["statistics-bulletin-sections", "plan-with-general-section", "report-with-work-ahead"],
)
def test_a_headless_statistics_bulletin_is_no_plan(text, expected):
    assert parse_document(text, source="s.txt", is_text=True).document["is_plan"] is expected
