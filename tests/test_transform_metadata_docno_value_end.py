"""A 文号 field value ends at its 号: words a mirror or a flattened block left after it on the same
line ("宿政辦秘〔2022〕37號 性: 有效", its 有效性 label cut short; "… 签发人: 某某"; "…5号 (此件公开发布)")
are no part of it. A second 文号 after it (a joint document) stays, as printed."""

from __future__ import annotations

from transform.metadata import extract_metadata


def _docno(page: str) -> str | None:
    return extract_metadata(page, {}, page, page_has_body=True)["doc_number"]


def test_broken_label_after_the_number_traditional():
    page = (
        "發布機構: 宿州市人民政府辦公室\n文  號: 宿政辦秘〔2022〕37號 性: 有效\n"
        "名  稱: 宿州市人民政府辦公室關於印發若干舉措的通知\n"
    )
    assert _docno(page) == "宿政辦秘〔2022〕37號"


def test_signer_after_the_number():
    page = "文号：青政办发〔2024〕5号 签发人：王某\n标题：关于印发青禾市2024年工作要点的通知\n"
    assert _docno(page) == "青政办发〔2024〕5号"


def test_publicity_note_after_the_number():
    page = "发文字号:松政发〔2023〕12号 (此件公开发布)\n发布日期:2023-04-01\n"
    assert _docno(page) == "松政发〔2023〕12号"


def test_a_second_number_of_a_joint_document_stays():
    page = "文号:青政发〔2024〕5号 青法发〔2024〕2号\n标题:关于完善府院联动机制的意见\n"
    assert _docno(page) == "青政发〔2024〕5号 青法发〔2024〕2号"


def test_plain_numbers_unchanged():
    assert _docno("文号:青政办发〔2024〕5号\n") == "青政办发〔2024〕5号"
    assert _docno("文号:无\n") is None
