"""Regional renderings of a traditional page: Hong Kong variant characters (衞), Taiwan phrases
(釋出, 資訊, 專案, 資料) and 著 for 着, which OpenCC t2s leaves as they are, are read as the mainland
words in the working copy (lexicon traditional_words), while every output string stays as printed."""
from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.lexicons import words
from transform.normalize import working_copy


def _parse(text: str):
    return parse_document(text.encode(), source="x", is_text=True)


def test_the_lexicon_pairs_keep_positions():
    for line in words("traditional_words"):
        old, new = line.split()
        assert len(old) == len(new), line


def test_hong_kong_wei_reads_as_wei_and_prints_as_printed():
    w = working_copy("全區衞生院達標率達到95%。（牽頭單位：區衞健局）")
    assert w.text == "全区卫生院达标率达到95%。（牵头单位：区卫健局）"
    assert w.printed("区卫健局") == "區衞健局"
    assert w.printed_chars("卫生院") == "衞生院"


def test_a_simplified_page_with_a_hong_kong_wei_gets_a_copy():
    w = working_copy("新建村衞生室15个。（牵头单位：县卫健局）")
    assert w is not None and w.text == "新建村卫生室15个。（牵头单位：县卫健局）"


@pytest.mark.parametrize("leads,expected", [
    ("教育和體育局衞生健康局", ["教育和體育局", "衞生健康局"]),
    ("衞生健康局發展和改革局", ["衞生健康局", "發展和改革局"]),
])
def test_glued_unit_names_with_a_hong_kong_wei_are_split(leads, expected):
    text = (
        "某某縣2024年重點工作任務\n一、民生保障\n"
        f"1.開展學生近視防控行動。（牽頭單位：{leads}；參與單位：各鄉鎮）\n"
    )
    task = _parse(text).tasks[0]
    assert task["lead_units"] == expected
    assert task["participating_units"] == ["各鄉鎮"]


def test_taiwan_phrases_of_metadata_labels():
    text = (
        "資訊名稱：某某縣2024年重點專案建設實施方案\n索引號：11350000/2024-00012\n"
        "釋出機構：某某縣人民政府辦公室\n釋出日期：2024-03-12\n"
        "某某縣2024年重點專案建設實施方案\n一、加快重大專案建設\n"
        "1.全年實施重點專案120個，完成投資85億元。（牽頭單位：縣發改局）\n"
    )
    doc = _parse(text).document
    assert doc["issuer"] == "某某縣人民政府辦公室"
    assert str(doc["publish_date"]) == "2024-03-12"
    assert doc["title"] == "某某縣2024年重點專案建設實施方案"


def test_taiwan_phrases_print_as_printed():
    text = (
        "某市2024年數位經濟重點工作\n一、產業發展\n"
        "1.全年實施重點專案120個，新增社群服務站8個。（牽頭單位：市工業和資訊化局市大資料中心）\n"
    )
    r = _parse(text)
    assert r.tasks[0]["lead_units"] == ["市工業和資訊化局", "市大資料中心"]
    indicators = [g["indicator"] for g in r.targets]
    assert indicators == ["重點專案", "社群服務站"]


def test_a_page_printing_both_forms_keeps_the_printed_characters():
    # 项目 is printed in its mainland form too: a rebuilt string is put back character by character
    w = working_copy("重點專案和重點項目")
    assert w.text == "重点项目和重点项目"
    assert w.printed_chars("重点项目") == "重點項目"


@pytest.mark.parametrize("line,indicator", [
    ("1.著力打造美麗鄉村示範村15個。（牽頭單位：縣農業農村局）", "美麗鄉村示範村"),
    ("1.著力培育規上工業企業8家。（牽頭單位：縣工信局）", "規上工業企業"),
])
def test_zhuo_li_in_taiwan_form_is_no_part_of_an_indicator(line, indicator):
    r = _parse(f"某某縣2024年重點工作\n一、產業發展\n{line}\n")
    assert [g["indicator"] for g in r.targets] == [indicator]


def test_a_spaced_title_word_joined_from_two_lines_loses_its_space():
    text = (
        "某某縣人民政府\n關於印發某某縣2024年為民辦實事項目的\n通 知\n各鄉鎮人民政府：\n"
        "現將有關事項通知如下。\n一、教育\n1.新建幼兒園2所。（牽頭單位：縣教育局）\n"
    )
    assert _parse(text).document["title"] == "某某縣人民政府關於印發某某縣2024年為民辦實事項目的通知"


def test_simplified_pages_are_untouched():
    assert working_copy("完成投资85亿元，信息化项目12个。（牵头单位：县卫健局）") is None


# Taiwan phrases whose mainland word has another length (lexicon traditional_phrases)


def test_a_phrase_of_another_length_reads_as_the_mainland_word():
    w = working_copy("持續最佳化營商環境，發展網際網路經濟。")
    assert w.text == "持续优化营商环境，发展互联网经济。"
    assert w.printed("优化营商环境") == "最佳化營商環境"
    assert w.printed("互联网经济") == "網際網路經濟"
    assert w.printed_chars("互联网") == "網際網路"


def test_the_file_name_label_of_a_taiwan_rendering():
    text = (
        "檔名稱 | 某某區2025年政府工作報告重點任務分解 | ||\n索引號 | /2025-0001 | 公開目錄: | 工作報告 |\n"
        "公開日期: | 2025-04-15 14:43 |\n一、經濟發展\n1.新建廠房5萬平方米。（牽頭單位：區工信局）\n"
    )
    doc = _parse(text).document
    assert doc["title"] == "某某區2025年政府工作報告重點任務分解"


def test_a_task_title_with_a_phrase_prints_as_printed():
    text = (
        "某某市2024年營商環境重點工作\n一、政務服務\n"
        "1.持續最佳化審批流程，推行網際網路+政務服務。（牽頭單位：市政務服務中心）\n"
    )
    task = _parse(text).tasks[0]
    assert task["title"] == "持續最佳化審批流程，推行網際網路+政務服務"
    assert task["lead_units"] == ["市政務服務中心"]


def test_mainland_traditional_text_keeps_its_words():
    # 區域性 and 全域 are mainland words too: no phrase of the lexicon
    w = working_copy("打造區域性中心城市，推進全域旅遊。")
    assert w.text == "打造区域性中心城市，推进全域旅游。"


def test_an_indicator_prints_the_words_of_its_own_sentence():
    # the page prints both 專案 and 項目: each indicator prints what its sentence prints
    text = (
        "某市2024年重點工作\n一、項目建設\n1.全年續建重點專案9個。（牽頭單位：市發改委）\n"
        "2.新開工重點項目12個。（牽頭單位：市發改委）\n3.發展網際網路企業20家。（牽頭單位：市工信局）\n"
    )
    indicators = [g["indicator"] for g in _parse(text).targets]
    assert indicators == ["重點專案", "新開工重點項目", "發展網際網路企業"]
