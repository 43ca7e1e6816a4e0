"""A title printed over two or three lines on a mirror page in traditional characters or with
pinyin noise is printed as its lines joined, noise and character variants as in the source
(like a title on one line), not rebuilt character by character (invented pages)."""

from __future__ import annotations

from transform.document import parse_document
from transform.normalize import working_copy


def _doc(page: str) -> dict:
    return parse_document(page.encode(), source="t.txt", is_text=True).document


def test_a_pinyin_title_over_two_lines_keeps_its_noise():
    doc = _doc(
        "青禾市人民政府文件\n青政發(fā)〔2012〕18號(hào)\n"
        "市政府關(guān)于加快發(fā)展現(xiàn)代物流業(yè)\n推進(jìn)產(chǎn)業(yè)轉(zhuǎn)型升級的意見(jiàn)\n"
        "各區(qū)人民政府,市各委辦局:\n為加快發(fā)展現(xiàn)代物流業(yè),特提出如下意見(jiàn)。\n"
    )
    assert doc["title"] == "市政府關(guān)于加快發(fā)展現(xiàn)代物流業(yè)推進(jìn)產(chǎn)業(yè)轉(zhuǎn)型升級的意見(jiàn)"


def test_a_pinyin_notice_title_over_three_lines():
    doc = _doc(
        "嶺東縣人民政府辦公室\n關(guān)于公開征集2024年度嶺東縣\n民生實(shí)事項(xiàng)目的公告\n"
        "為深入貫徹以人民為中心的發(fā)展思想,縣政府決定面向社會(huì)公開征集2024年民生實(shí)事項(xiàng)目。\n"
        "一、征集時(shí)間\n自本公告發(fā)布之日起,至2023年12月15日止。\n"
    )
    assert doc["title"].endswith("關(guān)于公開征集2024年度嶺東縣民生實(shí)事項(xiàng)目的公告")


def test_a_traditional_title_keeps_the_variant_it_prints():
    # the page prints 於 first (in a cited name) and 于 in its own title: the title keeps 于
    doc = _doc(
        "首頁 > 政策文件 > 《關於推進鄉村振興的意見》解讀專欄\n"
        "嶺北縣人民政府關于印發嶺北縣2023年\n民生實事項目實施方案的通知\n"
        "各鄉鎮人民政府,縣直各部門:\n現將方案印發給你們,請認真組織實施。\n"
    )
    assert doc["title"] == "嶺北縣人民政府關于印發嶺北縣2023年民生實事項目實施方案的通知"


def test_joined_span_needs_a_line_break_between():
    w = working_copy("關(guān)于印發(fā)\n方案的通知\n")
    assert w is not None
    assert w.joined_span("关于印发方案的通知") == (0, len("关于印发\n方案的通知"))
    assert w.joined_span("关于印发") is None  # a span of its own: nothing to join
    assert w.joined_span("印发方案通知") is None
