"""A line of the site's page chrome printed above a page's text ("新用户登录后自动创建账号", a
traditional mirror's "發布信息") is no title (EXTRACTION.md: the title is the heading a reader would
see): the page takes no title from it. A headline that only contains such words keeps its title.
Every text here is invented."""

from __future__ import annotations

from transform.document import parse_document


def _title(text: str) -> str | None:
    return parse_document(text, source="p.txt", is_text=True).document["title"]


def test_a_login_prompt_above_a_news_report():
    assert _title(
        "新用户登录后自动创建账号\n"
        "登录5月8日消息，据某省文化和旅游厅消息，近日，某省印发《某省旅游业发展行动方案》。\n"
        "《方案》指出，到2025年，全省接待游客9亿人次以上。\n"
    ) is None


def test_a_login_prompt_in_traditional_characters_with_pinyin_noise():
    assert _title(
        "新用戶登錄后自動創(chuàng)建賬號\n"
        "登錄5月8日消息，據某省文化和旅遊廳消息，近日，某省印發《某省旅遊業發展行動方案》。\n"
        "《方案》指出，到2025年，全省接待遊客9億人次以上。\n"
    ) is None


def test_a_publish_label_above_a_traditional_notice():
    assert _title(
        "發布信息\n"
        "各市、縣（區）人民政府，省人民政府各部門：\n"
        "現將《某省數字經濟發展三年行動計畫（2024—2026年）》印發給你們，請認真組織實施。\n"
        "某省人民政府辦公廳\n"
        "2024年3月4日\n"
    ) is None


def test_a_headline_containing_the_words_keeps_its_title():
    title = _title(
        "某市发布信息化建设三年行动计划\n"
        "近日，某市印发《某市信息化建设三年行动计划》，到2026年建成5G基站3000个。\n"
    )
    assert title == "某市发布信息化建设三年行动计划"
