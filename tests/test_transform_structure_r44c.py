"""Round 44c: structure in new layouts.

- A short heading and its sentence on one line, parted by a full-width space ("（一）建设县域商业体系
  新建乡镇商贸中心6个，…"), is titled by the heading alone (`transform.titles`).
- Capital letters number items as 1. does ("A. 推进…", "B、压缩…"), labelled as printed
  (`transform.numbering`); "A级景区", "A、B两类" are none.
- A campaign's time or steps heading standing alone ("一、整治时间" over "2026年3月至12月。",
  "三、整治步骤" over a sentence) names no work (lexicon `structure_closing_headings`); numbered stages
  under a steps heading stay tasks.
- A number cut inside its digits by a PDF line break ("…人工造林1." / "5万亩，…", "…监控点1" / "20个。")
  reads on as one line (`transform.wrapped_figures`).
- A content column left empty in a third of a task table's rows (two at least) while the later
  content column is filled in all ("重点任务 | 具体举措" with 重点任务 merged over rows) is the rows'
  category: each row is titled by its 具体举措 (`transform.table_rows`).
- A task table without a number column whose task cells carry sub-numbers ("1.推进产业升级 |
  1.1 实施…", then " | 1.2 培育…") reads each row as item 1/1.1, 1/1.2 with its own units
  (`transform.table_subnumbers`, from `transform.texttables`).
- A Markdown repost's bold title line ("**某县…方案**") is the page's title without its "**", and a
  "## 一、…" section line under it is no second half of it (`transform.headings`).
"""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.headings import first_heading
from transform.numbering import match_marker
from transform.titles import task_title
from transform.wrapped_figures import cut_figure


def _doc(text: str):
    return parse_document(text, source="p.txt", is_text=True)


def _tasks(text: str) -> list[tuple[tuple[str, ...], str]]:
    return [(tuple(t["path"]), t["title"]) for t in _doc(text).tasks]


# --- a heading and its sentence parted by a full-width space ---------------------------------------


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("建设县域商业体系\u3000新建乡镇商贸中心6个，改造村级便民商店100个。", "建设县域商业体系"),
        ("治理城区“六乱”\u3000全年拆除违章广告牌300块。（牵头单位：县城管局）", "治理城区“六乱”"),
        ("發展農村電商\u3000\u3000培育電商帶頭人200名。", "發展農村電商"),
        ("\u3000畅通物流配送\u3000建成物流节点150个", "畅通物流配送"),
    ],
)
def test_wide_gap_ends_the_heading(text: str, title: str) -> None:
    assert task_title(text) == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a figure after the gap, no sentence: a conversion's spacing
        ("完成投资\u300030亿元", "完成投资\u300030亿元"),
        # a heading already ended by its 。 before the gap
        ("推进园区建设。\u3000新建厂房10万平方米", "推进园区建设"),
        # a clause before the gap: one sentence spaced by a conversion
        ("坚持项目为王，推进\u3000重大项目建设", "坚持项目为王，推进\u3000重大项目建设"),
        # one character before the gap
        ("一\u3000总体要求", "一\u3000总体要求"),
    ],
)
def test_wide_gap_kept_elsewhere(text: str, title: str) -> None:
    assert task_title(text) == title


def test_wide_gap_titles_in_a_plan() -> None:
    text = """某县2026年商贸工作方案
一、重点任务
（一）建设县域商业体系\u3000新建乡镇商贸中心6个。（牵头单位：县商务局）
（二）发展农村电商\u3000培育电商带头人200名。（牵头单位：县商务局）
"""
    assert _tasks(text) == [(("一", "(一)"), "建设县域商业体系"), (("一", "(二)"), "发展农村电商")]


# --- lettered items A. B. ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "label"),
    [("A. 推进“一件事一次办”。", "A"), ("B、压缩审批时限", "B"), ("C．保障用工需求", "C"), ("(a) 建成驿站", "(a)")],
)
def test_letter_markers(line: str, label: str) -> None:
    mk = match_marker(line)
    assert mk is not None and mk.kind == "lat" and mk.label == label


@pytest.mark.parametrize("line", ["A级景区达到5家", "A、B两类企业", "AI赋能千行百业", "A.B.C三档", "K. 其他事项", "A..省略"])
def test_letters_that_are_no_markers(line: str) -> None:
    mk = match_marker(line)
    assert mk is None or mk.kind != "lat"


_LETTERED = """某区2026年营商环境工作要点
一、提升政务服务效能
A. 推进“一件事一次办”。新增集成办理事项15项。（牵头单位：区政务服务中心）
B. 压缩审批时限。审批时间压缩至60个工作日以内。（牵头单位：区住建局）
二、强化要素保障
A. 降低融资成本。新增普惠小微贷款8亿元。（牵头单位：区金融办）
"""


def test_lettered_items_are_tasks() -> None:
    assert _tasks(_LETTERED) == [
        (("一", "A"), "推进“一件事一次办”"),
        (("一", "B"), "压缩审批时限"),
        (("二", "A"), "降低融资成本"),
    ]


def test_lettered_items_in_traditional_mirror() -> None:
    text = """某區2026年工作要點
一、提升服務效能
A、推進一網通辦。新增事項15項。（牽頭單位：區政務服務中心）
B、壓縮審批時限。（牽頭單位：區住建局）
"""
    assert [p for p, _ in _tasks(text)] == [("一", "A"), ("一", "B")]


# --- time and steps headings standing alone ----------------------------------------------------------

_TIMED = """某区燃气安全专项整治工作方案
一、整治时间
2026年3月至2026年12月。
二、整治内容
（一）整治餐饮场所用气隐患。报警器安装率达到100%。（责任单位：区市场监管局）
（二）整治老旧燃气管网。改造燃气管道25公里。（责任单位：区住建局）
三、整治步骤
分为排查摸底、集中整治、巩固提升三个阶段推进。
"""


def test_time_and_steps_sections_are_no_tasks() -> None:
    assert [p for p, _ in _tasks(_TIMED)] == [("二", "(一)"), ("二", "(二)")]


def test_action_time_heading_traditional() -> None:
    text = _TIMED.replace("整治时间", "行动时间").replace("整治步骤", "行动步骤")
    assert [p for p, _ in _tasks(text)] == [("二", "(一)"), ("二", "(二)")]


def test_governance_time_heading_in_traditional_mirror() -> None:
    text = """某縣校外培訓專項治理方案
一、治理時間
2026年3月至2026年8月。
二、治理內容
（一）清理無證辦學機構。（責任單位：縣教育局）
（二）規範收費行為。（責任單位：縣市場監管局）
三、治理步驟
分為自查自糾、集中整治、鞏固提升三個階段推進。
"""
    assert [p for p, _ in _tasks(text)] == [("二", "(一)"), ("二", "(二)")]


def test_numbered_stages_stay_tasks() -> None:
    text = """某镇专项整治方案
一、整治内容
（一）整治违规用气。完成整治50处。（责任单位：镇安监办）
二、整治步骤
（一）动员部署阶段（3月）。制定方案，召开动员会。
（二）集中整治阶段（4月至9月）。全面开展排查整治。
"""
    assert [p for p, _ in _tasks(text)] == [("一", "(一)"), ("二", "(一)"), ("二", "(二)")]


def test_steps_section_naming_a_unit_stays() -> None:
    text = """某镇专项整治方案
一、整治内容
（一）整治违规用气。完成整治50处。（责任单位：镇安监办）
二、整治步骤
制定整治台账，按月调度。（责任单位：镇安监办）
"""
    assert [p for p, _ in _tasks(text)] == [("一", "(一)"), ("二",)]


# --- a number cut inside its digits --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("prev", "line"),
    [
        ("（一）推进国土绿化。全年完成人工造林1.", "5万亩，封山育林2万亩。"),
        ("（二）加强森林防火。建设森林防火视频监控点1", "20个。（牵头单位：县应急管理局）"),
        ("3.推进农村公路建设，全年新改建农村公路12", "0公里。"),
        ("（三）改善農村交通。新改建農村公路30", "0公里。"),
    ],
)
def test_number_cut_in_its_digits(prev: str, line: str) -> None:
    assert cut_figure(prev, line)


@pytest.mark.parametrize(
    ("prev", "line"),
    [
        ("（一）推进国土绿化。全年完成人工造林1", "1.5万亩为重点区域。"),  # a decimal of its own
        ("1.推进农村公路建设，全年新改建农村公路12", "3 新建桥梁"),  # a row's number
        ("2.完成年度目标任务，具体目标见附表1.", "2026年目标"),  # a year, no measure word
        ("短行1", "5万亩"),  # no prose before the break
        ("（二）建设森林防火视频监控点共计1", "20000000个"),  # too many digits to be a rest
    ],
)
def test_number_not_cut(prev: str, line: str) -> None:
    assert not cut_figure(prev, line)


def test_cut_number_read_as_one_target() -> None:
    text = """某县2026年林业工作方案
一、重点任务
（一）推进国土绿化。全年完成人工造林1.
5万亩，封山育林2万亩。（牵头单位：县林业局）
（二）加强森林防火。建设森林防火视频监控点1
20个。（牵头单位：县应急管理局）
"""
    doc = _doc(text)
    assert [(t["value"], t["unit"]) for t in doc.targets] == [(1.5, "万亩"), (2.0, "万亩"), (120.0, "个")]
    assert [tuple(t["path"]) for t in doc.tasks] == [("一", "(一)"), ("一", "(二)")]


# --- a merged 重点任务 cell over its 具体举措 rows ---------------------------------------------------------

_MERGED_SPACED = """某镇2026年人居环境整治重点任务清单

序号  重点任务          具体举措                          责任单位
1     农村垃圾治理      新增垃圾分类收集点40个            镇环卫所
2                       配备保洁员60名                    镇环卫所
3     农村污水治理      新建污水处理站3座                 镇村建办
4                       完成户厕改造500户                 镇农业服务中心
5     村容村貌提升      创建美丽庭院200户                 镇妇联
"""

_MERGED_PIPED = """某市2026年城市管理重点任务清单
| 序号 | 重点任务 | 具体举措 | 责任单位 | 完成时限 |
| 1 | 市容环境整治 | 整治占道经营点位200处 | 市城管局 | 2026年6月 |
| 2 |  | 新增城市停车泊位2000个 | 市城管局 | 2026年10月 |
| 3 | 园林绿化提升 | 新建口袋公园6个 | 市园林中心 | 2026年11月 |
| 4 |  | 补植行道树3000株 | 市园林中心 | 2026年4月 |
"""

_MERGED_TABS = """某县2026年重点任务表
序号\t重点任务\t具体举措\t牵头单位
1\t稳定粮食生产\t粮食播种面积稳定在60万亩\t县农业农村局
2\t\t新建高标准农田3万亩\t县农业农村局
3\t\t推广稻渔综合种养1万亩\t县农业农村局
4\t壮大特色产业\t新增油茶林1万亩\t县林业局
"""


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        (_MERGED_SPACED, ["新增垃圾分类收集点40个", "配备保洁员60名", "新建污水处理站3座", "完成户厕改造500户", "创建美丽庭院200户"]),
        (_MERGED_PIPED, ["整治占道经营点位200处", "新增城市停车泊位2000个", "新建口袋公园6个", "补植行道树3000株"]),
        (_MERGED_TABS, ["粮食播种面积稳定在60万亩", "新建高标准农田3万亩", "推广稻渔综合种养1万亩", "新增油茶林1万亩"]),
    ],
)
def test_merged_task_cell_is_a_category(text: str, titles: list[str]) -> None:
    assert [t for _p, t in _tasks(text)] == titles


def test_task_cell_in_every_row_titles_it() -> None:
    text = """某县2026年重点任务表
| 序号 | 重点任务 | 具体举措 | 牵头单位 |
| 1 | 稳定粮食生产 | 粮食播种面积稳定在60万亩 | 县农业农村局 |
| 2 | 建设高标准农田 | 新建高标准农田3万亩 | 县农业农村局 |
| 3 | 发展稻渔综合种养 | 推广稻渔综合种养1万亩 | 县农业农村局 |
| 4 | 壮大特色产业 | 新增油茶林1万亩 | 县林业局 |
"""
    assert [t for _p, t in _tasks(text)] == ["稳定粮食生产", "建设高标准农田", "发展稻渔综合种养", "壮大特色产业"]


def test_one_empty_task_cell_is_no_category() -> None:
    text = """某县2026年重点任务表
| 序号 | 重点任务 | 具体举措 | 牵头单位 |
| 1 | 稳定粮食生产 | 粮食播种面积稳定在60万亩 | 县农业农村局 |
| 2 | 建设高标准农田 | 新建高标准农田3万亩 | 县农业农村局 |
| 3 |  | 推广稻渔综合种养1万亩 | 县农业农村局 |
| 4 | 壮大特色产业 | 新增油茶林1万亩 | 县林业局 |
| 5 | 发展林下经济 | 新增林下经济面积3000亩 | 县林业局 |
"""
    assert [t for _p, t in _tasks(text)][:2] == ["稳定粮食生产", "建设高标准农田"]


# --- a Markdown bold title line -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lines", "title"),
    [
        (["**某县2026年义务教育工作方案**", "## 一、重点任务", "1. 扩充学位资源。"], "某县2026年义务教育工作方案"),
        (["**某区2026年工作要点**", "", "一、重点任务"], "某区2026年工作要点"),
        (["某县2026年工作方案", "## 一、重点任务", "1. 扩充学位。"], "某县2026年工作方案"),
    ],
)
def test_bold_title_line(lines: list[str], title: str) -> None:
    assert first_heading(lines) == title


def test_bold_inside_a_title_kept() -> None:
    # two bold runs: no wrapper of the whole line
    assert first_heading(["**某县**2026年**工作方案**", "一、重点任务"]) != "某县**2026年**工作方案"


def test_wrapped_title_tail_still_joined() -> None:
    lines = ["某县2026年《政府工作报告》确定的主要目标任务", "责任分解方案", "", "一、重点任务"]
    assert first_heading(lines) == "某县2026年《政府工作报告》确定的主要目标任务责任分解方案"


# --- sub-numbered task cells under a numbered 重点任务 cell ----------------------------------------------

_SUBNUM_MD = """某县2026年制造业高质量发展任务分解表
| 重点任务 | 具体任务 | 牵头单位 | 配合单位 |
| --- | --- | --- | --- |
| 1.推进产业升级 | 1.1 实施技术改造项目30个 | 县工信局 | 县发改局 |
|  | 1.2 培育专精特新企业5家 | 县工信局 | 县科技局 |
| 2.优化发展环境 | 2.1 新增标准厂房8万平方米 | 县经开区管委会 | 县住建局 |
|  | 2.2 开展银企对接活动6场 | 县金融服务中心 | 县工信局 |
"""

_SUBNUM_PLAIN = """某区2026年重点任务分解表
重点任务 | 具体任务 | 责任单位
1、稳定粮食生产 | 1.1 粮食播种面积稳定在60万亩 | 区农业农村局
 | 1.2 新建高标准农田3万亩 | 区农业农村局
2、壮大特色产业 | 2.1 新增油茶林1万亩 | 区林业局
"""

_SUBNUM_TRAD = """某縣2026年重點任務分解表
| 重點任務 | 具體任務 | 牽頭單位 |
| 1.推進產業升級 | 1.1 實施技術改造項目30個 | 縣工信局 |
|  | 1.2 培育專精特新企業5家 | 縣工信局 |
"""


@pytest.mark.parametrize(
    ("text", "paths"),
    [
        (_SUBNUM_MD, [("1", "1.1"), ("1", "1.2"), ("2", "2.1"), ("2", "2.2")]),
        (_SUBNUM_PLAIN, [("1", "1.1"), ("1", "1.2"), ("2", "2.1")]),
        (_SUBNUM_TRAD, [("1", "1.1"), ("1", "1.2")]),
    ],
)
def test_sub_numbered_rows(text: str, paths: list[tuple[str, ...]]) -> None:
    assert [p for p, _t in _tasks(text)] == paths


def test_sub_numbered_rows_keep_their_units() -> None:
    tasks = _doc(_SUBNUM_MD).tasks
    assert [(t["title"], t["lead_units"], t["participating_units"]) for t in tasks[:2]] == [
        ("实施技术改造项目30个", ["县工信局"], ["县发改局"]),
        ("培育专精特新企业5家", ["县工信局"], ["县科技局"]),
    ]


def test_numbered_rows_without_sub_numbers_unchanged() -> None:
    text = """某县2026年任务表
| 重点任务 | 具体任务 | 牵头单位 |
| 1.推进产业升级 | 实施技术改造项目30个 | 县工信局 |
| 2.优化发展环境 | 新增标准厂房8万平方米 | 县经开区管委会 |
"""
    assert [p for p, _t in _tasks(text)] == [("1",), ("2",)]


def test_sub_number_of_another_heading_is_no_item() -> None:
    from transform.table_subnumbers import sub_numbered

    assert sub_numbered(["1.推进产业升级", "2.1 实施技术改造项目30个", "县工信局"], None) is None
    assert sub_numbered(["", "2.2 培育企业5家", "县工信局"], 1) is None
    assert sub_numbered(["", "1.5万亩高标准农田", "县农业农村局"], 1) is None
