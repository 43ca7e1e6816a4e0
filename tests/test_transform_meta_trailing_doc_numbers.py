"""A title listed with its 文号 after a space ("关于印发…的通知 某政发〔2023〕1号"), as policy databases
and mirrors list a document: the title stays as printed (like "…任务(某政发〔2022〕3号)"), the 文号 is
the doc_number, and the plan the title names is read from the title without its 文号 (invented
pages in several layouts, simplified and traditional)."""

from __future__ import annotations

from transform.document import parse_document
from transform.headings import clean_title


def _doc(page: str) -> dict:
    return parse_document(page.encode(), source="t.txt", is_text=True).document


def test_a_table_row_with_the_title_and_its_doc_number():
    doc = _doc(
        "|\n|||||\n"
        "关于印发2024年《政府工作报告》重点任务分解落实方案的通知 青政发〔2024〕3号 |\n|||||\n"
        "各乡镇人民政府,县政府各部门: 现将2024年《政府工作报告》重点任务分解落实方案印发给你们,"
        "请认真贯彻落实。\n"
    )
    assert doc["title"] == "关于印发2024年《政府工作报告》重点任务分解落实方案的通知 青政发〔2024〕3号"
    assert doc["plan_title"] == "2024年《政府工作报告》重点任务分解落实方案"
    assert doc["doc_number"] == "青政发〔2024〕3号"


def test_a_heading_line_with_the_doc_number_after_a_space():
    doc = _doc(
        "松溪市人民政府办公室关于印发松溪市2023年民生实事项目实施方案的通知 松政办发〔2023〕12号\n"
        "各区县人民政府,市直各单位:\n现将实施方案印发给你们,请认真组织实施。\n"
        "松溪市人民政府办公室\n2023年3月2日\n"
    )
    assert doc["title"].startswith("松溪市人民政府办公室关于印发松溪市2023年民生实事项目实施方案的通知")
    assert doc["issuer"] == "松溪市人民政府办公室"
    assert doc["plan_title"] == "松溪市2023年民生实事项目实施方案"
    assert doc["doc_number"] == "松政办发〔2023〕12号"


def test_a_heading_with_the_doc_number_in_parentheses_keeps_it():
    doc = _doc(
        "中共岭北市委办公室岭北市人民政府办公室印发《关于推进基层治理现代化的实施意见》的通知(岭办发〔2019〕4号)\n"
        "各县市区委、人民政府:\n《实施意见》已经同意,现印发给你们。\n"
    )
    assert doc["title"].endswith("的通知(岭办发〔2019〕4号)")
    assert doc["plan_title"] == "关于推进基层治理现代化的实施意见"
    assert doc["doc_number"] == "岭办发〔2019〕4号"


def test_a_traditional_title_with_its_doc_number():
    doc = _doc(
        "關于印發嶺東縣2022年重點工作任務分工方案的通知 嶺政發〔2022〕5號\n"
        "各鄉鎮人民政府:\n現將方案印發給你們,請認真貫徹落實。\n嶺東縣人民政府\n2022年2月8日\n"
    )
    assert doc["doc_number"] == "嶺政發〔2022〕5號"
    assert doc["plan_title"] == "嶺東縣2022年重點工作任務分工方案"


def test_clean_title_keeps_a_title_that_only_cites_a_number():
    assert clean_title("关于落实国发〔2022〕18号文件的实施方案") == "关于落实国发〔2022〕18号文件的实施方案"
    assert clean_title("某政发〔2024〕1号 某县2024年工作要点") == "某县2024年工作要点"
    assert clean_title("京政办发〔2016〕26号《北京市2016年政务公开工作要点》") == "北京市2016年政务公开工作要点"
