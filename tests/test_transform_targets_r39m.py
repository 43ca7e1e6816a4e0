"""Round 39m: target years (short pass).

- a year right before 的 and a multiple (是2020年的1.4倍, 达到2021年末的2倍以上) is the base of the
  multiple: `baseline_year`, not the year of the target, which comes from the deadline around it
  (到2025年) or the annual plan's year; a year before 的 and any other figure stays a year.
"""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


def _rows(text: str, **kw) -> list[tuple]:
    return [(r["value"], r["unit"], r["year"], r["baseline_year"]) for r in extract_targets(text, **kw)]


# --- the base year of a multiple


@pytest.mark.parametrize(
    ("text", "kw", "row"),
    [
        ("到2025年，全县地区生产总值是2020年的1.4倍。", {}, (1.4, "倍", 2025, 2020)),
        ("到2025年，规上工业产值力争达到2020年的1.5倍以上。", {}, (1.5, "倍", 2025, 2020)),
        ("到2027年，全市城乡居民人均可支配收入达到2022年末的1.3倍左右。", {}, (1.3, "倍", 2027, 2022)),
        ("到2025年，全縣地區生產總值是2020年的1.4倍。", {}, (1.4, "倍", 2025, 2020)),
        ("农产品加工产值达到2021年的2倍。", {"annual_year": 2024}, (2.0, "倍", 2024, 2021)),
        ("一、发展目标\n到2030年，数字经济核心产业增加值为2025年的 2 倍。", {}, (2.0, "倍", 2030, 2025)),
    ],
)
def test_the_year_before_a_multiple_is_its_base(text, kw, row):
    assert row in _rows(text, **kw)


@pytest.mark.parametrize(
    ("text", "kw", "row"),
    [
        ("2026年的目标是新建污水处理厂3座。", {}, (3.0, "座", 2026, None)),
        ("到2025年，比2020年增长1.5倍。", {}, (1.5, "倍", 2025, 2020)),
        ("力争2025年的新增造林面积达到1.5万亩。", {}, (1.5, "万亩", 2025, None)),
        ("2025年的粮食产量稳定在30万吨以上。", {"first_year": 2023}, (30.0, "万吨", 2025, None)),
    ],
)
def test_a_year_before_another_figure_stays_a_year(text, kw, row):
    assert row in _rows(text, **kw)


@pytest.mark.timeout(30)
@pytest.mark.parametrize("n", [500, 2000, 8000])
def test_the_multiple_base_reads_a_long_page(n):
    text = "到2025年，产值是2020年的1.4倍。" * n + "2020年的" * n
    rows = _rows(text)
    assert len(rows) == n
    assert all(r[2] == 2025 and r[3] == 2020 for r in rows)
