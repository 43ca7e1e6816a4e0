"""A task table printed over several pages of a PDF repeats its header at the top of each page; a row
the page break cut goes on below that header, with no number of its own. The repeated header is no
new table: the table goes on, and the rest of the cut row is joined with its row
(transform/texttables.py `_piped_rows`). A header of other columns still starts a new table."""

from __future__ import annotations

from transform.document import parse_document

_HEAD = "序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限"


def _doc(lines: list[str]):
    return parse_document("\n".join(lines) + "\n", source="t.txt", is_text=True)


def _cut_table(between: list[str]) -> list[str]:
    return [
        "某县2024年重点工作任务分解表",
        _HEAD,
        "1 | 新建5G基站200个，实现行政村全覆盖。 | 县工信局 | 各乡镇 | 2024年12月",
        "2 | 完成高标准农田建设3万亩，推进 | 县农业农村局 | 县财政局、县 | 2024年10月",
        *between,
        " | 高效节水灌溉1万亩。 |  | 水利局 | ",
        "3 | 新增城镇就业2000人以上。 | 县人社局 | 各乡镇 | 2024年12月",
    ]


def _check(doc) -> None:
    assert [t["path"] for t in doc.tasks] == [["1"], ["2"], ["3"]]
    assert doc.tasks[1]["participating_units"] == ["县财政局", "县水利局"]
    paths = {t["task_id"]: tuple(t["path"]) for t in doc.tasks}
    assert (("2",), 1.0, "万亩") in {(paths[g["task_id"]], g["value"], g["unit"]) for g in doc.targets}


def test_a_row_cut_by_a_page_break_below_the_repeated_header():
    _check(_doc(_cut_table(["— 2 —", _HEAD])))


def test_the_repeated_header_of_a_pdf_file_without_page_numbers():
    _check(_doc(_cut_table([_HEAD])))


def test_the_repeated_header_under_a_running_title():
    _check(_doc(_cut_table(["- 2 -", "某县2024年重点工作任务分解表", _HEAD])))


def test_numbered_rows_after_the_repeated_header_are_read_once():
    doc = _doc(
        [
            "某县2024年重点工作任务分解表",
            _HEAD,
            "1 | 新建5G基站200个。 | 县工信局 | 各乡镇 | 2024年12月",
            "— 2 —",
            _HEAD,
            "2 | 改造老旧小区12个。 | 县住建局 | 县财政局 | 2024年11月",
        ]
    )
    assert [(t["path"], t["lead_units"]) for t in doc.tasks] == [(["1"], ["县工信局"]), (["2"], ["县住建局"])]


def test_a_header_of_other_columns_starts_a_new_table():
    doc = _doc(
        [
            "某县2024年重点工作任务分解表",
            _HEAD,
            "1 | 新建5G基站200个。 | 县工信局 | 各乡镇 | 2024年12月",
            "序号 | 项目名称 | 责任单位 | 完成时间",
            "1 | 县城污水处理厂提标改造工程 | 县住建局 | 2024年10月",
        ]
    )
    assert doc.tasks[0]["participating_units"] == ["各乡镇"]
    assert doc.tasks[-1]["lead_units"] == ["县住建局"]
    assert doc.tasks[-1]["participating_units"] == []
