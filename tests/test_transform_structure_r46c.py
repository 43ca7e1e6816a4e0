"""Round 46c: structure in new layouts.

- A task cell that opens with a name label ("任务名称：压缩企业开办时间<br>具体内容：…") is titled by the
  name after the label, up to a next field's label glued on by a lost line break (`transform.titles`,
  lexicon `task_title_labels`).
- A decimal item ("1.2 医疗服务提升项目。…") on the line after a closed item ("…（责任单位：县教育局）")
  opens its own paragraph in a text read as wrapped at a fixed width (`transform.unwrap`).
- A review section ("二、主要工作及成效") whose sub-section "（三）下一步工作打算" holds numbered items:
  the sub-sections before it report results, no tasks (`transform.ahead_sections`, lexicon
  `structure_review_parents`).
- A merged 序号 cell printed on every row of its merge, its category cell repeated too ("1 | 农村厕所革命 |
  新改建…" over "1 | 农村厕所革命 | 建设…"): the second row goes on the first, one task
  (`transform.table_repeats`).
"""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.titles import task_title


def _doc(text: str):
    return parse_document(text, source="p.txt", is_text=True)


def _tasks(text: str) -> list[tuple[tuple[str, ...], str]]:
    return [(tuple(t["path"]), t["title"]) for t in _doc(text).tasks]


# --- a name label before the task's name -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("任务名称：压缩企业开办时间\n具体内容：企业开办全流程压缩至1个工作日以内。", "压缩企业开办时间"),
        ("项目名称：城东水厂扩建工程。新增日供水能力3万吨。", "城东水厂扩建工程"),
        ("任务名称：培育个体工商户具体内容：全年新增个体工商户6000户。", "培育个体工商户"),
        ("工程名称 ：澧水大桥维修加固工作措施：完成桥面铺装。", "澧水大桥维修加固"),
        ("事項名稱：推進政務服務一網通辦", "推進政務服務一網通辦"),
    ],
)
def test_name_label_gives_the_name(text: str, title: str) -> None:
    assert task_title(text) == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("项目名称", "项目名称"),  # a label alone: nothing after it
        ("任务名称：", "任务名称"),
        ("具体内容：全年新增个体工商户6000户。", "具体内容"),  # not a name label
        ("名称：某某", "名称"),  # too bare to be read as a label
        ("加快项目名称变更审批。全年办理100件。", "加快项目名称变更审批"),
    ],
)
def test_no_name_label(text: str, title: str) -> None:
    assert task_title(text) == title


def test_name_label_in_a_piped_table() -> None:
    text = (
        "某市2026年优化营商环境重点任务清单\n\n"
        "| 序号 | 任务 | 牵头单位 |\n| --- | --- | --- |\n"
        "| 1 | 任务名称：压缩企业开办时间<br>具体内容：企业开办压缩至1个工作日以内。 | 市市场监管局 |\n"
        "| 2 | 任务名称：提升网办率<br>具体内容：网上可办率达到98%以上。 | 市政务服务中心 |\n"
    )
    assert _tasks(text) == [(("1",), "压缩企业开办时间"), (("2",), "提升网办率")]


def test_name_label_in_tab_rows_glued() -> None:
    text = (
        "某市2026年市场主体培育任务分解表\n"
        "序号\t任务内容\t牵头单位\t配合单位\n"
        "1\t任务名称：培育个体工商户\n\t具体内容：全年新增个体工商户6000户。\t市市场监管局\t市商务局\n"
        "2\t任务名称：推动个转企\n\t具体内容：全年完成个转企120户。\t市市场监管局\t市税务局\n"
    )
    assert _tasks(text) == [(("1",), "培育个体工商户"), (("2",), "推动个转企")]


# --- decimal items of a text read as wrapped at a fixed width ----------------------------------------

_PARTS = (
    "某县2026年十大民生实事项目实施方案\n"
    "第一部分　总体要求\n"
    "到2026年底，十大民生实事项目全面完成。\n"
    "第二部分　项目安排\n"
    "1.1 义务教育扩容项目。新建城区小学1所，新增学位1350个。（责任单位：县教育局）\n"
    "1.2 医疗服务提升项目。改造乡镇卫生院标准化发热门诊8个。（责任单位：县卫健局）\n"
    "1.3 城乡道路畅通项目。完成农村公路提质改造60公里。（责任单位：县交通运输局）\n"
    "第三部分　保障措施\n"
    "各责任单位要倒排工期，挂图作战，确保按时完成。\n"
)


@pytest.mark.parametrize(
    "text",
    [
        _PARTS,
        _PARTS.replace("第一部分　", "一、").replace("第二部分　", "二、").replace("第三部分　", "三、"),
        _PARTS.replace("1.1 ", "1.1").replace("1.2 ", "1.2").replace("1.3 ", "1.3"),
        _PARTS.replace("（责任单位：县教育局）", "").replace("1350个。", "1350个；（责任单位：县教育局）"),
    ],
)
def test_decimal_items_not_run_on(text: str) -> None:
    paths = [p for p, _t in _tasks(text)]
    assert [p[-1] for p in paths] == ["1.1", "1.2", "1.3"]
    assert [t for _p, t in _tasks(text)][1] == "医疗服务提升项目"


def test_decimal_item_units_own() -> None:
    tasks = _doc(_PARTS).tasks
    assert [t["lead_units"] for t in tasks] == [["县教育局"], ["县卫健局"], ["县交通运输局"]]


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        # a figure opening the next line of a sentence: no item
        (
            [
                "全年新增城镇就业三千二百人，城镇调查失业率力争比上年下降约",
                "1.5个百分点以内，确保就业形势总体稳定。",
            ],
            True,
        ),
        # the line above does not end its sentence: the decimal reads on
        (
            [
                "到二〇二六年底全县新建改造农村公路约一百二十公里，其中提质",
                "2.5 公里为旅游公路，由县交通运输局负责。",
            ],
            True,
        ),
    ],
)
def test_decimal_figure_reads_on(lines: list[str], joined: bool) -> None:
    from transform.unwrap import unwrapped

    page = ["某县工作方案"] + lines * 3
    out = [ln for ln in unwrapped(page) if ln.strip()]
    assert (len(out) < len(page)) is joined


# --- a review section whose last sub-section is the work ahead ---------------------------------------

_REVIEW = (
    "某市农业农村局2025年乡村振兴工作情况汇报\n"
    "一、基本情况\n"
    "全市共有行政村312个。\n"
    "二、主要工作及成效\n"
    "（一）粮食生产稳中有增。全年粮食播种面积达到118万亩。\n"
    "（二）产业发展提质增效。新培育市级以上龙头企业8家。\n"
    "（三）下一步工作打算\n"
    "1.稳定粮食生产。粮食播种面积稳定在118万亩以上。（责任单位：市农业农村局种植业股）\n"
    "2.壮大特色产业。新建标准化基地3万亩。（责任单位：市农业农村局产业股）\n"
)


@pytest.mark.parametrize(
    "text",
    [
        _REVIEW,
        _REVIEW.replace("主要工作及成效", "主要做法").replace("下一步工作打算", "2026年工作计划"),
        _REVIEW.replace("主要工作及成效", "2025年工作开展情况").replace("下一步工作打算", "下步工作安排"),
        _REVIEW.replace("主要工作及成效", "主要工作成效").replace("（一）", "(一)").replace("（三）", "(三)"),
    ],
)
def test_review_items_before_work_ahead(text: str) -> None:
    assert [p for p, _t in _tasks(text)] == [("二", "(三)", "1"), ("二", "(三)", "2")]


@pytest.mark.parametrize(
    "text",
    [
        # the section names work, not results: its sub-sections stay tasks
        _REVIEW.replace("主要工作及成效", "重点任务").replace("下一步工作打算", "2026年工作安排"),
        # no heading of work ahead below the review: nothing to tell the review from
        _REVIEW.replace("下一步工作打算", "农村改革稳步推进"),
    ],
)
def test_no_work_ahead_keeps_items(text: str) -> None:
    paths = [p for p, _t in _tasks(text)]
    assert ("二", "(一)") in paths and ("二", "(二)") in paths


# --- a merged 序号 printed on every row of its merge ---------------------------------------------------

_HEAD = "某县2026年农村人居环境整治任务分解表\n"


def _units(text: str) -> list[tuple[str, list[str]]]:
    return [(t["path"][-1], t["lead_units"]) for t in _doc(text).tasks]


@pytest.mark.parametrize(
    ("rows", "units"),
    [
        (
            "序号\t重点任务\t具体任务\t责任单位\n"
            "1\t农村厕所革命\t新改建农村户厕1200户\t县农业农村局\n"
            "1\t农村厕所革命\t建设乡镇公厕15座\t县农业农村局\n"
            "2\t生活垃圾治理\t新增垃圾转运站3座\t县城管局\n",
            [("1", ["县农业农村局"]), ("2", ["县城管局"])],
        ),
        (
            "| 序號 | 重點任務 | 具體任務 | 責任單位 |\n| --- | --- | --- | --- |\n"
            "| 1 | 農村改廁 | 新改建農村戶廁800戶 | 縣農業農村局 |\n"
            "| 1 | 農村改廁 | 建設鄉鎮公廁6座 | 縣農業農村局 |\n"
            "| 2 | 污水治理 | 新建村級污水處理設施12處 | 縣生態環境分局 |\n",
            [("1", ["縣農業農村局"]), ("2", ["縣生態環境分局"])],
        ),
        (
            "| 序号 | 重点任务 | 具体任务 | 责任单位 |\n| --- | --- | --- | --- |\n"
            "| 1 | 农村厕所革命 | 新改建农村户厕1200户 | 县农业农村局 |\n"
            "| 2 | 生活垃圾治理 | 新增垃圾转运站3座 | 县城管局 |\n"
            "| 2 | 生活垃圾治理 | 配备村级保洁员300名 | 各乡镇人民政府 |\n"
            "| 3 | 村容村貌提升 | 创建美丽宜居村庄20个 | 县农业农村局 |\n",
            [("1", ["县农业农村局"]), ("2", ["县城管局", "各乡镇人民政府"]), ("3", ["县农业农村局"])],
        ),
    ],
)
def test_repeated_number_row_goes_on(rows: str, units: list) -> None:
    assert _units(_HEAD + rows) == units


def test_repeated_number_row_keeps_its_targets() -> None:
    text = (
        _HEAD + "序号\t重点任务\t具体任务\t责任单位\n"
        "1\t农村厕所革命\t新改建农村户厕1200户\t县农业农村局\n"
        "1\t农村厕所革命\t建设乡镇公厕15座\t县农业农村局\n"
    )
    doc = _doc(text)
    assert [t["path"] for t in doc.tasks] == [["1"]]
    assert sorted(float(t["value"]) for t in doc.targets) == [15.0, 1200.0]


@pytest.mark.parametrize(
    ("rows", "paths"),
    [
        # the same category, numbered on: two tasks
        (
            "| 序号 | 重点任务 | 具体任务 | 责任单位 |\n| --- | --- | --- | --- |\n"
            "| 1 | 农村厕所革命 | 新改建农村户厕1200户 | 县农业农村局 |\n"
            "| 2 | 农村厕所革命 | 建设乡镇公厕15座 | 县农业农村局 |\n",
            ["1", "2"],
        ),
        # the number again but no cell repeated beside it: no merge to read
        (
            "| 序号 | 重点任务 | 具体任务 | 责任单位 |\n| --- | --- | --- | --- |\n"
            "| 1 | 农村厕所革命 | 新改建农村户厕1200户 | 县农业农村局 |\n"
            "| 1 | 生活垃圾治理 | 新增垃圾转运站3座 | 县城管局 |\n",
            ["1", "1"],
        ),
    ],
)
def test_no_repeated_merge(rows: str, paths: list[str]) -> None:
    assert [p for p, _u in _units(_HEAD + rows)] == paths
