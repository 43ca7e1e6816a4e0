"""Round 45c: structure in new layouts.

- OCR reads the 一 of a section's "一、" as a dash ("-、重点任务", "—、主要任务"): a single dash, then
  、, then the heading's text, is "一、" (`transform.ocr_marks`), and the title above it takes no
  such line on (`transform.headings`).
- A task list in tiers (一级任务 | 二级任务 | 具体措施): the first tier is the rows' category, the
  second the task's title (lexicon `table_columns`).
- A PDF's running banner ("某局文件" printed twice or more, between the items) is no unit of the item
  above it: dropped but for the red head among the page's first lines (`transform.running_banners`).
- Where the main text holds the plan's tasks, the rows of an annex titled 主要指标 / 指标体系 / 主要目标
  restate its goals: no tasks (`transform.long_plans.indicator_annexes`).
- A task table whose cells are apart by full-width bars ("序号｜项目名称｜牵头单位") reads as a "|" table
  (`transform.texttables.fullwidth_piped`); bars elsewhere ("首页｜政务公开") stay.
"""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.headings import first_heading
from transform.ocr_marks import ocr_marked
from transform.running_banners import may_have_banners, without_banners
from transform.texttables import fullwidth_piped


def _doc(text: str):
    return parse_document(text, source="p.txt", is_text=True)


def _tasks(text: str) -> list[tuple[tuple[str, ...], str]]:
    return [(tuple(t["path"]), t["title"]) for t in _doc(text).tasks]


# --- a section's 一、 read by OCR as a dash --------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "read"),
    [
        ("-、重点任务", "一、重点任务"),
        ("—、主要任务", "一、主要任务"),
        ("－、“三个一批”行动", "一、“三个一批”行动"),
        ("–、總體要求", "一、總體要求"),
    ],
)
def test_dash_section_is_one(line: str, read: str) -> None:
    assert ocr_marked(line) == read


@pytest.mark.parametrize(
    "line",
    [
        "——、重点任务",  # a double dash: a rule, no number
        "-、2026年",  # no heading text after it
        "-，重点任务",
        "—重点任务",
        "-、",
    ],
)
def test_dash_section_left(line: str) -> None:
    assert ocr_marked(line) == line


def test_dash_section_page() -> None:
    text = (
        "汉寿县2026年农田水利建设工作方案\n\n-、重点任务\n"
        "（一）建设高标准农田。新建高标准农田3.5万亩。（牵头单位：县农业农村局）\n"
        "（二）整治灌排渠系。清淤整治渠道180公里。（牵头单位：县水利局）\n"
        "二、保障措施\n（一）加强资金整合。统筹整合涉农资金。\n"
    )
    assert first_heading(text.splitlines()) == "汉寿县2026年农田水利建设工作方案"
    assert [tuple(t["path"]) for t in _doc(text).tasks] == [("一", "(一)"), ("一", "(二)"), ("二", "(一)")]


def test_dash_section_page_traditional() -> None:
    text = (
        "某鎮2026年環境整治工作方案\n—、主要任務\n"
        "1.整治河道。清理河道8條。（牽頭單位：鎮水利站）\n"
        "2.清理垃圾。清運垃圾500噸。（牽頭單位：鎮環衛所）\n"
        "二、工作要求\n各村要高度重視。\n"
    )
    assert _tasks(text) == [(("一", "1"), "整治河道"), (("一", "2"), "清理垃圾")]


def test_dash_bullets_stay_prose() -> None:
    # dash bullets ("- 新建…") are no sections: the topic heading over them is no task either
    text = "某县2026年工作要点\n一、重点任务\n- 新建道路5公里；\n- 改造桥梁2座。\n二、保障措施\n加强领导。\n"
    assert _doc(text).tasks == []


# --- a task list in tiers -------------------------------------------------------------------------


_TIERS = (
    "某区2026年数字乡村建设任务清单\n\n"
    "| 序号 | {h} | 二级任务 | 具体措施 | 牵头单位 |\n| --- | --- | --- | --- | --- |\n"
    "| 1 | 数字基础设施 | 推进5G网络覆盖 | 新建5G基站150个 | 区工信局 |\n"
    "| 2 | 数字基础设施 | 提升农村宽带 | 新增千兆宽带用户8000户 | 区工信局 |\n"
    "| 3 | 智慧农业 | 建设数字农业基地 | 建成数字农业示范基地4个 | 区农业农村局 |\n"
)


@pytest.mark.parametrize("head", ["一级任务", "一级工作任务", "一级目标"])
def test_first_tier_is_category(head: str) -> None:
    assert [t for _, t in _tasks(_TIERS.format(h=head))] == [
        "推进5G网络覆盖",
        "提升农村宽带",
        "建设数字农业基地",
    ]


def test_first_tier_tabs() -> None:
    text = (
        "某县2026年营商环境任务清单\n"
        "序号\t一级任务\t二级任务\t责任单位\n"
        "1\t政务服务\t压缩办理时限\t县政务服务中心\n"
        "2\t政务服务\t推行容缺受理\t县政务服务中心\n"
        "3\t要素保障\t保障项目用地\t县自然资源局\n"
    )
    assert [t for _, t in _tasks(text)] == ["压缩办理时限", "推行容缺受理", "保障项目用地"]


@pytest.mark.parametrize("head", ["重点任务", "工作任务"])
def test_other_task_column_stays_title(head: str) -> None:
    text = (
        "某区2026年重点任务清单\n\n"
        f"| 序号 | {head} | 具体措施 | 牵头单位 |\n| --- | --- | --- | --- |\n"
        "| 1 | 推进5G网络覆盖 | 新建5G基站150个 | 区工信局 |\n"
        "| 2 | 提升农村宽带 | 新增千兆宽带用户8000户 | 区工信局 |\n"
    )
    assert [t for _, t in _tasks(text)] == ["推进5G网络覆盖", "提升农村宽带"]


# --- a PDF's running banner between the items ------------------------------------------------------


def _units(text: str) -> list[tuple[list[str], list[str]]]:
    return [(t["lead_units"], t["participating_units"]) for t in _doc(text).tasks]


_BANNER_PAGE = (
    "某市2026年水利工作要点\n一、水利工程建设\n"
    "1.推进水库除险加固。完成小型水库除险加固18座。（牵头单位：市水利局）\n{b}\n"
    "2.实施河流治理。治理河流岸线25公里。（牵头单位：市水利局；配合单位：市农业农村局）\n{b}\n"
    "3.保障农村饮水。提升农村供水人口8万人。（牵头单位：市水利局）\n"
)


@pytest.mark.parametrize("banner", ["湘潭市水利局文件", "某县人民政府办公室文件", "某縣人民政府文件"])
def test_running_banner_dropped(banner: str) -> None:
    assert _units(_BANNER_PAGE.format(b=banner)) == [
        (["市水利局"], []),
        (["市水利局"], ["市农业农村局"]),
        (["市水利局"], []),
    ]


def test_running_banner_red_head_kept() -> None:
    lines = [
        "某县人民政府文件",
        "某政发〔2026〕3号",
        "关于印发某方案的通知",
        "一、任务",
        "某县人民政府文件",
        "二、要求",
    ]
    assert without_banners(lines) == lines[:4] + lines[5:]


@pytest.mark.parametrize(
    "lines",
    [
        ["一、任务", "1.学习文件", "2.贯彻文件精神", "某县人民政府文件"],  # each once
        ["一、任务", "1.认真学习上级文件。", "1.认真学习上级文件。"],  # no banner: a sentence
        [
            "一、任务",
            "关于印发《某方案》的通知。认真贯彻上级文件",
            "关于印发《某方案》的通知。认真贯彻上级文件",
        ],
    ],
)
def test_running_banner_left(lines: list[str]) -> None:
    assert without_banners(lines) == lines


def test_running_banner_gate() -> None:
    assert not may_have_banners("某县人民政府文件\n一、任务\n")
    assert may_have_banners("甲局文件\n一、任务\n甲局文件\n二、要求\n")


# --- an annex of indicators after a plan that holds its tasks -------------------------------------

_PLAN = (
    "某县2026年优化营商环境工作要点\n一、重点工作\n"
    "1.压缩企业开办时间。企业开办时间压缩至1个工作日。（县市场监管局牵头）\n"
    "2.保障项目用地。全年供应工业用地1500亩以上。（县自然资源局牵头）\n"
    "三、工作要求\n（一）压实工作责任。各单位要明确专人负责。\n\n"
)
_INDICATOR_TABLE = (
    "| 序号 | 指标名称 | 2025年完成值 | 2026年目标值 | 责任单位 |\n| --- | --- | --- | --- | --- |\n"
    "| 1 | 新登记经营主体增长率(%) | 6.5 | 8 | 县市场监管局 |\n"
    "| 2 | 企业开办时间(个工作日) | 2 | 1 | 县市场监管局 |\n"
)
_PLAN_PATHS = [("一", "1"), ("一", "2"), ("三", "(一)")]


@pytest.mark.parametrize(
    "annex",
    [
        "附件\n某县2026年优化营商环境主要指标\n" + _INDICATOR_TABLE,
        "附件1\n某县2026年营商环境指标体系\n" + _INDICATOR_TABLE,
        (
            "附件\n某县2026年优化营商环境主要目标\n序号\t指标\t目标值\t责任单位\n"
            "1\t网上可办率\t98%\t县政务服务中心\n2\t企业开办时间\t1个工作日\t县市场监管局\n"
        ),
    ],
)
def test_indicator_annex_rows_restate_goals(annex: str) -> None:
    assert [p for p, _ in _tasks(_PLAN + annex)] == _PLAN_PATHS


@pytest.mark.parametrize(
    "annex",
    [
        # an assessment's indicators are work to be checked
        "附件\n某县2026年优化营商环境考核指标\n" + _INDICATOR_TABLE,
        # an annex of tasks
        "附件\n某县2026年优化营商环境重点任务清单\n" + _INDICATOR_TABLE.replace("指标名称", "工作任务"),
    ],
)
def test_other_annex_rows_stay_tasks(annex: str) -> None:
    assert len(_tasks(_PLAN + annex)) == len(_PLAN_PATHS) + 2


def test_indicator_annex_of_a_notice_stays_tasks() -> None:
    # the notice holds no task: the annex's rows are the page's tasks
    text = (
        "关于印发某县2026年民生实事指标的通知\n各乡镇：\n现将指标印发给你们，请抓好落实。\n"
        "某县人民政府办公室\n2026年2月1日\n附件\n某县2026年民生实事主要指标\n"
        "| 序号 | 指标名称 | 单位 | 目标值 | 责任单位 |\n| --- | --- | --- | --- | --- |\n"
        "| 1 | 城镇新增就业 | 人 | 3500 | 县人社局 |\n| 2 | 新建改建农村公路 | 公里 | 60 | 县交通运输局 |\n"
    )
    assert len(_tasks(text)) == 2


# --- a table whose cells are apart by full-width bars ----------------------------------------------

_BARS = (
    "某县2026年文旅融合重点项目表\n"
    "序号｜项目名称｜建设内容｜牵头单位｜配合单位\n"
    "{n1}｜神农谷景区提质｜新建游客服务中心1个｜县文旅局｜县林业局\n"
    "{n2}｜红色教育基地建设｜改造红色展馆3个｜县文旅局｜县委党史研究室\n"
)


@pytest.mark.parametrize(("n1", "n2"), [("1.", "2."), ("1", "2"), ("1、", "2、")])
def test_fullwidth_bars_table(n1: str, n2: str) -> None:
    doc = _doc(_BARS.format(n1=n1, n2=n2))
    assert [(t["title"], t["lead_units"], t["participating_units"]) for t in doc.tasks] == [
        ("神农谷景区提质", ["县文旅局"], ["县林业局"]),
        ("红色教育基地建设", ["县文旅局"], ["县委党史研究室"]),
    ]


def test_fullwidth_bars_traditional() -> None:
    text = "某市2026年民生實事項目表\n序號｜項目名稱｜目標任務｜責任單位\n1｜普惠托育服務｜新增普惠托位1000個｜市衛健委\n"
    assert fullwidth_piped(text).splitlines()[1:] == [
        "序號|項目名稱|目標任務|責任單位",
        "1|普惠托育服務|新增普惠托位1000個|市衛健委",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "首页｜政务公开｜政策文件\n某县2026年工作要点\n",  # a portal's menu: no task table's header
        "某县2026年工作要点\n一、任务｜要求\n",
        "某县工作要点\n",
    ],
)
def test_fullwidth_bars_left(text: str) -> None:
    assert fullwidth_piped(text) == text


def test_fullwidth_bars_end_with_the_table() -> None:
    text = "序号｜工作任务｜牵头单位\n1｜新建道路｜县交通局\n\n首页｜返回顶部\n"
    assert fullwidth_piped(text).splitlines()[3] == "首页｜返回顶部"


@pytest.mark.parametrize("bar", ["｜", "｜ "])
def test_fullwidth_bars_outer(bar: str) -> None:
    text = (
        "某市2026年城市建设项目计划\n"
        f"{bar}序号｜项目名称｜建设规模｜责任单位｜\n"
        f"{bar}1｜城区道路提质｜提质改造道路12公里｜市住建局｜\n"
        f"{bar}2｜排水管网建设｜新建雨污管网18公里｜市住建局｜\n"
    )
    assert [(t["title"], t["lead_units"]) for t in _doc(text).tasks] == [
        ("城区道路提质", ["市住建局"]),
        ("排水管网建设", ["市住建局"]),
    ]


# The lead's merge fix: a report reviewing a year, beside a later year's heading of work ahead that has
# prose and no numbered items of its own ("三、2026年度…主要安排"): the review's items are no tasks. A
# heading of measures that reports their results ("…主要举措和成效") names no work ahead.
_REVIEW = "{title}\n{intro}\n一、{first}\n（一）{a}\n（二）{b}\n二、存在的不足\n{weak}\n三、{ahead}\n{prose}\n"


@pytest.mark.parametrize(
    "page",
    [
        _REVIEW.format(
            title="某县自然资源局2025年度法治政府建设情况报告", intro="现将有关情况报告如下。",
            first="2025年度推进法治政府建设的主要举措和成效", a="健全依法决策机制。全年审查合法性文件12件。",
            b="规范行政执法。开展执法案卷评查2次。", weak="执法人员业务能力有待提高。",
            ahead="2026年度推进法治政府建设的主要安排", prose="持续加强执法队伍建设，组织培训不少于2次。",
        ),
        _REVIEW.format(
            title="某镇2024年安全生产工作总结", intro="现将全年工作总结如下。",
            first="2024年主要工作措施及成效", a="开展隐患排查。全年排查隐患320处。",
            b="强化宣传培训。举办培训班6期。", weak="基层力量薄弱。",
            ahead="2025年工作计划", prose="继续深化隐患排查治理，确保不发生较大事故。",
        ),
        _REVIEW.format(
            title="某县市场监管局2023年工作总结", intro="2023年，我局围绕中心工作，取得积极成效。",
            first="2023年工作举措和成绩", a="优化营商环境。新增市场主体5200户。",
            b="守牢安全底线。抽检食品1800批次。", weak="监管手段有待创新。",
            ahead="2024年工作安排", prose="聚焦重点领域，持续提升监管效能。",
        ),
    ],
)
def test_review_items_beside_a_later_bare_work_ahead_are_no_tasks(page: str) -> None:
    assert [path for path, _title in _tasks(page) if path[0] == "一"] == []


@pytest.mark.parametrize(
    "page",
    [
        # the same year's measures beside its own work (no later year): a plan's sections stay tasks
        _REVIEW.format(
            title="某县2025年法治政府建设工作要点", intro="为推进法治政府建设，制定本要点。",
            first="2025年度主要举措", a="健全依法决策机制。审查合法性文件12件。",
            b="规范行政执法。开展执法案卷评查2次。", weak="各部门要高度重视。",
            ahead="2025年度工作安排", prose="各单位按要求抓好落实。",
        ),
        # no later year named: the items are kept
        _REVIEW.format(
            title="某县2025年乡村振兴工作方案", intro="为推进乡村振兴，制定本方案。",
            first="主要举措和成效目标", a="发展特色产业。新建基地3个。",
            b="改善人居环境。完成改厕500户。", weak="各乡镇要加强领导。",
            ahead="工作安排", prose="按季度推进。",
        ),
    ],
)
def test_items_without_a_later_year_ahead_stay_tasks(page: str) -> None:
    assert [path for path, _title in _tasks(page)][:2] == [("一", "(一)"), ("一", "(二)")]
