"""Contents lists printed with page numbers after a space and no leaders (round 12E): "目 录 /
第一章 总体要求 3 / 第一节 发展回顾 3 / …". The number is no part of the heading, so the text's
heading repeats the entry without it; where a page stops before the text repeats its contents,
the run of numbered entries under "目录" is the contents all the same. Examples are invented."""

from __future__ import annotations

from transform.document import parse_document
from transform.long_plans import drop_contents


def _tasks(text: str) -> list[tuple[list[str], str | None]]:
    return [(t["path"], t["title"]) for t in parse_document(text, source="x.txt", is_text=True).tasks]


_BODY = """第一章 总体要求
第一节 发展回顾
“十四五”时期，全区经济总量稳步提升。
第二节 发展环境
当前，发展面临新的机遇和挑战。
第二章 建设现代产业体系
第一节 做强先进制造业
到2030年，规上工业产值达到500亿元。
第二节 发展现代服务业
新增规上服务业企业40家。
第三章 保障措施
加强组织领导。
"""
_EXPECTED = [(["第二章", "第一节"], "做强先进制造业"), (["第二章", "第二节"], "发展现代服务业")]


def test_page_numbers_after_a_space_then_the_text():
    contents = """某区国民经济和社会发展第十五个五年规划纲要
目 录
第一章 总体要求 3
第一节 发展回顾 3
第二节 发展环境 5
第二章 建设现代产业体系 8
第一节 做强先进制造业 8
第二节 发展现代服务业 10
第三章 保障措施 12
"""
    assert _tasks(contents + _BODY) == _EXPECTED


def test_tabs_full_width_spaces_and_blank_lines():
    contents = "某市生态环境保护“十五五”规划\n\n目　　录\n\n" + "".join(
        f"{h}\t{p}\n\n" if i % 2 else f"{h}\u3000{p}\n\n"
        for i, (h, p) in enumerate(
            [
                ("第一章 总体要求", 1),
                ("第一节 发展回顾", 1),
                ("第二节 发展环境", 4),
                ("第二章 建设现代产业体系", 6),
                ("第一节 做强先进制造业", 6),
                ("第二节 发展现代服务业", 9),
                ("第三章 保障措施", 15),
            ]
        )
    )
    assert _tasks(contents + _BODY) == _EXPECTED


def test_a_page_cut_before_the_text_repeats_its_contents():
    text = """某县“十五五”重大项目规划
某县发展和改革委员会
目 录
第一章 总体要求 3
第一节 “十四五”重大项目回顾 3
第二节 基本原则 6
第二章 重大项目安排 9
第一节 基础设施领域 9
第二节 产业发展领域 14
第三章 保障措施 20
第一节 加强组织领导 20
第二节 强化要素保障 21
“十四五”以来，全县累计实施重大项目300余个，为经济社会发展提供了有力支撑。
"""
    assert _tasks(text) == []


def test_part_headings_without_page_numbers_among_the_entries():
    lines = [
        "目录",
        "第一篇 开启新征程",
        "第一章 发展基础 1",
        "第二章 发展环境 4",
        "第二篇 建设现代化产业体系",
        "第三章 做强制造业 7",
        "第四章 繁荣服务业 11",
        "本规划根据《中共某市委关于制定国民经济和社会发展第十五个五年规划的建议》编制。",
    ]
    assert drop_contents(lines) == lines[-1:]


def test_sections_numbered_一_in_a_contents_list():
    text = """某县推进农业现代化三年行动计划（2026—2028年）
目录
一、总体要求 1
二、主要目标 2
三、重点任务 3
（一）建设高标准农田 3
（二）发展特色产业 5
四、保障措施 8
一、总体要求
坚持农业农村优先发展。
二、主要目标
到2028年，建成高标准农田5万亩。
三、重点任务
（一）建设高标准农田。新建高标准农田2万亩。（牵头单位：县农业农村局）
（二）发展特色产业。培育省级龙头企业3家。（牵头单位：县农业农村局）
四、保障措施
强化资金保障。
"""
    assert _tasks(text) == [(["三", "(一)"], "建设高标准农田"), (["三", "(二)"], "发展特色产业")]


def test_one_chapter_under_目录_is_no_contents_list():
    lines = ["目录", "第一章 总体要求 3", "第一节 指导思想 3", "推进项目建设。"]
    assert drop_contents(lines) == lines[1:]


def test_two_chapters_without_a_sentence_between_are_a_contents_list():
    lines = ["目录", "第一章 总体要求 3", "第二章 重点任务 5", "推进项目建设。"]
    assert drop_contents(lines) == lines[3:]


def test_headings_with_commas_in_a_cut_contents_list():
    lines = [
        "目 录",
        "第一篇 奠定坚实基础，开启现代化建设新征程",
        "第一章 发展基础",
        "第二篇 坚持创新驱动，建设现代产业体系",
        "第三章 做强先进制造业",
    ]
    assert drop_contents(lines) == []


def test_numbers_that_fall_end_the_run():
    lines = ["目录", "一、总体要求 1", "二、重点任务 3", "三、保障措施 9", "1、新建学校 2", "说明。"]
    assert drop_contents(lines) == lines[4:]


def test_a_heading_ending_in_a_figure_without_目录_stays():
    lines = ["一、新建道路 3", "二、改造管网 5", "三、新建公园 8", "按期完成。"]
    assert drop_contents(lines, "\n".join(lines)) == lines


def test_目次_and_目錄_head_a_contents_list_too():
    for word in ("目  次", "目 錄"):
        lines = [word, "第一章 总体要求 1", "第二章 重点任务 3", "第三章 保障措施 9", "第一章 总体要求", "坚持稳中求进。"]
        assert drop_contents(lines, "\n".join(lines)) == lines[4:]


_LATER_BODY = """第二章 总体要求
坚持农业农村优先发展。
第三章 重点任务
第一节 提升粮食产能
建设高标准农田10万亩。
第二节 发展特色产业
培育省级龙头企业5家。
第四章 保障措施
强化组织领导。
"""
_LATER_CONTENTS = """某县“十五五”农业农村现代化规划
目  录
{first}
第一章  发展基础
第二章  总体要求
第三章  重点任务
第一节  提升粮食产能
第二节  发展特色产业
第四章  保障措施
"""
_LATER_EXPECTED = [(["第三章", "第一节"], "提升粮食产能"), (["第三章", "第二节"], "发展特色产业")]


def test_a_preface_listed_but_printed_without_its_heading():
    text = _LATER_CONTENTS.format(first="前  言") + (
        "为推进农业农村现代化，编制本规划。\n第一章 发展基础\n“十四五”期间，全县粮食产量稳定在50万吨。\n"
    )
    assert _tasks(text + _LATER_BODY) == _LATER_EXPECTED


def test_the_first_chapter_printed_under_a_longer_heading():
    lines = _LATER_CONTENTS.format(first="").replace("\n\n", "\n") + (
        "第一章 发展基础与面临形势\n“十四五”期间，全县粮食产量稳定在50万吨。\n"
    )
    assert _tasks(lines + _LATER_BODY) == _LATER_EXPECTED
    kept = drop_contents((lines + _LATER_BODY).split("\n"))
    assert kept[1] == "第一章 发展基础与面临形势"


def test_a_site_menu_under_目录_whose_lines_never_come_again_is_kept():
    lines = ["目录", "一、总体要求", "（一）指导思想", "坚持稳中求进。", "（二）基本原则", "坚持问题导向。"]
    assert drop_contents(lines) == lines[1:]


def test_a_page_cut_inside_a_contents_list_without_page_numbers():
    text = """某县“十五五”农业农村现代化规划
目 录
前 言
第一章 发展基础
第一节 “十四五”发展成就
第二节 面临形势
第二章 总体要求
第三章 重点任务
第一节 提升粮食产能
"""
    assert _tasks(text) == []


def test_a_contents_list_of_sections_numbered_一_before_a_preface():
    lines = ["目录", "一、总体要求", "二、重点任务", "三、保障措施", "为加快发展，制定本方案。", "一、总体要求"]
    assert drop_contents(lines) == lines[4:]


def test_a_long_entry_stays_in_a_contents_list_the_text_repeats():
    long_head = "第二篇 坚持创新在现代化建设全局中的核心地位，全面塑造高质量发展新动能新优势"
    lines = ["目录", "第一章 发展基础", long_head, "第二章 做强制造业", "第一章 发展基础", "全县经济稳步增长。"]
    assert drop_contents(lines) == lines[4:]
