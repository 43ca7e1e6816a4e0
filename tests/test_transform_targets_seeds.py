"""Targets of the two seeds against their gold answers, task by task.

The seed text is cut into tasks with the gold paths (a stand-in for the structure parser, so
that this test measures target extraction alone); targets are matched the way
../shared/tools/score_extraction.py matches them: (value, unit, change), then task, year,
comparator and indicator for "strict".
"""
from __future__ import annotations

import importlib.util
import json
import math
import re

import pytest

from transform.targets import extract_targets

HEAD = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[\(（][一二三四五六七八九十]+[\)）]|\d+\s*[.、．])")


def _scorer(shared_dir):
    spec = importlib.util.spec_from_file_location("score_extraction", shared_dir / "tools" / "score_extraction.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _split(text: str, gold: dict) -> list[tuple[tuple | None, str]]:
    """(gold path, task text) for each task found by its title; other lines with path None."""
    lines = text.split("\n")
    starts = []
    li = 0
    for task in gold["tasks"]:
        key = (task["title"] or "")[:8]
        j = li
        while j < len(lines) and key not in lines[j]:
            j += 1
        if j < len(lines):
            starts.append((j, tuple(task["path"])))
            li = j + 1
    out, used = [], set()
    for k, (j, path) in enumerate(starts):
        end = j + 1
        nxt = starts[k + 1][0] if k + 1 < len(starts) else len(lines)
        while end < nxt and not HEAD.match(lines[end]):
            end += 1
        out.append((path, "\n".join(lines[j:end])))
        used.update(range(j, end))
    out += [(None, line) for i, line in enumerate(lines) if i not in used and line.strip()]
    return out


def _score(shared_dir) -> dict:
    sc = _scorer(shared_dir)
    tot = dict(tp=0, fp=0, fn=0, strict=0)
    for gold_file in sorted((shared_dir / "spec" / "gold").glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        name = gold_file.stem.removesuffix(".gold")
        text = (shared_dir / "seeds" / f"{name}.txt").read_text(encoding="utf-8")
        years = gold["doc"].get("plan_years")
        annual = years[0] if years and years[0] == years[1] else None
        preds = []
        for path, body in _split(text, gold):
            for r in extract_targets(body, annual_year=annual):
                preds.append(dict(r, task=path))
        used = [False] * len(preds)

        def key(g, p):
            return (math.isclose(float(g["value"]), p["value"])
                    and sc.norm_unit(g.get("unit")) == sc.norm_unit(p["unit"])
                    and (g.get("change") or None) == p["change"])

        for g in sorted(gold["targets"], key=lambda t: bool(t.get("ambiguous"))):
            cands = [i for i, p in enumerate(preds) if not used[i] and key(g, p)]
            if not cands:
                tot["fn"] += not g.get("ambiguous")
                continue
            gpath = tuple(g["task"]) if g.get("task") else None
            best = max(cands, key=lambda i: (preds[i]["task"] == gpath) + (preds[i]["year"] == g.get("year")))
            used[best] = True
            if g.get("ambiguous"):
                continue
            p = preds[best]
            tot["tp"] += 1
            tot["strict"] += (p["task"] == gpath and p["year"] == g.get("year")
                              and p["comparator"] == (g.get("comparator") or "=")
                              and sc.indicator_ok(g["indicator"], p["indicator"]))
        tot["fp"] += used.count(False)
    return tot


def test_seed_targets_reach_the_goals(shared_dir):
    tot = _score(shared_dir)
    p = tot["tp"] / max(1, tot["tp"] + tot["fp"])
    r = tot["tp"] / max(1, tot["tp"] + tot["fn"])
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    sp = tot["strict"] / max(1, tot["tp"] + tot["fp"])
    sr = tot["strict"] / max(1, tot["tp"] + tot["fn"])
    sf1 = 2 * sp * sr / (sp + sr) if sp + sr else 0.0
    assert f1 >= 0.97, tot
    assert sf1 >= 0.90, tot


@pytest.mark.parametrize("name", ["000_c131ddfb296d023b", "002_c965c7f64a70dc2d"])
def test_seed_text_outside_tasks_has_no_targets_but_the_goals(shared_dir, name):
    """Notice head, metadata, dates, document numbers, footer: nothing there is a target."""
    gold = json.loads((shared_dir / "spec" / "gold" / f"{name}.gold.json").read_text(encoding="utf-8"))
    text = (shared_dir / "seeds" / f"{name}.txt").read_text(encoding="utf-8")
    outside = [body for path, body in _split(text, gold) if path is None]
    found = [r for body in outside for r in extract_targets(body)]
    gold_outside = [g for g in gold["targets"] if g.get("task") is None and not g.get("ambiguous")]
    assert len(found) == len(gold_outside), found
