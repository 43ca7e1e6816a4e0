"""A stray space inside a role label or a unit name ending ("牵头 单位", "县政府产业园 区服务中心",
"区消防救援大 队"): a PDF converter's gap inside a word of units_roles.toml or a unit name ending of
two or more characters (units_endings.txt) is read as none even where the page never prints the
pair joined and the gap looks like a separator (a name ending before it, a name prefix after it).
Spaces between two names, after a person's title, between a label and its value and between the
fields of a spaced table row stay."""

from __future__ import annotations

from transform.document import parse_document
from transform.stray_spaces import stray_spaces


def _tasks(text: str) -> list[tuple[str, list[str], list[str]]]:
    doc = parse_document(text, source="t.txt", is_text=True)
    return [(t["title"], t["lead_units"], t["participating_units"]) for t in doc.tasks]


def _joined(text: str) -> str:
    spans = stray_spaces(text)
    out, last = [], 0
    for a, b in spans:
        out.append(text[last:a])
        last = b
    return "".join(out) + text[last:]


PLAN_NOTE = (
    "云岭市2023年重点工作任务分解\n"
    "一、扩大有效投资\n"
    "1.加快重大项目建设。全年实施省市重点项目120个。\n"
    "责任单位：市发展改革委、市财政局、市自然资源局（列第一位者为牵头 单位，下同）\n"
    "2.提升园区承载能力。新建标准厂房30万平方米。\n"
    "责任单位：市工信局、市住建局\n"
)


def test_a_label_broken_in_a_note_still_names_the_lead():
    tasks = _tasks(PLAN_NOTE)
    assert tasks[0][1] == ["市发展改革委"]
    assert "市财政局" in tasks[0][2] and "市自然资源局" in tasks[0][2]


def test_an_ending_broken_before_a_name_prefix_joins_the_name():
    plan = (
        "青禾县2024年重点工作任务\n"
        "1.完善园区规划。推动产业园扩区调位。（牵头单位：县政府产业园 区管理服务中心；配合单位：县自然资源局）\n"
        "2.建设专职消防队。新建乡镇专职消防队3支。（牵头单位：县消防救援大 队；配合单位：各乡镇人民政府）\n"
    )
    tasks = _tasks(plan)
    assert tasks[0][1] == ["县政府产业园区管理服务中心"]
    assert tasks[1][1] == ["县消防救援大队"]


def test_a_table_as_text_with_a_broken_ending():
    table = (
        "附件\n2025年民生实事项目责任分工表\n"
        "| 序号 | 项目名称 | 牵头单位 | 责任单位 |\n"
        "| 1 | 基层消防力量建设提质升级 | 区消防救援大 队 | 各乡镇（街道） |\n"
        "| 2 | 城乡供水一体化 | 区水务局 | 区住建局、区财政局 |\n"
    )
    tasks = _tasks(table)
    assert tasks[0][1] == ["区消防救援大队"]


def test_traditional_characters():
    plan = "1.推動產業轉型。新建標準廠房10萬平方米。（牽頭單位：縣政府產業園 區管理服務中心）\n"
    assert _tasks(plan)[0][1] == ["縣政府產業園區管理服務中心"]


def test_near_misses_keep_their_spaces():
    for text in (
        "（牵头单位：县发改局 县财政局）",  # two names
        "县长 陈大用",  # a byline: a title and a name
        "（牵头单位 县发改局）",  # a label and its value
        "1 规上工业增加值 县统计局 县工信局 2024年底",  # a spaced table row
        "各镇 街道办事处",  # a town and a subdistrict office
    ):
        assert _joined(text) == text, text


def test_a_longer_word_broken_by_a_space_reads_joined():
    plan = (
        "青禾县2024年重点工作任务\n"
        "（一）改善人居环境。发挥县农业农村局牵头 作用，推进农村厕所革命。\n"
        "（二）加强科技创新。新建省级研发平台2家。（牵头单位：县科技局；配合单位：县发展改革局、县财政局等 部门）\n"
    )
    tasks = _tasks(plan)
    assert tasks[0][1] == []
    assert tasks[1][2] == ["县发展改革局", "县财政局"]


def test_a_news_report_and_traditional_characters_close_a_list_alike():
    news = "会议明确，由市商务局牵头，市财政局、市税务局等 单位配合，年内完成。\n"
    assert "等 单位" not in _joined(news)
    trad = "（牽頭單位：縣科技局；配合單位：縣發展改革局、縣財政局等 部門）\n"
    assert "等 部門" not in _joined(trad)


def test_a_space_after_the_list_close_stays():
    text = "（配合单位：县财政局等部门 县统计局）"
    assert _joined(text) == text
