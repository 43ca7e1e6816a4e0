"""Round 47k: structure, third pass.

- A row of a table laid out by spaces whose content, unit and deadline cells a conversion glued
  together ("改造提升乡镇卫生院3所县卫生健康局2024年12月"), two cells short of its header: the deadline
  and the unit name are cut from the cell's end (`transform.table_glued_tail`).
- A closing section headed by a bare topic ("三、组织实施", "四、保障措施") over prose is no task even where the
  prose names the unit that coordinates the plan (`transform.bare_closing`); "加强组织领导" with a unit stays one.
"""

from __future__ import annotations

from transform.document import parse_document
from transform.table_glued_tail import unglue_tail


def _doc(text: str):
    return parse_document(text, source="p.txt", is_text=True)


def _paths(text: str) -> list[tuple[str, ...]]:
    return [tuple(t["path"]) for t in _doc(text).tasks]


def _leads(text: str) -> list[tuple[tuple[str, ...], list[str]]]:
    return [(tuple(t["path"]), t["lead_units"]) for t in _doc(text).tasks]


# --- glued unit and deadline at a spaced row's end ---------------------------------------------

_PORTAL = """桃源县2024年重点民生项目任务分解表
序号  项目名称            建设内容                        牵头单位          完成时限
1     城区停车场建设      新建公共停车泊位1500个          县城市管理局      2024年12月
2     老旧小区改造        改造老旧小区12个                县住房和城乡建设局 2024年11月
3     乡镇卫生院提升      改造提升乡镇卫生院3所县卫生健康局2024年12月
"""


def test_portal_row_glued_unit_and_date() -> None:
    assert _leads(_PORTAL)[2] == (("3",), ["县卫生健康局"])


def test_glued_row_keeps_its_target_text() -> None:
    texts = [t["text"] for t in _doc(_PORTAL).targets]
    assert "改造提升乡镇卫生院3所" in texts


_PDF_DEADLINE_FIRST = """柳江区2025年城乡建设重点任务清单
序号   任务名称        工作内容                     完成时限      责任单位
1      道路提升        改造城区道路8条              2025年10月    区交通运输局
2      管网改造        新建雨污管网15公里2025年12月底区住房和城乡建设局
"""


def test_pdf_deadline_column_before_unit_column() -> None:
    assert _leads(_PDF_DEADLINE_FIRST)[1] == (("2",), ["区住房和城乡建设局"])


_TRADITIONAL = """某縣2024年重點民生實事分解表
序號  項目名稱            建設內容                        牽頭單位          完成時限
1     校舍改造            改造中小學校舍6所              縣教育局          2024年9月
2     飲水鞏固            新建供水工程5處縣水利局2024年11月
"""


def test_traditional_glued_row() -> None:
    assert _leads(_TRADITIONAL)[1][1] == ["縣水利局"]


def test_unglue_tail_date_last() -> None:
    roles = ["no", "content", "content", "lead", "deadline"]
    cells = ["4", "乡镇卫生院提升", "改造提升乡镇卫生院3所县卫生健康局2024年12月"]
    assert unglue_tail(cells, roles) == [
        "4",
        "乡镇卫生院提升",
        "改造提升乡镇卫生院3所",
        "县卫生健康局",
        "2024年12月",
    ]


def test_unglue_tail_unit_last() -> None:
    roles = ["no", "content", "content", "deadline", "resp"]
    cells = ["2", "管网改造", "新建雨污管网15公里2025年12月底区住房和城乡建设局"]
    assert unglue_tail(cells, roles)[2:] == ["新建雨污管网15公里", "2025年12月底", "区住房和城乡建设局"]


def test_unglue_tail_leaves_a_row_without_a_unit() -> None:
    roles = ["no", "content", "content", "lead", "deadline"]
    cells = ["4", "乡镇卫生院提升", "改造提升乡镇卫生院3所并完善设备配置2024年12月"]
    assert unglue_tail(cells, roles) == cells


def test_unglue_tail_leaves_a_header_without_unit_and_deadline_columns() -> None:
    roles = ["no", "content", "content", "other", "other"]
    cells = ["4", "乡镇卫生院提升", "改造提升乡镇卫生院3所县卫生健康局2024年12月"]
    assert unglue_tail(cells, roles) == cells


# --- a bare closing topic over prose -------------------------------------------------------------

_CLOSING = """西城区构建现代公共文化服务体系实施方案
一、主要任务
1.完善设施网络。新建城市书房8个。（牵头单位：区文化和旅游局）
2.推进数字服务。建设区级公共文化数字平台1个。（牵头单位：区数据局）
{head}
各单位要按照职责分工抓好落实，区文化和旅游局负责统筹协调。
"""


def test_bare_zuzhi_shishi_is_no_task() -> None:
    assert _paths(_CLOSING.format(head="二、组织实施")) == [("一", "1"), ("一", "2")]


def test_bare_baozhang_cuoshi_with_colon_is_no_task() -> None:
    assert _paths(_CLOSING.format(head="二、保障措施：")) == [("一", "1"), ("一", "2")]


def test_traditional_bare_closing_is_no_task() -> None:
    text = """某縣公共文化服務實施方案
一、主要任務
1.完善設施網絡。新建城市書房8個。（牽頭單位：縣文化和旅遊局）
2.推進數字服務。建設公共文化數字平台1個。（牽頭單位：縣數據局）
二、組織實施
各單位要按照職責分工抓好落實，縣文化和旅遊局負責統籌協調。
"""
    assert _paths(text) == [("一", "1"), ("一", "2")]


def test_closing_work_heading_with_unit_stays_a_task() -> None:
    assert ("二",) in _paths(_CLOSING.format(head="二、强化组织保障"))
