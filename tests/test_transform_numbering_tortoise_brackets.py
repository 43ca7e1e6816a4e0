"""〔一〕 (tortoise-shell brackets, as Word prints them) numbers items like （一）, on lines of their own
and inline in flattened text; a document number in the same brackets (〔2024〕5号) is no item
(transform/lines.normalise_lines)."""

from __future__ import annotations

from transform.document import parse_document


def _tasks(text: str) -> list[tuple[tuple, str]]:
    doc = parse_document(text, source="t.txt", is_text=True)
    return [(tuple(t["path"]), t["title"]) for t in doc.tasks]


def test_items_on_lines_of_their_own():
    text = (
        "某县文化和旅游局2024年工作计划\n"
        "一、打造乡村文化振兴样板\n"
        "〔一〕突出重点打造。建设乡村大舞台10个。\n"
        "〔二〕突出效能提升。改造综合文化站5个。\n"
        "二、抓好文化市场管理\n"
        "〔一〕深化“扫黄打非”工作。开展专项治理行动4次。\n"
    )
    assert _tasks(text) == [
        (("一", "(一)"), "突出重点打造"),
        (("一", "(二)"), "突出效能提升"),
        (("二", "(一)"), "深化“扫黄打非”工作"),
    ]


def test_items_inline_in_flattened_text():
    text = (
        "某县文化和旅游局2024年工作计划 为推进文化事业发展，制定本计划。 一、打造乡村文化振兴样板 〔一〕突出重点打造，"
        "高标准推动基层文化基础设施建设，建设乡村大舞台10个。 〔二〕突出效能提升，抓好乡镇综合文化站改造提升。 "
        "二、抓好文化市场管理 〔一〕深化“扫黄打非”工作，组织开展专项文化市场治理活动。 〔二〕加强文化市场日常监管。"
    )
    paths = [p for p, _ in _tasks(text)]
    assert paths == [("一", "(一)"), ("一", "(二)"), ("二", "(一)"), ("二", "(二)")]


def test_traditional_characters():
    text = "某縣2024年工作要點\n一、加強文物保護\n〔一〕推進文物普查。\n〔二〕實施修繕工程3處。\n"
    assert [p for p, _ in _tasks(text)] == [("一", "(一)"), ("一", "(二)")]


def test_a_document_number_is_no_item():
    text = (
        "某县人民政府关于印发2024年工作要点的通知\n"
        "某政发〔2024〕5号\n"
        "一、推进园区建设\n"
        "新建标准厂房10万平方米。\n"
        "二、改善城乡环境\n"
        "新建公园3个。\n"
    )
    assert [p for p, _ in _tasks(text)] == [("一",), ("二",)]
