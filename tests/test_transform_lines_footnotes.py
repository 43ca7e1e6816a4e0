"""The footnotes a PDF conversion prints at the bottom of a page, before its page number
("①规上工业企业指年主营业务收入2000万元及以上的工业企业。" under "培育规上工业企业①"): no sub-item
of the task above and no part of its text, so they go with the page number. A line opening with ①
that starts a list (its ① after a colon or alone at the start of a line) is an item and stays
(transform/page_marks.py `footnotes`)."""

from __future__ import annotations

from transform.document import parse_document
from transform.lines import normalise_lines

_WIDTH = 30


def _wrapped(paragraph: str) -> list[str]:
    return [paragraph[i : i + _WIDTH] for i in range(0, len(paragraph), _WIDTH)]


def _doc(lines: list[str]):
    return parse_document("\n".join(lines) + "\n", source="t.txt", is_text=True)


def _page(notes: list[str], mark: str = "— 2 —") -> list[str]:
    item = _wrapped(
        "1.培育规上工业企业①。全年新增规上工业企业20家，培育专精特新企业②5家。（牵头单位：县工信局；配合单位：各乡镇）"
    )
    return [
        "某县2024年工业提升重点任务",
        "一、壮大工业",
        *item[:2],
        *notes,
        mark,
        *item[2:],
        "2.推进技术改造。实施技改项目30个。（牵头单位：县工信局）",
    ]


def test_a_footnote_is_no_sub_item_of_the_task_above():
    doc = _doc(_page(["①规上工业企业指年主营业务收入2000万元及以上的工业企业。"]))
    assert [t["path"] for t in doc.tasks] == [["一", "1"], ["一", "2"]]
    assert doc.tasks[0]["lead_units"] == ["县工信局"]
    first = doc.tasks[0]["task_id"]
    assert {t["value"] for t in doc.targets if t["task_id"] == first} >= {20.0, 5.0}
    assert all(t["value"] != 2000.0 for t in doc.targets)


def test_two_footnotes_of_a_page_with_another_page_number():
    notes = [
        "①规上工业企业指年主营业务收入2000万元及以上的工业企业。",
        "②专精特新企业指经省级认定的中小企业。",
    ]
    doc = _doc(_page(notes, "- 5 -"))
    assert [t["path"] for t in doc.tasks] == [["一", "1"], ["一", "2"]]


def test_a_list_of_sub_items_at_the_bottom_of_a_page_stays():
    lines = [
        "某县2024年重点任务",
        "一、城市建设",
        "1.实施城市更新。主要包括：",
        "①改造老旧小区12个；",
        "②新建口袋公园5个。",
        "— 3 —",
        "2.推进污水管网建设。新建管网20公里。",
    ]
    got = normalise_lines("\n".join(lines))
    assert "①改造老旧小区12个；" in got
    assert "②新建口袋公园5个。" in got


def test_an_inline_list_above_is_no_reference():
    lines = [
        "某县2024年重点任务",
        "1.实施城市更新：①改造老旧小区12个；②新建口袋公园5个。",
        "②新建口袋公园5个。",
        "— 3 —",
        "2.推进污水管网建设。",
    ]
    assert "②新建口袋公园5个。" in normalise_lines("\n".join(lines))


def test_a_circled_line_far_from_a_page_number_stays():
    lines = [
        "某县2024年重点任务",
        "1.培育规上工业企业①。",
        "①规上工业企业指主营业务收入2000万元及以上的工业企业。",
        "2.推进技术改造。",
        "— 3 —",
    ]
    assert "①规上工业企业指主营业务收入2000万元及以上的工业企业。" in normalise_lines("\n".join(lines))
