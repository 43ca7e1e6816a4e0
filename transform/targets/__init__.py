"""Quantitative targets of a task: "到2025年，新能源新材料产业产值达到418亿元左右" → one row.

`extract_targets(text)` finds every number with a unit that the text commits to reach, keep,
build, complete or cut (spec/EXTRACTION.md) and returns one dict per target, in text order:

    indicator, value, unit, comparator, change, year, baseline_year, text,
    value_std, unit_std, ambiguous

How it works: one fast regex pass finds where numbers start, then each number is read and
judged from a few look-arounds (cost grows with the number of numbers, not with the text).
One module per language rule; the words each rule looks for are data files in
transform/lexicons/ (targets_*.toml, target_units.toml) that a contributor edits without
touching the matching code.

1. `quantity`, `scan`: numbers — Arabic or Chinese numerals, 百分之X, ranges (1-2个, 1或2部,
   10%-15%), 余/多, a scale word (万/亿), a unit from `transform.unit_scale` (with a rate
   denominator: 万元/亩), and a suffix (以上/以下/以内/左右, also "（含）以上").
2. `spans`, `exclusions`: numbers that are not targets are dropped by context rules: inside
   “…” or 《…》 or the （牵头单位：…） clause; glued to Latin letters (5G, PM2.5, S319);
   ordinals (第N), rankings (前100项), denominators (每10万人), proportions (按10%); bare numbers
   without unit or comparator (document numbers, dates, phone numbers, section numbers);
   Chinese numerals without a verb of commitment (一企一策, 统一部署, 二次供水, 一批); classes
   (十亿级, 4A级); voltage classes and capacities naming a thing (110千伏变电站, 5万吨磷酸铁项目,
   15分钟服务圈); qualifiers (投资500万元以上项目25个 → only 25个; 90%以上的行政村集体收入超10万元
   → only 90%); scope counts (全县13个供电所, 等9类); progress figures (已建成…); baselines
   (由30%提高到50% → only 50%); incentives (给予奖励20万元); in an annual plan, figures of an
   earlier year.
3. `comparators`, `years`: comparator, change and baseline come from the words around the
   number; the year from the last 到YYYY年/YYYY年/"十四五"末 before it in the same text (clauses
   before it have none), `default_year`, or `annual_year`; recurring targets (每年…) have none.
4. `indicators`: the phrase before the number in its clause (cleaned of 到2025年, 力争, 达到 …)
   or, when the number comes first ("培育20家龙头企业"), the noun after it; "A、B分别下降27%、
   10%" pairs subjects with values; a clause without a subject ("同比增长15%") takes the
   previous target's.
5. `tables`, `flatcells`: rows of indicator tables rendered as "指标 | 单位 | 2022年 | 2025年"
   lines, or a cell per line (with or without a " |" after each cell), give one target each,
   from the latest year column that holds a figure (a change cell: "较2022年 下降3%").
6. `extract`: `extract_targets`, which runs the steps above on one text; a traditional text read
   alone is read in its simplified working copy and printed back (`printed`).
"""

from __future__ import annotations

from transform.targets.extract import extract_targets

__all__ = ["COMPARATORS", "extract_targets"]

COMPARATORS = (">=", ">", "<=", "<", "~", "=")
