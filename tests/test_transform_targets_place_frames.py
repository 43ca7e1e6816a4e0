"""A place opened by 在 before the work verb says where the work is done, not what is counted:
"在人流密集公共场所配备自动体外除颤器50台" measures 配备自动体外除颤器 (the verb kept, as for
"配备50台…"); "做好" names the work like "抓好" ("做好150项…前期工作" counts 前期工作)."""

from __future__ import annotations

import pytest

from transform.targets import extract_targets


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        # a 民生实事 list
        ("在人流密集公共场所配备自动体外除颤器50台。", "配备自动体外除颤器"),
        ("在公共场所布局自动体外除颤器等救护设备100处以上。", "布局自动体外除颤器等救护设备"),
        # a plan's measure
        ("力争在重点商圈和旅游景区设置公共充电桩200个。", "设置公共充电桩"),
        ("在省、市主要新闻媒体完成上稿8篇。", "上稿"),
    ],
)
def test_place_before_the_work_verb_is_no_part_of_indicator(text, indicator):
    (r,) = extract_targets(text, annual_year=2026)
    assert r["indicator"] == indicator


def test_traditional_page(tmp_path):
    from transform.files import parse_files

    page = tmp_path / "page.txt"
    page.write_text(
        "某縣2026年民生實事項目\n一、主要任務\n1.在人流密集公共場所配備自動體外除顫器(AED)50台。\n",
        encoding="utf-8",
    )
    parsed, _ = parse_files([str(page)])
    (t,) = parsed[0].targets
    assert t["indicator"] == "配備自動體外除顫器(AED)"


def test_do_well_names_the_work():
    (r,) = extract_targets("支持脱贫地区做好150项重大水利工程前期工作。", annual_year=2026)
    assert r["indicator"] == "做好重大水利工程前期工作"
    assert (r["value"], r["unit"]) == (150, "项")


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        # 在 as part of a word (在校生, 在建项目): unchanged
        ("在校生人数达到5000人。", "在校生人数"),
        ("在建项目完成投资50亿元。", "在建项目完成投资"),
        # no work verb after the place: unchanged
        ("在园幼儿达到3000人。", "在园幼儿"),
        # the place ends in a place word (handled before): unchanged
        ("在全县各镇新建文化广场10个。", "文化广场"),
    ],
)
def test_near_misses_unchanged(text, indicator):
    (r,) = extract_targets(text, annual_year=2026)
    assert r["indicator"] == indicator
