"""The lines around a news headline: a byline holding a numeric date ("date 2026-03-05 某某网编译张三")
is no title; a headline with a "!" or "?" inside ("…来了!不到1000字") right above its byline (after a
blank line) is the title; a short column label between the headline and the byline ("即时中国") is
not; a "【直击两会】" kicker stays in the title as printed but not in the plan's name; a section
heading numbered 壹、贰、叁、 is no page title. Invented pages."""
from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.headings import heading_like

PARA = "3月5日，某某在某某会议上作报告，要点如下：\n一、2025年工作回顾\n地区生产总值增长5%\n"


def _doc(text: str) -> dict:
    return parse_document(text, source="n.txt", is_text=True).document


@pytest.mark.parametrize("line", [
    "date 2026-03-05 某某网编译张三",
    "某某日报 2025/11/20 记者李四",
    "发布 2024-06-01 某县融媒体中心",
])
def test_a_line_with_a_numeric_date_is_no_heading(line):
    assert heading_like(line) is False
    assert _doc(line + "\n" + PARA)["title"] != line


@pytest.mark.parametrize("head,byline", [
    ("政府工作报告精简版来了!不到800字", "2026-03-05 10:16 某某客户端 责任编辑:王五"),
    ("今年的民生实事有哪些？一文看懂", "2025-01-20 08:30 某某新闻网"),
    ("重磅！某市2026年十件民生实事定了", "2026-02-11 09:00 某市融媒体中心 编辑：赵六"),
])
def test_a_headline_with_an_exclamation_inside_above_its_byline_is_the_title(head, byline):
    assert _doc(f"{head}\n\n{byline}\n\n{PARA}")["title"] == head


@pytest.mark.parametrize("label", ["即时中国", "要闻", "本地新闻", "两会专题"])
def test_a_column_label_under_the_headline_is_no_title(label):
    head = "两会2026︱某省工作报告简明版 三分钟读懂要点"
    text = f"{head}\n\n{label}\n更新时间：10:44 2026-03-05\n发布时间：10:44 2026-03-05\n\n{PARA}"
    assert _doc(text)["title"] == head


@pytest.mark.parametrize("kicker", ["【直击两会】", "【聚焦民生】", "[权威发布]"])
def test_a_bracketed_kicker_stays_in_the_title_not_in_the_plan_name(kicker):
    name = "某县2026年十件民生实事项目清单"
    text = f"{kicker}{name}\n发布时间：2026-02-18 来源：某县融媒体中心\n1.新建城区停车场3处。\n2.新增学位600个。\n"
    doc = _doc(text)
    assert doc["title"] == kicker + name
    assert doc["plan_title"] == name


@pytest.mark.parametrize("line", ["參、年度目標及策略推動成果", "叁、主要任务和保障措施", "贰、发展目标与实施路径"])
def test_a_section_heading_with_a_formal_numeral_is_no_heading(line):
    assert heading_like(line) is False


@pytest.mark.parametrize("sub", [
    "某省规划纲要提出15项主要指标 到2030年人均收入翻一番",
    "行动方案明确三大任务 全市新建充电桩2万个",
    "工作报告部署八项重点工作",
])
def test_a_news_subheading_on_what_a_plan_says_is_no_plan_heading(sub):
    text = (f"某省人代会今天上午开幕，省长作政府工作报告，回顾过去一年工作，部署今年重点任务。\n\n{sub}\n\n"
            "报告指出，今年将重点抓好以下工作：\n1.新建城区停车场3处。\n2.新增学位600个。\n")
    doc = _doc(text)
    assert doc["title"] != sub
    assert doc["plan_title"] != sub


def test_a_plan_named_after_what_an_outline_states_is_still_a_plan_heading():
    name = "某县落实规划纲要提出的目标任务分工方案"
    text = f"{name}\n1.新建城区停车场3处。（牵头单位：县住建局）\n2.新增学位600个。（牵头单位：县教育局）\n"
    assert _doc(text)["plan_title"] == name


@pytest.mark.parametrize("head,name", [
    ("两会2026︱《政府工作报告》不足1000字简明版 三分钟读懂要点", "政府工作报告"),
    ("图说《某市2026年民生实事项目清单》：这些变化与你有关", "某市2026年民生实事项目清单"),
    ("速览｜《某县优化营商环境三年行动计划》十大看点", "某县优化营商环境三年行动计划"),
])
def test_a_headline_naming_a_plan_in_brackets_gives_that_name(head, name):
    text = f"{head}\n发布时间：2026-03-05 来源：某某客户端\n\n{PARA}"
    assert _doc(text)["plan_title"] == name


@pytest.mark.parametrize("title", ["某县《政府工作报告》目标任务分解方案", "2026年区《政府工作报告》重点任务清单"])
def test_a_plan_whose_name_holds_a_bracketed_name_keeps_its_own(title):
    text = f"{title}\n1.新建城区停车场3处。（牵头单位：县住建局）\n2.新增学位600个。（牵头单位：县教育局）\n"
    assert _doc(text)["plan_title"] == title


@pytest.mark.parametrize("credit", ["本报记者 张三 李四", "某某社采访人员 王五 摄", "通讯员 赵六", "记者 钱七 实习生 孙八"])
def test_a_reporters_credit_under_the_headline_marks_it(credit):
    head = "某省两会今日开幕 各地年度成绩单将亮相"
    text = (f"{head}\n\n{credit}\n\n政府工作报告受关注\n\n"
            "无论是全国两会还是地方两会，政府工作报告都是备受关注的焦点，各地将亮出过去一年的成绩单。\n")
    assert _doc(text)["title"] == head


@pytest.mark.parametrize("head", [
    "中共某市委办公室某市人民政府办公室印发《关于推进某某工作的实施意见》的通知(某办发〔2025〕3号)",
    "某县人民政府办公室印发《关于加快发展养老服务的实施方案》的通知",
])
def test_a_notice_headline_is_the_title_not_the_plan_heading_below_it(head):
    name = head[head.index("《") + 1 : head.index("》")]
    text = (f"当前位置: 首页 > 政务公开 > 政策法规\n{head}\n来源:某市政府门户网 日期:2025-01-12 17:08 浏览量:\n"
            f"各县市区人民政府,市直各单位:\n《{name}》已经市政府同意,现印发给你们,请认真贯彻执行。\n"
            f"某市人民政府办公室\n2025年1月10日\n{name}\n一、总体要求\n(一)工作目标。到2027年,全面建成服务体系。\n")
    doc = _doc(text)
    assert doc["title"] == head
    assert doc["plan_title"] == name


@pytest.mark.parametrize("ext", [".docx", ".pdf", ".doc"])
def test_a_file_name_line_above_the_heading_is_not_joined_to_it(ext):
    name = "某镇2026年重点工作计划"
    text = (f"{name}{ext}\n\n{name}\n\n2025年，全镇较好完成了年度目标任务。现就2026年重点工作作出如下安排。\n"
            "一、工作目标\n1.新建高标准农田3000亩。\n2.新增城镇就业300人。\n")
    assert _doc(text)["plan_title"] == name


@pytest.mark.parametrize("sub", ["张三作政府工作报告 李四主持会议", "王五作2026年工作要点报告 赵六出席", "钱七作实施方案说明 孙八主持并讲话"])
def test_a_news_subtitle_naming_who_presided_is_no_title(sub):
    head = "某县第八届人大五次会议开幕"
    text = (f"{head}\n大会执行主席在主席台前排就座\n{sub}\n"
            "某某客户端2月27日讯(记者 周九)2月27日上午,某县第八届人民代表大会第五次会议隆重开幕,代表们共商发展大计。\n")
    doc = _doc(text)
    assert doc["title"] != sub
    assert doc["plan_title"] != sub
