"""A news report of a plan lists its goals as dash bullets under the horizon ("主要目标为到2025年，…"
then "——优质主体不断壮大。累计培育单项冠军300家…"): a bullet that counts its figure from the plan's
start (累计培育, 累计新增, 累计建成) goes on with the horizon like the others; 累计 is a past marker
only in a line of its own, not in a bullet under a goal horizon (audit round 17B: a 省 三年行动计划
news lost all its bullets after the first). A bullet reporting the past (已, 去年) still ends the
goals. Examples are invented."""

from __future__ import annotations

import pytest

from transform.document import parse_document


def _rows(text: str) -> list[tuple]:
    parsed = parse_document(text, source="x.txt", is_text=True)
    return [(t["value"], t["year"]) for t in parsed.targets]


_NEWS = (
    "某省政府办公厅近日印发《中小企业梯度培育三年行动计划(2024-2026年)》，推动中小企业高质量发展。\n"
    "主要目标为到2026年，全省中小企业培育体系更加完善，形成一批专注细分市场的优质企业。\n"
    "——优质主体不断壮大。累计培育省级专精特新中小企业3000家以上，创新型中小企业2万家以上。\n"
    "——创新能力大幅提升。研发投入强度超过5%，户均有效发明专利达到8件以上。\n"
    "——数字转型加快普及。关键工序数控化率超过70%。\n"
)

_PLAN = (
    "某市乡村振兴三年行动方案(2025—2027年)\n"
    "一、主要目标\n"
    "到2027年，乡村产业体系基本形成。\n"
    "——累计新增高标准农田12万亩，累计建成美丽乡村示范村60个；\n"
    "——农村居民人均可支配收入年均增长7%以上。\n"
)

_TRAD = (
    "某縣印發《農業現代化三年行動方案(2024-2026年)》。\n"
    "主要目標是到2026年，農業綜合效益明顯提升。\n"
    "——累計培育縣級以上龍頭企業25家。\n"
    "——建成綠色食品基地8個。\n"
)


@pytest.mark.parametrize(
    "text, rows",
    [
        (_NEWS, [(3000.0, 2026), (2.0, 2026), (5.0, 2026), (8.0, 2026), (70.0, 2026)]),
        (_PLAN, [(12.0, 2027), (60.0, 2027), (7.0, 2027)]),
        (_TRAD, [(25.0, 2026), (8.0, 2026)]),
    ],
    ids=["news-dash", "plan-semicolons", "traditional"],
)
def test_cumulative_bullets_go_on_with_the_horizon(text, rows):
    got = _rows(text)
    assert all(r in got for r in rows), got


def test_a_past_bullet_still_ends_the_goals():
    text = (
        "某省印发《中小企业梯度培育三年行动计划(2024-2026年)》。\n"
        "主要目标为到2026年，全省中小企业培育体系更加完善。\n"
        "——去年已培育专精特新中小企业1200家。\n"
    )
    assert 1200.0 not in [v for v, _ in _rows(text)]
