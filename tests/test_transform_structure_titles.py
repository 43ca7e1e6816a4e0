"""Task titles: the text after the number up to the first 。 (or ：/:) — never cut at a comma, a
、 or where a figure starts; a heading whose 。 was lost ends where a reader sees it end."""
from __future__ import annotations

import pytest

from transform.document import parse_document
from transform.titles import glued_title, heading_style, task_title


def _titles(text: str) -> list[str | None]:
    return [t["title"] for t in parse_document(text, source="t.txt", is_text=True).tasks]


@pytest.mark.parametrize("heading, title", [
    ("固定资产投资增长6%左右，力争达到8%。", "固定资产投资增长6%左右，力争达到8%"),
    ("为3000户困难家庭实施适老化改造，为全县老人免费体检。", "为3000户困难家庭实施适老化改造，为全县老人免费体检"),
    ("新增交通秩序严格管理路段120条、停车泊位800个。", "新增交通秩序严格管理路段120条、停车泊位800个"),
    ("推进节水型社会建设；实施工业节水改造，创建节水企业3家。", "推进节水型社会建设；实施工业节水改造，创建节水企业3家"),
    ("完善体系：建设平台5个", "完善体系"),
    ("地区生产总值增长7%以上，服务业占比47.5%. 发改委", "地区生产总值增长7%以上，服务业占比47.5%"),
    ("Extend the 5G network to 30 villages", "Extend the 5G network to 30 villages"),
])
def test_title_runs_to_the_first_full_stop(heading, title):
    assert task_title(heading) == title


def test_a_phase_heading_ends_with_its_time_range():
    assert task_title("摸底排查，建立台账（3月1日—4月15日）各乡镇要全面摸清底数。") == "摸底排查，建立台账（3月1日—4月15日）"
    assert task_title("集中整治(5月至9月)") == "集中整治(5月至9月)"


def test_glued_heading_is_not_cut_after_a_conjunction():
    assert glued_title("促进城乡就业和深入实施全民参保计划。确保新增就业1万人。") == "促进城乡就业和深入实施全民参保计划"


def test_heading_style_is_decided_by_most_items():
    headings = ["完善实验室体系。积极争创重点实验室。", "加强平台建设。推动平台建设。", "培育创新共同体培育建设区域平台，培植中心1个。"]
    assert heading_style(headings)
    sentences = ["固定资产投资增长10%以上，在工作中奋力完成。", "新增就业3000人。", "改造老旧小区12个，惠及居民5000户。"]
    assert not heading_style(sentences)


def test_lost_full_stop_is_found_in_a_plan_of_short_headings():
    text = ("一、科技创新\n1.完善实验室体系。积极争创重点实验室。\n2.加强创新平台建设。推动平台建设。\n"
            "3.培育创新创业共同体培育建设区域创新龙头，培植中心1个。\n4.推进关键技术攻关。组织申报项目。")
    assert _titles(text) == ["完善实验室体系", "加强创新平台建设", "培育创新创业共同体", "推进关键技术攻关"]


def test_items_that_are_sentences_keep_their_whole_first_sentence():
    text = ("一、重点工作\n1.固定资产投资力争增长10%以上，在实际工作中奋力完成得更快一些。\n"
            "2.毫不放松抓好疫情防控工作，完善疾病预防控制体系。\n3.为62户残疾人家庭实施无障碍改造，为老人免费体检。")
    assert _titles(text) == ["固定资产投资力争增长10%以上，在实际工作中奋力完成得更快一些",
                             "毫不放松抓好疫情防控工作，完善疾病预防控制体系",
                             "为62户残疾人家庭实施无障碍改造，为老人免费体检"]


def test_yi_shi_titles_run_to_the_end_of_the_sentence():
    text = "（二）打造示范单位。一是抓好示范村建设，年内建成3个；二是要大力推行“党建+”模式，加强支部建设。"
    assert _titles(text) == ["抓好示范村建设，年内建成3个", "要大力推行“党建+”模式，加强支部建设"]


def test_a_project_name_whose_description_ran_on_ends_the_title():
    from transform.document import parse_document

    text = ("2024年区民生实事项目\n1.城北小学建设项目\n新建教学楼1栋，新增学位900个。\n"
            "2.城东幼儿园改扩建工程（票决项目）\n新增学位270个。\n"
            "3.滨河路延伸段建设项目（票决项目）工程起于滨河路与建设路交叉口，全长约1.2公里。\n"
            "4.老旧小区改造项目和配套管网建设，改造小区12个。")
    titles = [t["title"] for t in parse_document(text, source="t.txt", is_text=True).tasks]
    assert titles == ["城北小学建设项目", "城东幼儿园改扩建工程（票决项目）", "滨河路延伸段建设项目（票决项目）",
                      "老旧小区改造项目和配套管网建设，改造小区12个"]


def test_items_that_are_not_a_list_of_projects_keep_their_sentence():
    from transform.document import parse_document

    text = ("一、重点工作\n1.加快推进城北片区改造项目建设进度，年内完成投资2亿元。\n"
            "2.实施农村公路提升工程建设全长40公里的县道，改善群众出行条件。\n3.新增城镇就业2000人。")
    titles = [t["title"] for t in parse_document(text, source="t.txt", is_text=True).tasks]
    assert titles[1] == "实施农村公路提升工程建设全长40公里的县道，改善群众出行条件"
