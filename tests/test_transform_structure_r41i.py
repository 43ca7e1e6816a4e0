"""Round 41i: structure, the tail of round 41's first wave.

- A closing unit statement ("上述任务由X牵头，Y配合。", "以上工作由X负责") under numbered items
  with no section above them applies to every item it closes, not only the last one.
- A table whose content column names a kind of body (专班名称, 工作组名称) reads its rows' names
  ending in that word (城区更新专班) as the task, not as a unit; its headers are read in their
  simplified form (專班名稱, 牽頭單位); a 成员单位 column takes part (专班成员单位).
- The last row of a table laid out by spaces gets back the tail of its task cell a PDF wrapped
  ("化示范县") at the page's end or over a heading.
"""

from __future__ import annotations

import pytest

from transform.document import parse_document


def _units(text: str) -> list[tuple[tuple[str, ...], list[str], list[str]]]:
    doc = parse_document(text, source="p.txt", is_text=True)
    return [(tuple(t["path"]), t["lead_units"], t["participating_units"]) for t in doc.tasks]


# --- a closing unit statement under items with no section ---------------------------------------

_CLOSING_FIRES = [
    (
        "丰河县2026年水利工作要点\n"
        "1.推进灌区改造。完成中型灌区续建配套。\n"
        "2.加强河湖管护。落实河湖长巡查制度。\n"
        "上述任务由县水利局牵头，县农业农村局配合。\n",
        ["县水利局"],
        ["县农业农村局"],
        2,
    ),
    (
        "柳溪镇2026年环境卫生工作安排\n"
        "（一）清理积存垃圾。组织开展集中清理。\n"
        "（二）整治乱堆乱放。规范农户房前屋后堆放。\n"
        "（三）落实保洁制度。各村配齐保洁员。\n"
        "以上工作由镇综合行政执法队负责。\n",
        ["镇综合行政执法队"],
        [],
        3,
    ),
    (
        "北山縣2026年文物保護工作要點\n"
        "1.開展文物普查。完成不可移動文物覆核。\n"
        "2.加強安全巡查。落實文物安全直接責任人。\n"
        "以上工作由縣文化旅遊廣電體育局牽頭，縣公安局配合。\n",
        ["縣文化旅遊廣電體育局"],
        ["縣公安局"],
        2,
    ),
    (
        "东湖街道部署2026年征兵工作\n"
        "会议明确了今年三项重点工作：\n"
        "1.广泛开展征兵宣传。进社区、进学校宣传征兵政策。\n"
        "2.严格兵员质量。做好体检和政治考核。\n"
        "3.落实优待政策。及时发放义务兵家庭优待金。\n"
        "上述工作由街道武装部牵头，各社区配合。\n",
        ["街道武装部"],
        ["各社区"],
        3,
    ),
]


@pytest.mark.parametrize("text,lead,part,n", _CLOSING_FIRES, ids=["county", "town", "trad", "news"])
def test_closing_statement_reaches_every_item(text, lead, part, n):
    rows = _units(text)
    assert len(rows) == n
    for _path, got_lead, got_part in rows:
        assert got_lead == lead
        assert sorted(got_part) == sorted(part)


def test_closing_statement_reaches_only_the_items_since_the_last():
    text = (
        "南岭县2026年就业工作要点\n"
        "1.开展职业技能培训。全年培训3000人次。\n"
        "2.建设零工市场。建成县级零工市场。\n"
        "上述工作由县人力资源和社会保障局负责。\n"
        "3.落实创业担保贷款。扩大贷款覆盖面。\n"
        "4.支持返乡创业。建设返乡创业园。\n"
        "以上工作由县财政局牵头。\n"
    )
    leads = [lead for _p, lead, _q in _units(text)]
    assert leads == [["县人力资源和社会保障局"]] * 2 + [["县财政局"]] * 2


_CLOSING_KEEPS = [
    # an item that states its own units keeps them
    (
        "丰河县2026年林业工作要点\n"
        "1.推进国土绿化。完成造林1万亩。（牵头单位：县林业局）\n"
        "2.加强森林防火。落实网格化管理。\n"
        "上述任务由县应急管理局牵头。\n",
        [["县林业局"], ["县应急管理局"]],
    ),
    # a line that is no closing statement stays with the last item
    (
        "丰河县2026年林业工作要点\n"
        "1.推进国土绿化。完成造林1万亩。\n"
        "2.加强森林防火。落实网格化管理。\n"
        "由县应急管理局牵头组织专项检查。\n",
        [[], []],
    ),
]


@pytest.mark.parametrize("text,leads", _CLOSING_KEEPS, ids=["own_units", "no_statement"])
def test_closing_statement_does_not_reach(text, leads):
    assert [lead for _p, lead, _q in _units(text)] == leads


@pytest.mark.timeout(30)
def test_closing_statements_at_scale():
    items = "".join(f"{i}.推进工作{i}。落实制度。\n上述任务由县水利局牵头。\n" for i in range(1, 901))
    rows = _units("某县2026年工作要点\n" + items)
    assert len(rows) == 900
    assert all(lead == ["县水利局"] for _p, lead, _q in rows)


# --- a table of 专班 -------------------------------------------------------------------------------


def _rows(text: str) -> list[tuple[str | None, list[str], list[str]]]:
    doc = parse_document(text, source="p.txt", is_text=True)
    return [(t["title"], t["lead_units"], sorted(t["participating_units"])) for t in doc.tasks]


_ZHUANBAN_FIRES = [
    (
        "丰河县2026年重点工作专班推进表\n"
        "序号 专班名称 牵头单位 专班成员单位\n"
        "1 城区更新专班 县住房和城乡建设局 县自然资源局、县财政局\n"
        "2 招商引资专班 县商务局 县发展和改革局\n",
        [
            ("城区更新专班", ["县住房和城乡建设局"], ["县自然资源局", "县财政局"]),
            ("招商引资专班", ["县商务局"], ["县发展和改革局"]),
        ],
    ),
    (
        "北山縣2026年重點產業專班推進表\n"
        "序號 專班名稱 牽頭單位 專班成員單位\n"
        "1 新材料產業專班 縣工業和信息化局 縣發展和改革局、縣自然資源局\n"
        "2 文化旅遊專班 縣文化旅遊廣電體育局 縣交通運輸局\n",
        [
            ("新材料產業專班", ["縣工業和信息化局"], ["縣發展和改革局", "縣自然資源局"]),
            ("文化旅遊專班", ["縣文化旅遊廣電體育局"], ["縣交通運輸局"]),
        ],
    ),
    (
        "柳溪区2026年攻坚工作组一览表\n"
        "序号 | 工作组名称 | 牵头单位 | 成员单位\n"
        "1 | 征地拆迁工作组 | 区自然资源局 | 区住房和城乡建设局\n"
        "2 | 项目建设工作组 | 区发展和改革局 | 区财政局、区审计局\n",
        [
            ("征地拆迁工作组", ["区自然资源局"], ["区住房和城乡建设局"]),
            ("项目建设工作组", ["区发展和改革局"], ["区审计局", "区财政局"]),
        ],
    ),
]


@pytest.mark.parametrize("text,rows", _ZHUANBAN_FIRES, ids=["simplified", "traditional", "piped"])
def test_zhuanban_names_are_tasks(text, rows):
    assert _rows(text) == rows


def test_members_column_alone_takes_part():
    text = (
        "丰河县2026年重点工作专班表\n"
        "序号 | 专班名称 | 专班成员单位\n"
        "1 | 城区更新专班 | 县自然资源局、县财政局\n"
        "2 | 招商引资专班 | 县发展和改革局\n"
    )
    assert [(t, part) for t, _lead, part in _rows(text)] == [
        ("城区更新专班", ["县自然资源局", "县财政局"]),
        ("招商引资专班", ["县发展和改革局"]),
    ]


_ZHUANBAN_KEEPS = [
    # a unit cell ending in 专班 under a 工作任务 column stays a unit
    (
        "丰河县2026年城区更新工作任务分工\n"
        "序号 工作任务 责任单位\n"
        "1 推进老旧小区改造，完成改造小区12个 县城区更新工作专班\n"
        "2 建设城市口袋公园 县住房和城乡建设局\n",
        [["县城区更新工作专班"], ["县住房和城乡建设局"]],
    ),
    # a 专班名称 column does not make a unit cell of the row a task name
    (
        "丰河县2026年重点工作专班推进表\n"
        "序号 | 专班名称 | 牵头单位\n"
        "1 | 城区更新专班 | 县住房和城乡建设局\n"
        "2 | 招商引资专班 | 县商务局\n",
        [["县住房和城乡建设局"], ["县商务局"]],
    ),
]


@pytest.mark.parametrize("text,leads", _ZHUANBAN_KEEPS, ids=["task_column", "unit_column"])
def test_zhuanban_unit_cells_stay_units(text, leads):
    assert [lead for _t, lead, _p in _rows(text)] == leads


@pytest.mark.timeout(30)
def test_zhuanban_table_at_scale():
    rows = "".join(f"{i} 第{i}专班 县商务局 县财政局、县水利局\n" for i in range(1, 901))
    got = _rows("某县2026年专班推进表\n序号 专班名称 牵头单位 专班成员单位\n" + rows)
    assert len(got) == 900
    assert all(lead == ["县商务局"] for _t, lead, _p in got)


# --- the last row's task cell wrapped by a PDF -----------------------------------------------------

_HEAD = "序号 工作任务 牵头单位 配合单位\n"
_ROW1 = "1 推进G107改线工程 县交通运输局 县自然资源局\n"
_LAST_TAIL_FIRES = [
    (
        "丰河县2026年交通任务分工\n"
        + _HEAD
        + _ROW1
        + "2 建设城乡客运一体 县交通运输局 各乡镇人民政府\n化示范县\n",
        "建设城乡客运一体化示范县",
    ),
    (
        "丰河县2026年交通任务分工\n"
        + _HEAD
        + _ROW1
        + "2 实施农村公路安全 县交通运输局 县公安局\n生命防护工程\n"
        "二、保障措施\n加强组织领导，压实工作责任。\n",
        "实施农村公路安全生命防护工程",
    ),
    (
        "北山縣2026年交通任務分工\n序號 工作任務 牽頭單位 配合單位\n1 推進國道改線工程 縣交通運輸局 縣自然資源局\n"
        "2 建設城鄉客運一體 縣交通運輸局 各鄉鎮人民政府\n化示範縣\n",
        "建設城鄉客運一體化示範縣",
    ),
]


@pytest.mark.parametrize("text,title", _LAST_TAIL_FIRES, ids=["page_end", "before_heading", "trad"])
def test_last_row_task_cell_goes_on(text, title):
    assert _rows(text)[-1][0] == title


_LAST_TAIL_KEEPS = [
    # a signer under the table is no part of the last row
    "丰河县2026年交通任务分工\n"
    + _HEAD
    + _ROW1
    + "2 建设城乡客运站 县交通运输局 各乡镇人民政府\n丰河县人民政府办公室\n",
    # nor a sentence after it
    "丰河县2026年交通任务分工\n"
    + _HEAD
    + _ROW1
    + "2 建设城乡客运站 县交通运输局 各乡镇人民政府\n请各单位抓好落实。\n",
]


@pytest.mark.parametrize("text", _LAST_TAIL_KEEPS, ids=["signer", "sentence"])
def test_last_row_keeps_its_title(text):
    assert _rows(text)[-1][0] == "建设城乡客运站"


@pytest.mark.timeout(30)
def test_wrapped_rows_at_scale():
    rows = "".join(f"{i} 建设城乡客运一体 县交通运输局 各乡镇人民政府\n化示范县\n" for i in range(1, 901))
    got = _rows("某县2026年任务分工\n" + _HEAD + rows)
    assert len(got) == 900
    assert got[-1][0] == "建设城乡客运一体化示范县"
