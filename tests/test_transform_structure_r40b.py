"""Round 40b: structure in genres not yet written.

- OCR'd item numbers: "（-）" for （一）, "l．" for 1． (`transform.ocr_marks.ocr_marked`).
- A Word export's heading number and its 、 on lines of their own ("一" / "、" / "强化…")
  (`transform.ocr_marks.joined_separators`).
- 一要… 二要… of a meeting's demands, at line starts or inside a paragraph: items like 一是
  (`transform.numbering`, `transform.lines`).
- "3]落实…": a scan's 、 read as a bracket after an item number (`transform.numbering`).
"""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.numbering import match_marker
from transform.ocr_marks import joined_separators, ocr_marked


def _doc(text: str):
    return parse_document(text, source="p.txt", is_text=True)


def _paths(text: str) -> list[tuple[str, ...]]:
    return [tuple(t["path"]) for t in _doc(text).tasks]


# --- OCR'd item numbers --------------------------------------------------------------------------

_OCR_COUNTY = """宁川县2025年农村公路建设工作方案
一、重点任务
（-）实施提档升级。
l．改造县道15公里。（责任单位：县交通局）
2．新建桥梁3座。（责任单位：县交通局）
（二）加强养护管理。
l．完成路面养护80公里。（责任单位：县公路中心）
2．整治安全隐患50处。（责任单位：县交通局）
"""

_OCR_TOWN = """石桥镇2025年人居环境整治工作要点
（—）改善村容村貌。清理河塘沟渠40处。（责任单位：镇村建办）
（二）推进厕所革命。完成户厕改造200户。（责任单位：镇农业服务中心）
（三）治理生活污水。新增治理村5个。（责任单位：镇生态办）
"""

_OCR_CITY = """东江市2025年稳就业工作要点
l、实施就业援助。帮扶困难人员就业1200人。（牵头单位：市人社局）
2、开展技能培训。完成职业技能培训5000人次。（牵头单位：市人社局）
3、扶持创业带动。发放创业担保贷款2亿元。（牵头单位：市人社局、市财政局）
"""


def test_ocr_dash_one_and_ell_one_read_as_their_numbers():
    assert _paths(_OCR_COUNTY) == [
        ("一", "(一)", "1"),
        ("一", "(一)", "2"),
        ("一", "(二)", "1"),
        ("一", "(二)", "2"),
    ]


def test_ocr_dash_one_in_a_town_list():
    assert _paths(_OCR_TOWN) == [("(一)",), ("(二)",), ("(三)",)]


def test_ocr_ell_one_with_a_dun():
    assert _paths(_OCR_CITY) == [("1",), ("2",), ("3",)]


@pytest.mark.parametrize(
    "line",
    [
        "(-)加强组织领导",  # half-width brackets
        "（－）健全机制。",  # a full-width minus
        "（l）新建学校2所。",  # an L in brackets for (1)
    ],
)
def test_ocr_marked_fires(line):
    mk = match_marker(ocr_marked(line))
    assert mk is not None and mk.number == 1


@pytest.mark.parametrize(
    "line",
    [
        "lng加气站建设",  # a Latin word at a line's start
        "（-）",  # nothing after it
        "(-) 0.5%",  # a figure, not an item
        "l.5万吨",  # no CJK text after the dot
        "（-1）计算结果",  # a negative number in brackets
    ],
)
def test_ocr_marked_leaves_other_lines(line):
    assert ocr_marked(line) == line


# --- a number and its 、 on lines of their own --------------------------------------------------

_SPANS = """北坪镇2025年安全生产工作要点
一
、
强化责任落实
（一）
压实企业主体责任。规上企业标准化达标率达到100%。（责任单位：镇安监办）
（二）
健全网格监管。每月巡查不少于2次。（责任单位：镇综治办）
二
、
深化专项整治
（一）
燃气安全整治。完成整改120处。（责任单位：镇市场监管所）
"""

_SPANS_DOT = """河西区2025年民生实事工作方案
一
．
教育提升
1.新建社区幼儿园3所。（责任单位：区教育局）
2.改造薄弱学校5所。（责任单位：区教育局）
二
．
医疗服务
1.新建社区卫生服务站4个。（责任单位：区卫健局）
"""


def test_heading_number_and_dun_apart():
    assert _paths(_SPANS) == [("一", "(一)"), ("一", "(二)"), ("二", "(一)")]


def test_heading_number_and_dot_apart():
    assert _paths(_SPANS_DOT) == [("一", "1"), ("一", "2"), ("二", "1")]


def test_joined_separators_fires_on_each_numeral():
    assert joined_separators(["三", "、", "保障措施"]) == ["三、", "保障措施"]


@pytest.mark.parametrize(
    "lines",
    [
        ["完成", "、", "推进"],  # a word, not a number
        ["、", "一"],  # no number before it
        ["2025", "、", "工作"],  # four digits: a year
    ],
)
def test_joined_separators_leaves_other_lines(lines):
    assert joined_separators(lines) == lines


# --- 一要 二要 ----------------------------------------------------------------------------------

_MEETING_LINES = """县政府召开2025年防汛工作部署会
发布时间：2025-04-16
4月15日，县政府召开全县防汛工作部署会议。
会议要求：
一要压实防汛责任。明确各类责任人1200名。
二要抓好隐患排查。整改隐患点85处。
三要强化应急保障。组建应急抢险队伍30支。
"""

_MEETING_PARAGRAPH = """全市2025年森林防火工作方案
会议要求，一要压实防火责任，开展隐患排查，整改隐患300处；二要加强应急值守，组建扑火队伍12支；三要强化宣传教育，开展宣传活动50场。
"""

_PLAN_YAO = """平南县2025年农业生产工作要点
一、稳定粮食生产
一要落实播种面积，粮食播种面积稳定在40万亩以上。二要推广良种良法，良种覆盖率达到98%。
二、发展特色产业
一要做强茶产业，新建茶园2000亩。二要培育龙头企业，新增市级龙头企业5家。
"""


def test_yao_items_at_line_starts():
    assert _paths(_MEETING_LINES) == [("一要",), ("二要",), ("三要",)]


def test_yao_items_inside_a_paragraph():
    assert _paths(_MEETING_PARAGRAPH) == [("一要",), ("二要",), ("三要",)]


def test_yao_items_below_sections():
    assert _paths(_PLAN_YAO) == [("一", "一要"), ("一", "二要"), ("二", "一要"), ("二", "二要")]


@pytest.mark.parametrize(
    "line",
    [
        "三要素齐全的企业予以登记。",  # 三要素, a word
        "一要点说明",  # 要点
        "一要",  # nothing after it
    ],
)
def test_yao_marker_not_read(line):
    mk = match_marker(line)
    assert mk is None or mk.kind != "shi"


def test_yao_run_needs_its_own_second_item():
    text = """某县2025年工作要点
一、加强领导
一要统一思想。二是加强协调，每月召开调度会1次。
二、强化保障
落实资金2000万元。
"""
    assert ("一", "一要") not in _paths(text)


# --- "3]" for "3、" --------------------------------------------------------------------------------

_BRACKET = """白云区2025年人才工作要点
1、实施青年人才集聚行动。引进高校毕业生3000名。（责任单位：区人社局）
2、建设人才公寓。筹集房源500套。（责任单位：区住建局）
3]落实人才补贴政策。发放补贴2000万元。（责任单位：区财政局）
4、搭建对接平台。举办招聘活动20场。（责任单位：区人社局）
"""


def test_bracket_after_item_number():
    assert _paths(_BRACKET) == [("1",), ("2",), ("3",), ("4",)]
    leads = {tuple(t["path"]): t["lead_units"] for t in _doc(_BRACKET).tasks}
    assert leads[("2",)] == ["区住建局"]


@pytest.mark.parametrize("line", ["3]落实补贴。", "12］推进改造。", "1] “放管服”改革。"])
def test_bracket_marker_fires(line):
    mk = match_marker(line)
    assert mk is not None and mk.kind == "ar"


@pytest.mark.parametrize("line", ["1]", "[1]张三：论文", "3]2025年", "2] 0.5%"])
def test_bracket_marker_not_read(line):
    mk = match_marker(line)
    assert mk is None or mk.kind != "ar"


# --- hostile scale ------------------------------------------------------------------------------


@pytest.mark.timeout(30)
@pytest.mark.parametrize("n", [500, 2000, 8000])
def test_round40b_markers_hostile_scale(n):
    assert ocr_marked("（-）" + "加强" * n).startswith("（一）")
    assert ocr_marked("（-）" + "-" * n) == "（-）" + "-" * n
    assert ocr_marked("l．" + "新建" * n).startswith("1．")
    assert ocr_marked("l" * n) == "l" * n
    mk = match_marker("一要" + "压实" * n)
    assert mk is not None and mk.label == "一要"
    assert match_marker("一要" * n) is not None
    mk = match_marker("3]" + "落实" * n)
    assert mk is not None and mk.number == 3
    assert match_marker("3" + "]" * n) is None
    lines = ["一", "、", "工作"] * n
    assert len(joined_separators(lines)) == 2 * n
