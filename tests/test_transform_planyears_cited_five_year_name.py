"""A five-year plan named in 《》 in the opening line after a citing word (按照《某区…第十五个五年规划
纲要》总体部署) is a plan the text follows, not the text's own span: an untitled annual action plan
keeps the year it states ("2026年，是…开局之年")."""

from __future__ import annotations

from transform.planyears import years_in_text


def test_annual_plan_citing_the_five_year_outline_in_its_opening():
    text = (
        "2026年，是实施“十五五”规划的开局之年。按照《青川县国民经济和社会发展第十五个五年规划纲要》"
        "部署，现将推动工业提质增效行动安排如下。\n一、行动目标\n全年规上工业增加值增长8%。\n"
    )
    assert years_in_text(text, None) == (2026, 2026)


def test_citing_genju_a_shiwuwu_plan_in_quotes():
    text = (
        "根据《临江市“十四五”生态环境保护规划》，结合2023年工作实际，制定本计划。\n"
        "2023年，全市空气优良天数比率达到88%。\n"
    )
    assert years_in_text(text, 2023) == (2023, 2023)


def test_the_plans_own_five_year_name_on_its_first_line_stays():
    text = "东山镇“十五五”农业农村现代化规划\n到2030年，农村居民人均可支配收入达到4万元。\n"
    assert years_in_text(text, 2026) == (2026, 2030)


def test_a_five_year_plan_made_by_the_text_after_a_citation_stays():
    text = (
        "为贯彻落实《省“十五五”规划纲要》，制定《西岭区“十五五”文化发展规划》。\n规划期内新建文化站12个。\n"
    )
    assert years_in_text(text, 2026) == (2026, 2030)


def test_a_five_year_name_outside_book_title_marks_is_the_texts_own():
    # (a citing word governs another object; the 十四五 plan is the one the text works on)
    text = "为认真贯彻会议精神，把高质量发展要求贯穿到“十四五”规划编制之中，县里谋划了一批项目。\n"
    assert years_in_text(text, 2020) == (2021, 2025)
