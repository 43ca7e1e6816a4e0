"""Characters that print nothing, left by a Word or WPS export (a soft hyphen, zero-width spaces and
joiners, a word joiner, a byte-order mark inside the text): they are no part of a label, a title, a
number or a unit name, so a page is read without them (transform/normalize.py `without_format_marks`)."""

from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.normalize import without_format_marks


def _parse(text: str):
    return parse_document(text, source="t.txt", is_text=True)


@pytest.mark.parametrize("mark", ["\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"])
def test_a_mark_inside_a_label_title_and_figure(mark):
    text = (
        "某县2024年工作要点\n一、发展产业\n"
        f"1.壮大{mark}特色产业。全年新增规上企业{mark}10家。（牵头{mark}单位：县工{mark}信局）\n"
        "2.推进招商引资。引进亿元以上项目15个。（牵头单位：县商务局）\n"
    )
    doc = _parse(text)
    task = doc.tasks[0]
    assert task["title"] == "壮大特色产业"
    assert task["lead_units"] == ["县工信局"]
    assert [(t["indicator"], t["value"], t["unit"]) for t in doc.targets][0] == ("规上企业", 10.0, "家")


def test_a_soft_hyphen_of_an_html_export():
    html = (
        "<html><head><title>某市2025年重点任务</title></head><body>"
        "<p>某市2025年重点任务</p><p>一、城市建设</p>"
        "<p>1.推进老旧小区改造。全年改造老旧小区&shy;30个。（牵头&shy;单位：市住建局；配合单位：市财政局）</p>"
        "<p>2.建设口袋公园。新建口袋公园12个。（牵头单位：市城管局）</p>"
        "</body></html>"
    )
    doc = parse_document(html.encode(), source="t.html", is_text=False)
    assert doc.tasks[0]["lead_units"] == ["市住建局"]
    assert doc.tasks[0]["participating_units"] == ["市财政局"]
    assert doc.targets[0]["value"] == 30.0


def test_a_text_without_marks_is_returned_as_it_is():
    text = "某县工作要点\n1.新增规上企业10家。"
    assert without_format_marks(text) is text


def test_only_the_marks_go_spaces_and_hyphens_stay():
    assert without_format_marks("G\u00ad5-1\u200b 号\u3000线") == "G5-1 号\u3000线"
