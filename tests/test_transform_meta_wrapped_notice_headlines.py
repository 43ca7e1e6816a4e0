"""A notice title wrapped over two or three lines right above the byline: the title is the whole
notice (with the issuer line printed above it), not only its last line above the byline."""

from __future__ import annotations

import pytest

from transform.document import parse_document

BODY = (
    "\n各县区人民政府，市政府有关部门：\n"
    "《某市2026年重点任务清单》已经市政府同意，现印发给你们，请结合实际认真贯彻落实。\n"
    "某市人民政府办公室\n2026年3月16日\n"
    "某市2026年重点任务清单\n一、重点任务\n1.新建保障性住房500套。（牵头单位：市住建局）\n"
)


@pytest.mark.parametrize(
    "head,title",
    [
        (
            "某市人民政府办公室\n关于印发某市与某州共同推进\n城市群建设2026年\n重点任务清单的通知\n来源:    时间:2026年3月16日",
            "某市人民政府办公室关于印发某市与某州共同推进城市群建设2026年重点任务清单的通知",
        ),
        (
            "首页 > 政府信息公开 > 通知公告\n关于印发某市2026年\n重点任务清单的通知\n发布时间：2026-03-16 来源：市政府办公室",
            "关于印发某市2026年重点任务清单的通知",
        ),
        (
            "某县人民政府办公室关于印发\n某县2026年重点任务清单的通知\n作者：县政府办 发布日期：2026-03-16 浏览次数：12",
            "某县人民政府办公室关于印发某县2026年重点任务清单的通知",
        ),
    ],
)
def test_a_wrapped_notice_title_above_the_byline_is_whole(head, title):
    doc = parse_document(head + BODY, source="p.txt", is_text=True).document
    assert doc["title"] == title


def test_a_notice_link_above_another_headline_is_not_joined():
    head = (
        "关于印发某市2025年重点任务清单的通知\n某市召开2026年重点任务推进会\n"
        "发布时间：2026-03-16 来源：市政府办公室\n"
    )
    text = (
        head
        + "3月16日，某市召开2026年重点任务推进会，会议听取了各部门工作进展情况汇报，研究部署下一步工作。\n"
    )
    assert (
        parse_document(text, source="p.txt", is_text=True).document["title"] == "某市召开2026年重点任务推进会"
    )


def test_a_site_line_printing_the_title_whole_is_not_joined():
    head = (
        "某县政府门户网站-关于《某县2026年重点任务清单》的说明\n关于《某县2026年重点任务清单》的说明\n"
        "2026-03-16 来源:某县人民政府 【字体:\n"
    )
    text = head + "根据会议安排，我们就《某县2026年重点任务清单》的编制情况作如下说明，请予审议。\n"
    assert (
        parse_document(text, source="p.txt", is_text=True).document["title"]
        == "关于《某县2026年重点任务清单》的说明"
    )
