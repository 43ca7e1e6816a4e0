"""Titles as a reader sees them where a page's line breaks left marks in the text
(EXTRACTION.md: title = "the page's title as printed in its 标题 field or heading"):
- a space inside the 关于…的通知 part of a title is a line break of the page, not part of the title
  ("…关于印发某市健全 重特大疾病…的通知"); issuers before 关于 keep theirs;
- a red header flattened into one line keeps its issuer before the space in front of 关于
  ("某省人民政府 关于明确…的通知 某政〔2023〕5号 现将…");
- a link cut after "关于印发《…》的" above a headline is not run into that headline."""
from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.headings import clean_title


def _doc(text: str) -> dict:
    return parse_document(text, source="n.txt", is_text=True).document


_BODY = "各县（区）人民政府，市政府各部门：\n现将方案印发给你们，请认真贯彻执行。\n一、提高认识。\n二、压实责任。\n"


@pytest.mark.parametrize("raw,title", [
    ("某市人民政府办公室关于印发某市健全 重特大疾病医疗保险和救助制度若干举措的通知",
     "某市人民政府办公室关于印发某市健全重特大疾病医疗保险和救助制度若干举措的通知"),
    ("某市人民政府辦公室關于印發某市健全 重特大疾病醫療保險和救助制度若干舉措的通知",
     "某市人民政府辦公室關于印發某市健全重特大疾病醫療保險和救助制度若干舉措的通知"),
    ("关于明确政府工作报告提出的2023年 重点工作责任单位的通知", "关于明确政府工作报告提出的2023年重点工作责任单位的通知"),
    ("关于进一步加强 城市管理工作的实施意见 的通知", "关于进一步加强城市管理工作的实施意见的通知"),
    ("某区人民政府关于印发 《某区政府2023年重点工作任务分解 和责任分工方案》的通知",
     "某区人民政府关于印发 《某区政府2023年重点工作任务分解和责任分工方案》的通知"),
])
def test_a_space_inside_a_notice_title_is_a_line_break(raw, title):
    assert clean_title(raw) == title
    assert _doc(f"标  题：{raw}\n{_BODY}")["title"] == title


@pytest.mark.parametrize("title", [
    "某市人民政府 某市中级人民法院关于完善联动机制的意见",  # two issuers side by side
    "某市深入打好污染防治攻坚战 实施“1+3+8”行动计划",  # a headline's space, no 关于 title
    "关于印发《某市行动方案》 《某市实施细则》的通知",  # a space beside 《》
    "关于2023年 重点工作的说明",  # no notice kind at its end
    "中共某县委 某县人民政府 关于印发《某县深化新旧动能转换 推动绿色低碳高质量发展三年行动计划》的通知",
    "关于印发某县深化新旧动能转换 推动绿色低碳高质量发展三年行动计划的通知",  # a verb opens the 2nd phrase
])
def test_other_spaces_stay(title):
    assert clean_title(title) == title


@pytest.mark.parametrize("issuer", ["某省人民政府", "某市人民政府办公室", "某县发展和改革委员会"])
def test_a_flattened_red_header_keeps_its_issuer(issuer):
    text = (f"{issuer} 关于明确政府工作报告提出的2023年 重点工作责任单位的通知 某政〔2023〕5号 "
            "现将《政府工作报告》提出的2023年重点工作任务予以分解并明确责任单位。"
            "一、加快提振市场信心 （一）全面促进消费增长。 1.落实好提振市场信心措施。（省商务厅牵头）\n")
    assert _doc(text)["title"] == f"{issuer}关于明确政府工作报告提出的2023年重点工作责任单位的通知"


def test_a_navigation_word_before_a_flattened_title_is_no_issuer():
    text = ("首页 政策文件 关于明确2023年重点工作责任单位的通知 某政〔2023〕5号 "
            "现将2023年重点工作任务予以分解。一、加快提振市场信心 1.落实好提振市场信心措施。（省商务厅牵头）\n")
    assert not (_doc(text)["title"] or "").startswith(("首页", "政策文件"))


@pytest.mark.parametrize("lead", [
    "记者获悉，某市近日部署深入打好污染防治攻坚战，实施八大行动，持续改善生态环境质量，全年完成治理项目50个。\n",
    "某市深入打好污染防治攻坚战 实施八大行动计划记者获悉,5月10日,某市人民政府发布了通知,提出加强生态环境综合治理。\n"
    "记者获悉,5月10日,某市人民政府发布了通知,提出加强生态环境综合治理,深入打好污染防治攻坚战。\n",
])
def test_a_cut_link_line_is_not_the_title(lead):
    text = "某部等部门关于印发《某行业节能降碳专项行动计划》的\n某市深入打好污染防治攻坚战 实施八大行动计划\n" + lead
    assert _doc(text)["title"] == "某市深入打好污染防治攻坚战 实施八大行动计划"


@pytest.mark.parametrize("tail,title", [
    ("通知", "某市人民政府关于印发《某市行动方案》的通知"),
    ("实施意见", "某市人民政府关于印发《某市行动方案》的实施意见"),
])
def test_a_title_wrapped_after_its_closing_name_still_joins(tail, title):
    text = f"某市人民政府关于印发《某市行动方案》的\n{tail}\n{_BODY}"
    assert _doc(text)["title"] == title


@pytest.mark.parametrize("raw,title", [
    ("某省人民政府 关于印发某省国民经济和社会发展 第十四个五年规划和2035年远景 目标纲要的通知(某政发〔2021〕5号)",
     "某省人民政府 关于印发某省国民经济和社会发展第十四个五年规划和2035年远景目标纲要的通知(某政发〔2021〕5号)"),
    ("某市人民政府关于加快发展 夜间经济的意见（某政发〔2023〕12号）", "某市人民政府关于加快发展夜间经济的意见（某政发〔2023〕12号）"),
])
def test_a_bracketed_doc_number_after_the_title_stays_and_the_spaces_close(raw, title):
    assert clean_title(raw) == title


def test_the_addressees_before_a_flattened_title_are_no_issuer():
    text = ("各区县人民政府 关于明确2023年重点工作责任单位的通知 某政〔2023〕5号 "
            "现将2023年重点工作任务予以分解。一、加快提振市场信心 1.落实好提振市场信心措施。（省商务厅牵头）\n")
    assert not (_doc(text)["title"] or "").startswith("各区县")
