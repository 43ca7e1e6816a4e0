"""The title of a table row whose task cell was wrapped inside a sentence (a PDF's ruled table prints
the row over two lines, or a page break cuts it): the cell's first line runs on (a comma inside, no
full stop at its end), so the title reads on into the next line up to its 。. A heading line over the
text of its cell, or a first line that ends its sentence, keeps the title it had
(transform/table_rows.py `_unwrapped`)."""

from __future__ import annotations

from transform.document import parse_document

_HEAD = "序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限"


def _titles(lines: list[str]) -> list[str]:
    text = "\n".join(["某县2024年重点工作任务分解表", *lines]) + "\n"
    return [t["title"] for t in parse_document(text, source="t.txt", is_text=True).tasks]


def test_a_row_printed_over_two_lines():
    titles = _titles(
        [
            _HEAD,
            "1 | 完成高标准农田建设3万亩，推进 | 县农业农村局 | 县财政局 | 2024年10月",
            " | 高效节水灌溉1万亩。 |  | 县水利局 | ",
            "2 | 新增城镇就业2000人以上。 | 县人社局 | 各乡镇 | 2024年12月",
        ]
    )
    assert titles == ["完成高标准农田建设3万亩，推进高效节水灌溉1万亩", "新增城镇就业2000人以上"]


def test_a_row_cut_by_a_page_below_its_header_printed_again():
    titles = _titles(
        [
            _HEAD,
            "1 | 实施城镇老旧小区改造，完成改造小 | 县住建局 | 各街道 | 2024年11月",
            "— 2 —",
            _HEAD,
            " | 区12个、惠及居民3000户。 |  |  | ",
        ]
    )
    assert titles == ["实施城镇老旧小区改造，完成改造小区12个、惠及居民3000户"]


def test_a_tab_separated_row_of_a_word_export():
    titles = _titles(
        [
            "序号\t重点任务\t牵头单位\t完成时限",
            "1\t加快5G网络建设，新建\t县工信局\t2024年12月",
            "\t5G基站200个。\t\t",
        ]
    )
    assert titles == ["加快5G网络建设，新建5G基站200个"]


def test_a_heading_line_over_the_text_of_its_cell_stays_the_title():
    titles = _titles(
        [
            _HEAD,
            "1 | 加快产业发展 | 县工信局 | 各乡镇 | 2024年12月",
            " | 新增规上工业企业20家。 |  |  | ",
        ]
    )
    assert titles == ["加快产业发展"]


def test_a_first_line_that_ends_its_sentence_keeps_its_title():
    titles = _titles(
        [
            _HEAD,
            "1 | 壮大新能源汽车产业，做强整车制造。 | 县工信局 | 各乡镇 | 2024年12月",
            " | 全年产值达到80亿元。 |  |  | ",
        ]
    )
    assert titles == ["壮大新能源汽车产业，做强整车制造"]


def test_a_category_in_the_task_column_after_a_full_sentence_is_no_continuation():
    text = "\n".join(
        [
            "某县2024年重点工作任务分解表",
            _HEAD,
            "1 | 新建5G基站200个。 | 县工信局 | 各乡镇 | 2024年12月",
            " | 民生保障类 |  |  | ",
            "2 | 新增城镇就业2000人以上。 | 县人社局 | 各乡镇 | 2024年12月",
        ]
    )
    tasks = parse_document(text + "\n", source="t.txt", is_text=True).tasks
    assert tasks[0]["title"] == "新建5G基站200个"
    assert "民生保障类" not in tasks[0]["body"]
