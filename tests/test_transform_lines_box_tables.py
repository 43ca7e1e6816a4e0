"""Task tables drawn with box-drawing characters (a plain-text export or a mirror's <pre> copy):
the vertical bars of a row become the "|" of a piped table and the rule lines between rows are
dropped, so the rows read as the rows of any other task table (transform/markup.py)."""

from __future__ import annotations

from transform.document import parse_document
from transform.lines import normalise_lines
from transform.markup import unmarked_lines


def _tasks(text: str) -> list[dict]:
    return parse_document(text, source="t.txt", is_text=True).tasks


def _rows(tasks: list[dict]) -> list[tuple]:
    return [(t["path"], t["title"], t["lead_units"], t["participating_units"]) for t in tasks]


HEAVY = (
    "某镇2026年为民办实事项目分解表\n"
    "┏━━━┳━━━━━━━━━━━━━┳━━━━━━━┳━━━━━━━┓\n"
    "┃序号┃项目名称                  ┃牵头单位      ┃协办单位      ┃\n"
    "┣━━━╋━━━━━━━━━━━━━╋━━━━━━━╋━━━━━━━┫\n"
    "┃1  ┃新建村级综合服务站4个     ┃镇党政办      ┃各行政村      ┃\n"
    "┣━━━╋━━━━━━━━━━━━━╋━━━━━━━╋━━━━━━━┫\n"
    "┃2  ┃硬化村组道路12公里        ┃镇村建办      ┃镇财政所      ┃\n"
    "┗━━━┻━━━━━━━━━━━━━┻━━━━━━━┻━━━━━━━┛\n"
)

LIGHT = (
    "某市2026年生态环境保护重点任务清单\n"
    "┌──┬────────────┬──────┬──────┐\n"
    "│序号│主要任务                │责任单位    │配合单位    │\n"
    "├──┼────────────┼──────┼──────┤\n"
    "│1 │完成燃煤锅炉淘汰20台    │市生态环境局│各区县政府  │\n"
    "├──┼────────────┼──────┼──────┤\n"
    "│2 │治理黑臭水体5条         │市水务局    │市住建局    │\n"
    "└──┴────────────┴──────┴──────┘\n"
)

DOUBLE = (
    "某区2026年教育重点工作任务表\n"
    "╔══╦════════════╦══════╗\n"
    "║序号║工作任务                ║牵头部门    ║\n"
    "╠══╬════════════╬══════╣\n"
    "║1 ║新建中小学校2所         ║区教育局    ║\n"
    "║2 ║新增公办学位3000个      ║区教育局    ║\n"
    "╚══╩════════════╩══════╝\n"
)


def test_a_heavy_box_table_gives_its_rows_and_units():
    assert _rows(_tasks(HEAVY)) == [
        (["1"], "新建村级综合服务站4个", ["镇党政办"], ["各行政村"]),
        (["2"], "硬化村组道路12公里", ["镇村建办"], ["镇财政所"]),
    ]


def test_a_light_box_table_gives_its_rows_and_units():
    assert _rows(_tasks(LIGHT)) == [
        (["1"], "完成燃煤锅炉淘汰20台", ["市生态环境局"], ["各区县政府"]),
        (["2"], "治理黑臭水体5条", ["市水务局"], ["市住建局"]),
    ]


def test_a_double_line_table_without_rules_between_rows():
    assert _rows(_tasks(DOUBLE)) == [
        (["1"], "新建中小学校2所", ["区教育局"], []),
        (["2"], "新增公办学位3000个", ["区教育局"], []),
    ]


def test_rule_lines_are_dropped_and_rows_piped():
    lines = unmarked_lines(["├──┼──┤", "│1 │新建│县局│", "└──┴──┘"])
    assert lines == ["|1|新建|县局|"]


def test_an_empty_cell_inside_a_row_keeps_its_column():
    assert unmarked_lines(["│  │续建项目│县局│"]) == ["||续建项目|县局|"]


def test_text_without_box_characters_is_unchanged():
    text = "某县工作要点\n一、产业发展\n1.新增规上企业10家。（牵头单位：县工信局）"
    assert normalise_lines(text) == [
        "某县工作要点",
        "一、产业发展",
        "1.新增规上企业10家。（牵头单位：县工信局）",
    ]


def test_a_row_wrapped_over_two_lines_of_the_box():
    text = (
        "某县2026年重点项目推进清单\n"
        "┌──┬──────────────┬──────┬──────┐\n"
        "│序号│项目名称                      │牵头单位    │配合单位    │\n"
        "├──┼──────────────┼──────┼──────┤\n"
        "│1 │改造城区供水管网35公里        │县住建局    │县财政局、  │\n"
        "│  │                              │            │县水利局    │\n"
        "├──┼──────────────┼──────┼──────┤\n"
        "│2 │新建标准化厂房10万平方米      │县工信局    │县开发区管委│\n"
        "│  │                              │            │会          │\n"
        "└──┴──────────────┴──────┴──────┘\n"
    )
    assert _rows(_tasks(text)) == [
        (["1"], "改造城区供水管网35公里", ["县住建局"], ["县财政局", "县水利局"]),
        (["2"], "新建标准化厂房10万平方米", ["县工信局"], ["县开发区管委会"]),
    ]


def test_a_name_cut_after_a_unit_shaped_part_in_a_piped_table():
    text = (
        "某区2026年民生实事分工表\n| 序号 | 实事项目 | 牵头单位 | 配合单位 |\n| --- | --- | --- | --- |\n"
        "| 1 | 新建口袋公园8个 | 区城管局 | 区高新区管委 |\n| | | | 会 |\n"
        "| 2 | 新增托位300个 | 区卫健局 | 区妇联 |\n| | | | 团区委 |\n"
    )
    assert _rows(_tasks(text)) == [
        (["1"], "新建口袋公园8个", ["区城管局"], ["区高新区管委会"]),
        (["2"], "新增托位300个", ["区卫健局"], ["区妇联", "团区委"]),
    ]


def test_a_plain_text_table_with_plus_and_dash_rules():
    text = (
        "某县2026年重点任务清单\n"
        "+------+----------------------+------------+------------+\n"
        "| 序号 | 重点任务             | 牵头单位   | 配合单位   |\n"
        "+======+======================+============+============+\n"
        "| 1    | 新建村级养老站10个   | 县民政局   | 各乡镇     |\n"
        "+------+----------------------+------------+------------+\n"
        "| 2    | 改造农村公路40公里   | 县交通局   | 县财政局   |\n"
        "+------+----------------------+------------+------------+\n"
    )
    assert _rows(_tasks(text)) == [
        (["1"], "新建村级养老站10个", ["县民政局"], ["各乡镇"]),
        (["2"], "改造农村公路40公里", ["县交通局"], ["县财政局"]),
    ]


def test_a_plus_sign_in_text_stays():
    assert unmarked_lines(["+5%", "+---+", "1+1模式"]) == ["+5%", "1+1模式"]
