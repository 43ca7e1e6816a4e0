"""The table of contents of a whole plan (issue 15, round 7C): "目  录" and the headings listed
under it (with leaders and page numbers, "第一节 做强先进制造业 ……… 8", or without) are no items:
the tasks are read once, from the text. Examples are invented."""

from __future__ import annotations

from transform.document import parse_document

_BODY = """第一章 发展基础
第一节　“十三五”发展成就
“十三五”时期，全县地区生产总值年均增长7%。
第二章 总体要求
坚持稳中求进工作总基调。
第三章 建设现代产业体系
第一节 做强先进制造业
推动装备制造产业集群发展，产值突破200亿元。
第二节 发展现代服务业
新增规上服务业企业50家。
"""


def _tasks(text: str) -> list[tuple[list[str], str | None]]:
    return [(t["path"], t["title"]) for t in parse_document(text, source="x.txt", is_text=True).tasks]


_EXPECTED = [(["第三章", "第一节"], "做强先进制造业"), (["第三章", "第二节"], "发展现代服务业")]


def test_contents_with_leaders_and_page_numbers():
    contents = """某县国民经济和社会发展第十四个五年规划纲要
目  录
第一章 发展基础 ..................................... 1
第一节 “十三五”发展成就 .............................. 1
第二章 总体要求 ……………………………………………… 5
第三章 建设现代产业体系 ································ 8
第一节 做强先进制造业 ……… 8
第二节 发展现代服务业 ……… 10
"""
    assert _tasks(contents + _BODY) == _EXPECTED


def test_contents_without_leaders():
    contents = """某县国民经济和社会发展第十四个五年规划纲要
目录
第一章　发展基础
第一节　“十三五”发展成就
第二章 总体要求
第三章 建设现代产业体系
第一节 做强先进制造业
第二节 发展现代服务业
"""
    assert _tasks(contents + _BODY) == _EXPECTED


def test_a_plan_without_contents_is_read_as_before():
    assert _tasks("某县国民经济和社会发展第十四个五年规划纲要\n" + _BODY) == _EXPECTED


def test_blank_lines_between_the_lines():
    contents = """某县国民经济和社会发展第十四个五年规划纲要

目录

第一章 发展基础

第一节 “十三五”发展成就

第二章 总体要求

第三章 建设现代产业体系

第一节 做强先进制造业

第二节 发展现代服务业

"""
    assert _tasks(contents + _BODY.replace("\n", "\n\n")) == _EXPECTED
