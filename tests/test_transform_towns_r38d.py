"""Round 38d: town-level documents, other genres and PDF printings.

- A task table laid out by spaces whose PDF centred each row's one-line cells (the row number, the
  unit, the deadline) on the middle line of the row prints the first lines of a long cell above the
  number: those lines open that row (`transform.table_centred`).
- A village's list typed without punctuation numbers its lines "1修建…", "2新建…": a run of lines
  numbered 1, 2, 3 … glued to their text are items (`numbering.glued_number_items`); a figure
  ("3个", "12公里", "2024年") is none, nor is a number out of such a run.
- A heading that ran into a role label apart by spaces, cut at the label's ：, ends before it
  ("修建村组道路2.5公里 责任人：…" -> "修建村组道路2.5公里").
- The phases of a campaign's steps numbered 第一阶段, 第二阶段 … are items (tasks by EXTRACTION.md),
  with or without a ：after the number ("第二阶段（3月11日—5月31日）…"); "第一阶段性成果" is none.
- A "|" table read without a header (a 考核 table: 序号 | 考核指标 | 分值 | 目标值 | 考核单位) whose
  rows each stand on a line of their own, numbered on, is read row by row: a figure cell (a score
  "| 5 |" in row 4) is no number of the next row.
- Items numbered by a word and a numeral ("项目一：…", "督办事项二：…", "任务三、…": the words in
  lexicons/structure_item_names.txt) are items labelled as printed; "项目一期工程" is none.
- Page numbers printed "3/12" on lines of their own (two or more over one count, counting up) go as
  "— 3 —" does; in a text that prints its page numbers as marks, a bare number one on from the mark
  above it (or one short of the mark below it), after a full printed line, goes too.
"""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.numbering import glued_number_items, match_marker
from transform.page_marks import without_page_marks
from transform.table_centred import centred_rows
from transform.texttables import _one_line_rows
from transform.titles import task_title


def _doc(text: str):
    return parse_document(text, source="p.txt", is_text=True)


def _tasks(text: str) -> list[tuple[tuple[str, ...], str | None, tuple[str, ...]]]:
    return [(tuple(t["path"]), t["title"], tuple(t["lead_units"])) for t in _doc(text).tasks]


# --- a row number centred on its row -------------------------------------------------------------
CENTRED = """\
{title}

序号   工作任务                                 牵头领导    牵头单位          完成时限
       推进镇区供水管网改造，更换老旧
1      管网12公里，实现镇区供水全覆盖             王明        镇村镇建设办      2024年10月
       新建农村幼儿园1所，新增学位
2      180个                                     李静        镇社会事务办      2024年8月
3      完成镇敬老院提升改造                       李静        镇民政办          2024年12月
       开展森林防火专项行动，
4      全年森林火灾受害率控制在0.8‰以内          赵林        镇林业站          2024年12月
"""


@pytest.mark.parametrize("title", ["丰台镇2024年重点工作任务分解表", "石桥街道2025年重点工作责任分解表"])
def test_centred_rows_open_with_the_lines_above_their_number(title: str) -> None:
    tasks = _tasks(CENTRED.format(title=title))
    assert tasks == [
        (("1",), "推进镇区供水管网改造，更换老旧管网12公里，实现镇区供水全覆盖", ("镇村镇建设办",)),
        (("2",), "新建农村幼儿园1所，新增学位180个", ("镇社会事务办",)),
        (("3",), "完成镇敬老院提升改造", ("镇民政办",)),
        (("4",), "开展森林防火专项行动，全年森林火灾受害率控制在0.8‰以内", ("镇林业站",)),
    ]


PROJECTS = """\
湖滨镇2024年重点项目推进计划表
序号     项目名称               建设内容及规模           总投资     责任单位
                                                         （万元）
         湖滨镇污水处理厂       新建日处理能力
1        提标改造工程           5000吨污水处理设施       3200       镇村镇建设办
                                同步建设配套管网
         湖滨中学教学楼         新建教学楼一栋，
2        建设项目               建筑面积6000平方米       2400       镇社会事务办
3        农贸市场改造工程       改造市场1个              450        镇市场监管所
"""


def test_a_three_line_row_keeps_its_line_below_and_the_next_row_its_line_above() -> None:
    tasks = _tasks(PROJECTS)
    assert [t[1] for t in tasks][1:] == ["湖滨中学教学楼建设项目", "农贸市场改造工程"]
    assert tasks[0][1].startswith("湖滨镇污水处理厂提标改造工程")
    assert [t[2] for t in tasks] == [("镇村镇建设办",), ("镇社会事务办",), ("镇市场监管所",)]


def test_centred_rows_writes_one_line_a_row() -> None:
    lines = PROJECTS.split("\n")
    out = centred_rows(lines)
    rows = [ln for ln in out if ln[:1].isdigit()]
    assert len(rows) == 3
    assert "湖滨中学教学楼建设项目" in rows[1] and "新建教学楼一栋，建筑面积6000平方米" in rows[1]


USUAL = """\
序号   工作任务                                 牵头单位          完成时限
1      推进重点企业智能化改造，每年实施           县工业和信息化局  2024年12月
       技术改造项目30个以上。
2      完成县敬老院提升改造                       县民政局          2024年12月
"""


def test_a_table_numbered_on_the_first_line_of_its_rows_passes_unchanged() -> None:
    lines = USUAL.split("\n")
    assert centred_rows(lines) == lines


def test_text_after_a_centred_table_is_no_row_of_it() -> None:
    text = CENTRED.format(title="丰台镇2024年重点工作任务分解表") + "各村要明确专人负责，确保按时完成。\n各村要加强调度。\n"
    out = centred_rows(text.split("\n"))
    assert out[-3:] == ["各村要明确专人负责，确保按时完成。", "各村要加强调度。", ""]


def test_a_header_wrapped_onto_a_second_line_does_not_make_rows_centred() -> None:
    text = (
        "序号   工作任务                       牵头       完成时限\n"
        "                                      单位\n"
        "1      完成县敬老院提升改造           县民政局   2024年12月\n"
        "2      新建农村幼儿园1所             县教育局   2024年8月\n"
    )
    lines = text.split("\n")
    assert centred_rows(lines) == lines


# --- item numbers glued to their text ------------------------------------------------------------
VILLAGE = """\
{title}
1修建村组道路2.5公里 责任人：村委会主任刘德明
2新建村级光伏电站1座 责任人：村党支部书记陈国华
3开展人居环境整治，清理房前屋后垃圾 责任人：村委会副主任李红
4发展林下中药材种植300亩 责任人：村监委会主任王勇
"""


@pytest.mark.parametrize("title", ["桃源村2024年村级重点工作清单", "石门社区2025年为民办实事项目"])
def test_a_run_of_glued_numbers_are_items(title: str) -> None:
    tasks = _tasks(VILLAGE.format(title=title))
    assert [(t[0], t[1]) for t in tasks] == [
        (("1",), "修建村组道路2.5公里"),
        (("2",), "新建村级光伏电站1座"),
        (("3",), "开展人居环境整治，清理房前屋后垃圾"),
        (("4",), "发展林下中药材种植300亩"),
    ]


def test_glued_numbers_wrapped_over_lines_still_run() -> None:
    lines = ["1推进道路硬化", "工程，完成5公里。", "2开展环境整治。", "3新建文化广场1个。"]
    assert glued_number_items(lines) == ["1.推进道路硬化", "工程，完成5公里。", "2.开展环境整治。", "3.新建文化广场1个。"]


@pytest.mark.parametrize(
    "lines",
    [
        ["1个村完成改造。", "2个社区建成示范。", "3个小区完成提升。"],  # figures, not numbers
        ["2024年完成改造。", "12公里道路硬化。", "3万亩高标准农田。"],
        ["2推进道路硬化。", "3开展环境整治。", "4新建文化广场。"],  # no run from 1
        ["1推进道路硬化。", "2开展环境整治。"],  # two lines: too short a run
    ],
)
def test_figures_and_short_runs_are_no_glued_items(lines: list[str]) -> None:
    assert glued_number_items(lines) == lines


def test_a_heading_ends_before_a_role_label_it_ran_into() -> None:
    assert task_title("修建村组道路2.5公里 责任人：刘德明") == "修建村组道路2.5公里"
    assert task_title("新建光伏电站1座  牵头单位：镇农业服务中心") == "新建光伏电站1座"
    assert task_title("完善考核办法 责任 清单：…") == "完善考核办法 责任 清单"  # (no label word whole)


def test_a_heading_with_a_role_word_inside_it_keeps_it() -> None:
    assert task_title("压实安全生产责任：…") == "压实安全生产责任"
    assert task_title("落实 河长责任制：…") == "落实 河长责任制"
    assert task_title("开展专项整治 压实责任：…") == "开展专项整治 压实责任"


# --- numbered phases ----------------------------------------------------------------------------
PHASES = """\
{title}

一、工作目标
到2024年6月底，全镇农村生活垃圾收运处置体系覆盖所有行政村。

二、工作步骤
第一阶段{p1}宣传发动阶段（3月1日—3月10日）。召开动员会，各村制定攻坚方案。（责任单位：镇乡村振兴办）
第二阶段{p2}集中攻坚阶段（3月11日—5月31日）。拆除残垣断壁200处。（责任单位：镇农业服务中心、各村委会）
第三阶段{p1}验收评比阶段（6月1日—6月10日）。评选示范户100户。（责任单位：镇妇联）
"""


@pytest.mark.parametrize(
    ("title", "p1", "p2"),
    [
        ("2024年白沙镇人居环境整治提升百日攻坚行动方案", "：", "："),
        ("青山街道2024年违法建设专项整治行动方案", "  ", "："),
        ("2024年河西乡农村道路交通安全整治行动方案", "、", "，"),
    ],
)
def test_numbered_phases_are_tasks(title: str, p1: str, p2: str) -> None:
    tasks = _tasks(PHASES.format(title=title, p1=p1, p2=p2))
    assert [t[0] for t in tasks] == [("二", "第一阶段"), ("二", "第二阶段"), ("二", "第三阶段")]
    assert tasks[0][1] == "宣传发动阶段（3月1日—3月10日）"
    assert tasks[1][2] == ("镇农业服务中心", "各村委会")


def test_a_phase_opened_by_its_time_range_is_numbered() -> None:
    mk = match_marker("第二阶段（4月16日—8月31日）集中整治。")
    assert mk is not None and (mk.kind, mk.label) == ("phase", "第二阶段")


@pytest.mark.parametrize("line", ["第一阶段性成果已经显现。", "第一批试点村完成验收。", "第一阶段，2024年底前完成。"])
def test_words_on_a_phase_are_no_phase_number(line: str) -> None:
    mk = match_marker(line)
    assert mk is None or mk.kind != "phase"


# --- a headerless "|" table with a figure cell ----------------------------------------------------
SCORES = """\
{title}

序号 | 考核指标 | {score} | 目标值 | 考核单位
1 | 一般公共预算收入增长 | 10 | 6% | 市财政局
2 | 固定资产投资增长 | 8 | 7% | 市发展改革局
3 | 新增市场主体 | 5 | 800户 | 市市场监管局
4 | 城镇新增就业 | 5 | 1200人 | 市人力资源社会保障局
5 | 森林覆盖率 | 4 | 62% | 市林业局
"""


@pytest.mark.parametrize(
    ("title", "score"),
    [
        ("东平市2024年度乡镇（街道）高质量发展综合考核指标表", "分值"),
        ("清河县2025年度部门目标责任考核指标", "权重"),
        ("南山区2024年街道综合考评细则", "分数"),
    ],
)
def test_a_score_cell_is_no_number_of_the_next_row(title: str, score: str) -> None:
    tasks = _tasks(SCORES.format(title=title, score=score))
    assert [t[0] for t in tasks] == [("1",), ("2",), ("3",), ("4",), ("5",)]
    assert tasks[3][1] == "城镇新增就业" and tasks[3][2] == ("市人力资源社会保障局",)
    assert tasks[4][1] == "森林覆盖率" and tasks[4][2] == ("市林业局",)


@pytest.mark.parametrize(
    ("lines", "one_a_line"),
    [
        (["1 | 推进道路硬化 | 镇村建办", "2 | 开展环境整治 | 镇农业服务中心", "3 | 新建广场 | 镇文化站"], True),
        (["1 | 推进道路硬化，完成 | 镇村建办", "村组道路5公里 |", "2 | 开展环境整治 | 镇农业服务中心"], False),
        (["1 | 推进道路硬化 | 镇村建办", "3 | 开展环境整治 | 镇农业服务中心"], False),
        (["序号 | 工作任务 | 责任单位", "1 | 推进道路硬化 | 镇村建办"], False),
    ],
)
def test_rows_one_a_line_are_numbered_on(lines: list[str], one_a_line: bool) -> None:
    assert _one_line_rows(lines) is one_a_line


# --- items numbered by a word and a numeral ------------------------------------------------------
NAMED = """\
{title}

{word}一：老旧小区加装电梯。全年完成加装电梯20部。
责任科室：街道城建办
责任人：刘涛

{word}二：社区嵌入式托育点建设。建成普惠托育点3个。
责任科室：街道社会事务办
责任人：陈静

{word}三：背街小巷路灯补盲。新装路灯260盏。
责任科室：街道城管办
责任人：吴刚
"""


@pytest.mark.parametrize(
    ("title", "word"),
    [
        ("龙泉街道2024年为民办实事项目", "项目"),
        ("关于2024年第二季度重点工作督办事项的通报", "督办事项"),
        ("青石镇2024年重点工作任务", "任务"),
    ],
)
def test_items_numbered_by_a_word_and_a_numeral(title: str, word: str) -> None:
    tasks = _tasks(NAMED.format(title=title, word=word))
    assert [t[0] for t in tasks] == [(f"{word}一",), (f"{word}二",), (f"{word}三",)]
    assert [t[1] for t in tasks] == ["老旧小区加装电梯", "社区嵌入式托育点建设", "背街小巷路灯补盲"]
    assert tasks[1][2] == ("街道社会事务办",)


@pytest.mark.parametrize(
    ("line", "label"),
    [("督办事项二：加快农村公路建设。", "督办事项二"), ("行动一 推进数字赋能。", "行动一"), ("任务十二、强化保障。", "任务十二")],
)
def test_a_word_and_a_numeral_label_an_item(line: str, label: str) -> None:
    mk = match_marker(line)
    assert mk is not None and (mk.kind, mk.label) == ("named", label)


@pytest.mark.parametrize("line", ["项目一期工程完成验收。", "工程建设全面提速。", "任务一览表", "事项清单如下："])
def test_words_without_an_item_numeral_are_no_item(line: str) -> None:
    mk = match_marker(line)
    assert mk is None or mk.kind != "named"


# --- page numbers: "3/12" and bare numbers among marks -------------------------------------------
FULL = "1.推进农村厕所革命。全年新改建农村卫生户厕2000户，普及率达到85%以上。（牵头单位：县农业农村局；配合单位：县卫"


@pytest.mark.parametrize("sep", ["/", " / ", "／"])
def test_slashed_page_numbers_go(sep: str) -> None:
    lines = ["某县2024年工作方案", f"1{sep}3", "一、重点任务", FULL, f"2{sep}3", "生健康局）", f"3{sep}3"]
    assert without_page_marks(lines) == ["某县2024年工作方案", "一、重点任务", FULL, "生健康局）"]


@pytest.mark.parametrize(
    "lines",
    [
        ["会议定于", "3/12", "召开。"],  # one only: a date, a share
        ["完成率", "3/12", "其中", "5/12", "4/12"],  # not counting up
        ["比例", "13/12", "另", "14/12"],  # over the count
    ],
)
def test_slashed_figures_that_number_no_pages_stay(lines: list[str]) -> None:
    assert without_page_marks(lines) == lines


def test_bare_numbers_among_page_marks_go() -> None:
    lines = ["二、重点任务", FULL, "— 3 —", "生健康局）", FULL, "4", "生健康局、县住建局）", FULL, "— 5 —", "生局）", FULL, "6"]
    assert without_page_marks(lines) == [
        "二、重点任务", FULL, "生健康局）", FULL, "生健康局、县住建局）", FULL, "生局）", FULL
    ]


@pytest.mark.parametrize(
    "lines",
    [
        # a table printed one cell a line: its row numbers are no page numbers
        ["— 3 —", "序号", "工作任务", "3", "推进道路硬化", "县交通局", "4", "开展环境整治", "县住建局", "— 5 —"],
        # a bare number after a short line (no page's last line)
        ["— 3 —", "三、保障措施", "4", "加强组织领导。", "— 5 —"],
        # a number that is no next page
        ["— 3 —", FULL, "7", "生健康局）", "— 5 —"],
    ],
)
def test_bare_numbers_that_number_no_page_stay(lines: list[str]) -> None:
    kept = without_page_marks(lines)
    assert [ln for ln in kept if ln.isdigit()] == [ln for ln in lines if ln.isdigit()]


BOTTOM = """\
序号   工作任务                           牵头单位        完成时限
       推进镇区供水管网改造，更换老旧
1      管网12公里，实现全覆盖             镇村镇建设办    2024年10月
       新建镇区农贸市场一处，同步建设
2      停车场和公厕                       镇市场监管所    2024年12月
       实施农村公路提档升级，硬化道路
3      8公里                              镇交通管理站    2024年11月
"""


def test_rows_numbered_on_their_last_line_open_with_the_line_above() -> None:
    rows = [ln for ln in centred_rows(BOTTOM.split("\n")) if ln[:1].isdigit()]
    assert [r.split("    ")[1] for r in rows] == [
        "推进镇区供水管网改造，更换老旧管网12公里，实现全覆盖",
        "新建镇区农贸市场一处，同步建设停车场和公厕",
        "实施农村公路提档升级，硬化道路8公里",
    ]


# --- 第一，…。第二，… in one paragraph ---------------------------------------------------------------
ORDINALS = """\
{title}

一、压实安全责任
第一，落实党政同责。主要负责人每季度至少研究安全生产工作1次。{sep}第二，落实部门监管责任。各办站所履职尽责。（责任单位：镇应急办）

二、深化隐患整治
1、开展燃气安全专项整治，排查餐饮场所100家。（责任单位：镇应急办）
2、开展自建房安全整治。（责任单位：镇村镇建设服务中心）
"""


@pytest.mark.parametrize(
    ("title", "sep"),
    [("城关镇2024年安全生产工作要点", ""), ("河西街道2024年平安建设要点", " "), ("某县2025年应急管理工作要点", "\u3000")],
)
def test_ordinals_inside_a_paragraph_that_opens_with_one_are_items(title: str, sep: str) -> None:
    tasks = _tasks(ORDINALS.format(title=title, sep=sep))
    assert [(t[0], t[1]) for t in tasks][:2] == [(("一", "第一"), "落实党政同责"), (("一", "第二"), "落实部门监管责任")]


@pytest.mark.parametrize(
    "paragraph",
    [
        "1、落实党政同责。第一，主要负责人带头。第二，班子成员分工负责。（责任单位：镇应急办）",
        "落实党政同责。第一，主要负责人带头。第二，班子成员分工负责。（责任单位：镇应急办）",
    ],
)
def test_ordinals_in_other_paragraphs_split_nothing(paragraph: str) -> None:
    from transform.lines import split_inline

    assert split_inline(paragraph) == [paragraph]


@pytest.mark.parametrize("mark", ["共3页 第{n}页", "共 3 页，第 {n} 页", "共3页/第{n}页"])
def test_page_numbers_printed_count_first_go(mark: str) -> None:
    lines = ["一、重点任务", FULL, mark.format(n=2), "生健康局）", FULL, mark.format(n=3)]
    assert without_page_marks(lines) == ["一、重点任务", FULL, "生健康局）", FULL]


def test_a_bare_number_after_a_count_first_mark_counts_from_its_page() -> None:
    lines = ["一、重点任务", FULL, "共9页 第3页", "生健康局）", FULL, "4", "生健康局、县住建局）"]
    assert without_page_marks(lines) == ["一、重点任务", FULL, "生健康局）", FULL, "生健康局、县住建局）"]
