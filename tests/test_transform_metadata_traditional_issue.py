"""A 印发 notice printed in traditional characters (mirrors, Hong Kong / Taiwan hosted reposts):
"關於印發某縣2024年十大民生實事項目的通知", "…轉發《…》的通知", "某市發布《…》". The plan's name
is read from the title as in simplified text; the traditional verbs (印發 轉發 發布 頒布) count
like 印发 转发 发布 颁布."""

from __future__ import annotations

from transform.metadata import extract_metadata, plan_title_from


def _plan(page: str) -> str | None:
    return extract_metadata(page, {}, page, page_has_body=True)["plan_title"]


def test_traditional_title_without_brackets():
    assert plan_title_from("關於印發青禾縣2024年十大民生實事項目的通知", "正文") == "青禾縣2024年十大民生實事項目"


def test_traditional_title_with_brackets():
    assert plan_title_from("關於印發《青禾縣2024年政務公開工作要點》的通知", "") == "青禾縣2024年政務公開工作要點"
    assert plan_title_from("青禾縣人民政府辦公室關於轉發《縣農業農村局春耕生產工作方案》的通知", "") == (
        "縣農業農村局春耕生產工作方案"
    )


def test_traditional_news_headline_naming_the_plan():
    assert plan_title_from("青禾市發布《青禾市促進消費三年行動方案(2024—2026年)》", "") == (
        "青禾市促進消費三年行動方案(2024—2026年)"
    )


def test_traditional_notice_page_without_a_plan_heading():
    page = (
        "青禾縣人民政府辦公室關於印發青禾縣2024年農村人居環境整治工作要點的通知\n"
        "發布時間：2024-03-08\n"
        "各鄉鎮人民政府，縣直各單位：\n經縣政府同意，現將工作要點印發給你們，請認真貫徹落實。\n"
        "青禾縣人民政府辦公室\n2024年3月5日\n"
    )
    assert _plan(page) == "青禾縣2024年農村人居環境整治工作要點"


def test_simplified_titles_unchanged():
    assert plan_title_from("关于印发青禾县2024年十大民生实事项目的通知", "") == "青禾县2024年十大民生实事项目"
    assert plan_title_from("关于印发《青禾县2024年工作要点》的通知", "") == "青禾县2024年工作要点"


def test_a_notice_issuing_nothing_names_no_plan():
    assert plan_title_from("關於做好2024年春節期間安全生產工作的通知", "") is None
