"""Round 42c: structure in new layouts.

- A page printed in one narrow column (every line cut after 5–13 characters) is read as wrapped:
  a heading runs on over its lines ("（一）整治占" / "道经营。"), a paragraph runs on till a line
  opens an item, and a bracket left open at a line's end takes the cut label below ("（牵" /
  "头单位：…）") (`transform.unwrap._narrow`).
- A list or a table runs past item 999: "1000.…", "1000 | …" are items up to 1899 (a year 19xx/20xx
  never opens one) (`transform.numbering`, `transform.table_rows`).
"""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.numbering import decimal_marker, match_marker
from transform.texttables import _wrapped_row
from transform.unwrap import unwrapped


def _doc(text: str):
    return parse_document(text, source="p.txt", is_text=True)


def _titles(text: str) -> list[tuple[tuple[str, ...], str]]:
    return [(tuple(t["path"]), t["title"]) for t in _doc(text).tasks]


# --- one narrow column -----------------------------------------------------------------------------

_NARROW_PCN = """石门镇2026年集镇
管理工作要点
一、重点任务
（一）规范农
贸市场秩序。
取缔占道摊位
。（牵头单位
：镇综治办）
（二）整治集
镇违章建筑。
拆除违建30处
。（牵头单位
：镇规划办）
"""

_NARROW_CN = """青溪县2026年
林业工作要点
一、实施国土
绿化行动。全
年完成造林1.
5万亩。（责
任单位：县林
业局）
二、加强森林
防火。（责任
单位：县应急
管理局）
"""

_NARROW_TRAD = """白沙縣2026年
水利工作要點
1.推進小型水
庫除險加固。
完成水庫8座
。（牽頭單位
：縣水利局；配
合單位：各鄉
鎮）
2.開展河道清
淤疏浚。（牽
頭單位：縣水
利局）
"""


def test_narrow_pcn_headings_run_on() -> None:
    assert _titles(_NARROW_PCN) == [
        (("一", "(一)"), "规范农贸市场秩序"),
        (("一", "(二)"), "整治集镇违章建筑"),
    ]


def test_narrow_cn_sections_run_on_with_units() -> None:
    doc = _doc(_NARROW_CN)
    assert [(tuple(t["path"]), t["title"]) for t in doc.tasks] == [
        (("一",), "实施国土绿化行动"),
        (("二",), "加强森林防火"),
    ]
    assert [t["lead_units"] for t in doc.tasks] == [["县林业局"], ["县应急管理局"]]
    assert [t["value"] for t in doc.targets] == [1.5]


def test_narrow_trad_label_cut_inside_bracket() -> None:
    doc = _doc(_NARROW_TRAD)
    assert [t["title"] for t in doc.tasks] == ["推進小型水庫除險加固", "開展河道清淤疏浚"]
    assert doc.tasks[0]["participating_units"] == ["各鄉鎮"]


def test_narrow_bracket_cut_joins_lines() -> None:
    lines = _NARROW_TRAD.splitlines()
    out = unwrapped(lines)
    assert "1.推進小型水庫除險加固。完成水庫8座。（牽頭單位：縣水利局；配合單位：各鄉鎮）" in out


_NAMES = """附件
青溪县森林防火
指挥部成员名单
县林业局
县应急管理局
县公安局
县气象局
县财政局
县交通局
县民政局
"""


def test_list_of_short_names_stays() -> None:
    lines = _NAMES.splitlines()
    assert unwrapped(lines) == lines


_WIDE = """青溪县2026年林业工作要点
一、重点任务
（一）实施国土绿化行动，全年完成造林1.5万亩，新建森林
（二）加强森林防火
1.完善防火设施。（责任单位：县应急管理局）
"""


def test_wide_page_short_heading_stays() -> None:
    lines = _WIDE.splitlines()
    assert unwrapped(lines) == lines
    assert ("一", "(二)", "1") in [p for p, _ in _titles(_WIDE)]


_CELLS_PER_LINE = """白沙县2026年稳就业任务清单
序号 工作任务 责任单位 完成时限
1 开展春风行动招聘会
县人社局（牵头）、县总工会
2026年4月底
2 落实创业担保贷款
县人社局（牵头）、县财政局
2026年12月底
"""


def test_spaced_table_cells_one_per_line_stay() -> None:
    lines = _CELLS_PER_LINE.splitlines()
    assert unwrapped(lines) == lines


# --- lists and tables past row 999 -----------------------------------------------------------------


def _pipe_rows(first: int, last: int) -> str:
    rows = "".join(f"{i} | 清理第{i}号雨水井 | 县城管局\n" for i in range(first, last + 1))
    return "白沙县2026年雨水井清理任务清单\n序号 | 清理任务 | 责任单位\n" + rows


def test_pipe_rows_past_999() -> None:
    doc = _doc(_pipe_rows(996, 1004))
    assert [t["path"] for t in doc.tasks][-5:] == [["1000"], ["1001"], ["1002"], ["1003"], ["1004"]]
    assert all(t["lead_units"] == ["县城管局"] for t in doc.tasks)


def test_spaced_rows_past_999() -> None:
    rows = "".join(f"{i}  维修第{i}号路灯  区城管局\n" for i in range(997, 1003))
    doc = _doc("青溪区2026年路灯维修清单\n序号  维修任务  责任单位\n" + rows)
    assert [t["title"] for t in doc.tasks][-3:] == [
        "维修第1000号路灯",
        "维修第1001号路灯",
        "维修第1002号路灯",
    ]


def test_text_items_past_999() -> None:
    items = "".join(f"{i}.走访第{i}户困难群众。（责任单位：镇民政办）\n" for i in range(998, 1002))
    doc = _doc("石门镇2026年走访慰问工作安排\n" + items)
    assert [t["path"] for t in doc.tasks] == [["998"], ["999"], ["1000"], ["1001"]]


@pytest.mark.parametrize(
    "line", ["2026.全面完成改造任务", "1949、1978年两次规划", "2035 年远景目标", "19000.开展"]
)
def test_year_opens_no_item(line: str) -> None:
    assert match_marker(line) is None


@pytest.mark.timeout(30)
def test_long_table_scale() -> None:
    assert len(_doc(_pipe_rows(1, 1800)).tasks) == 1800


# --- dashed item numbers in text -------------------------------------------------------------------

_DASHED_UNDER_AR = """白沙县2026年防汛工作安排
1.强化隐患排查
1-1.排查山洪灾害危险区120处。（责任单位：县水利局）
1-2.整治病险山塘。（责任单位：县水利局）
2.提升救援能力
2-1.组建乡镇抢险队伍15支。（责任单位：县应急管理局）
"""

_DASHED_UNDER_CN = """青溪镇2026年森林防火工作安排
一、源头管控
1-1、清理林缘可燃物。（牵头单位：镇林业站）
1-2、设置防火检查站6个。（牵头单位：镇综治办）
"""

_DASHED_FULLWIDTH = """石门县2026年农村供水工作要点
1.保障水源
1－1．新建水源地保护围栏20公里。（责任单位：县水利局）
1－2．开展水质检测。（责任单位：县卫健局）
"""


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (_DASHED_UNDER_AR, [("1", "1-1"), ("1", "1-2"), ("2", "2-1")]),
        (_DASHED_UNDER_CN, [("一", "1-1"), ("一", "1-2")]),
        (_DASHED_FULLWIDTH, [("1", "1-1"), ("1", "1-2")]),
    ],
)
def test_dashed_items_in_text(text: str, want: list[tuple[str, ...]]) -> None:
    assert [p for p, _ in _titles(text)] == want


@pytest.mark.parametrize("line", ["1-3月，全县完成造林", "1-2.5公里的河段", "1-2 个乡镇试点"])
def test_dash_range_is_no_item(line: str) -> None:
    assert decimal_marker(line) is None


# --- a piped row whose content cell wrapped onto a bordered line -----------------------------------

_PIPE_WRAP = """青溪县2026年卫生健康重点工作任务表
序号 | 工作任务 | 责任单位
1 | 推进县域医共体 | 县卫健局
  | 建设 |
2 | 新建村卫生室标 | 县卫健局
  | 准化站点12个 |
3 | 开展重点人群家 | 县卫健局、
  | 庭医生签约 | 县医保局
"""

_PIPE_WRAP_FIVE = """石门镇2026年重点工作清单
序号 | 重点工作 | 牵头单位 | 配合单位 | 完成时限
1 | 完成集镇污水管网改 | 镇规划办 | 镇财政所 | 2026年10月
  | 造 |
2 | 建设农产品冷链仓储中 | 镇农业站 | 各村 | 2026年12月
  | 心 |
"""


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (_PIPE_WRAP, ["推进县域医共体建设", "新建村卫生室标准化站点12个", "开展重点人群家庭医生签约"]),
        (_PIPE_WRAP_FIVE, ["完成集镇污水管网改造", "建设农产品冷链仓储中心"]),
    ],
)
def test_bordered_line_under_a_row_continues_its_cells(text: str, want: list[str]) -> None:
    assert [t for _, t in _titles(text)] == want


def test_wrapped_units_stay_apart() -> None:
    doc = _doc(_PIPE_WRAP)
    assert doc.tasks[2]["lead_units"] == ["县卫健局", "县医保局"]


_ONE_CELL_PER_LINE = """白沙县2026年重点任务
| 序号 |
| 工作任务 |
| 责任单位 |
| 1 |
| 建设县城停车场 |
| 县住建局 |
"""


def test_cells_one_per_line_stay_flat() -> None:
    lines = _ONE_CELL_PER_LINE.splitlines()
    assert not any(_wrapped_row(lines, k) for k in range(len(lines)))


def test_heading_over_its_sentence_keeps_the_break() -> None:
    text = "白沙县2026年工作任务\n序号 | 重点任务 | 牵头单位\n1 | 壮大特色产业 | 县农业农村局\n  | 新建茶叶基地2000亩。 |\n"
    assert [t for _, t in _titles(text)] == ["壮大特色产业"]


def test_two_content_columns_keep_the_break() -> None:
    text = """青溪县2026年民生实事项目表
序号 | 项目名称 | 建设内容 | 责任单位
1 | 城区幼儿园扩容 | 新建幼儿园2所，新增 | 县教育局
  | 学位900个 |
"""
    assert [t for _, t in _titles(text)] == ["城区幼儿园扩容"]


# --- a space-separated row whose unit list goes on in a line that lost its indentation -----------

_SPACED_PART = """青溪县2026年政务服务改革任务清单
序号  改革任务                  牵头单位      配合单位
1     推行企业开办一窗通办      县行政审批局  县市场监管局、
县税务局
2     开展不动产登记提速        县自然资源局  县住建局
"""

_SPACED_LEAD = """白沙县2026年招商引资任务清单
序号  工作任务              责任单位                完成时限
1     引进亿元以上项目8个   县商务局、              2026年12月
县工业园管委会
2     举办招商推介会3场     县商务局                2026年10月
"""

_SPACED_PART_FIVE = """石门县2026年农村改革任务
序号  改革任务                牵头单位      配合单位        完成时限
1     深化农村宅基地改革      县农业农村局  县自然资源局、  2026年11月
县司法局
"""


@pytest.mark.parametrize(
    ("text", "title", "lead", "part"),
    [
        (_SPACED_PART, "推行企业开办一窗通办", ["县行政审批局"], ["县市场监管局", "县税务局"]),
        (_SPACED_LEAD, "引进亿元以上项目8个", ["县商务局", "县工业园管委会"], []),
        (_SPACED_PART_FIVE, "深化农村宅基地改革", ["县农业农村局"], ["县自然资源局", "县司法局"]),
    ],
)
def test_unit_list_goes_on_unindented(text: str, title: str, lead: list[str], part: list[str]) -> None:
    task = _doc(text).tasks[0]
    assert (task["title"], sorted(task["lead_units"]), sorted(task["participating_units"])) == (
        title,
        sorted(lead),
        sorted(part),
    )


def test_unindented_text_goes_on_in_the_task_cell() -> None:
    text = """青溪县2026年民生工作任务清单
序号  工作任务                  牵头单位      配合单位
1     推进城区老旧小区改造      县住建局      县财政局、
提质工程
2     开展不动产登记提速        县自然资源局  县住建局
"""
    assert _doc(text).tasks[0]["participating_units"] == ["县财政局"]


def test_two_open_lists_place_nothing() -> None:
    from transform.table_layout import continued_cells

    assert continued_cells(
        "县司法局", [0, 6, 20, 30], ["1", "推进改革", "县农业农村局、", "县自然资源局、"]
    ) != [
        "",
        "",
        "",
        "县司法局",
    ]
