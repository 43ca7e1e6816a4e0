"""The line above a date is the notice's signature only when it is a name: a labelled value of a
document viewer or mirror ("编号:928920", "上传人:Le****97") above the upload date is none."""
from __future__ import annotations

import pytest

from transform.document import parse_document


def _issuer(text: str) -> str | None:
    return parse_document(text.encode(), source="x", is_text=True).document["issuer"]


@pytest.mark.parametrize("label", ["编号:928920", "編號:928920", "上传人:Le****97", "文档编号：A-2024-77"])
def test_a_labelled_line_above_the_date_is_no_signature(label):
    text = (
        f"某市应急保障体系建设行动计划(2021-2022年).docx\n下载文档\n{label}\n2024-05-20\n"
        "一、总体要求\n到2022年,初步形成应急保障体系框架,有效处置率达100%。\n"
    )
    assert _issuer(text) is None


@pytest.mark.parametrize("signature", ["某县人民政府办公室", "某縣人民政府辦公室", "中共某县委办公室 某县人民政府办公室"])
def test_a_name_above_the_date_is_the_signature(signature):
    text = (
        "关于印发某县2024年重点工作任务的通知\n各乡镇人民政府：\n现印发给你们，请认真贯彻落实。\n"
        f"{signature}\n2024年3月1日\n某县2024年重点工作任务\n一、经济发展\n1.新建厂房5万平方米。（牵头单位：县工信局）\n"
    )
    assert _issuer(text) == signature
