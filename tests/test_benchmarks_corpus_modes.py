"""The corpus benchmark's sweep over rendering modes (`benchmarks.bench_corpus --modes`): one
line a mode naming what was lost, unknown modes refused, a failing mode reported and skipped."""

from __future__ import annotations

import pytest

from benchmarks import bench_corpus as bc


def _got(**lost):
    m = {
        "served plans (gold has tasks or targets)": 3,
        "documents stored": 3 - len(lost.get("not_stored", [])),
        "pages listed": 3,
        "served plans stored as plans": 3 - len(lost.get("not_plans", [])),
        "served plans alerted": 3 - len(lost.get("not_alerted", [])),
        "not stored": lost.get("not_stored", []),
        "plans not judged plans": lost.get("not_plans", []),
        "plans not alerted": lost.get("not_alerted", []),
    }
    score = ["score: tasks 0.900 lead-units 0.800 targets 0.700 targets-strict 0.600"]
    return {"measures": m, "crawl": score, "parse": score, "per_doc": ["  x2: …"]}


def test_a_sweep_line_names_the_score_and_what_was_lost():
    assert bc.sweep_line("word", _got()).endswith("stored 3/3 plans 3/3 alerted 3/3 differ 1")
    line = bc.sweep_line("linked", _got(not_stored=["x2"], not_alerted=["x2"]))
    assert line.startswith("linked       crawl tasks 0.900 lead-units 0.800")
    assert line.endswith("| not stored: x2; not alerted: x2")


def test_a_failing_mode_is_reported_and_the_sweep_goes_on(monkeypatch, tmp_path):
    def run(corpus, *, mode, **kw):
        if mode == "pre":
            raise ValueError("cannot build")
        return _got()

    monkeypatch.setattr(bc, "run_corpus", run)
    said = []
    out = bc.sweep(
        ("lines", "pre", "word"),
        tmp_path,
        gold=None,
        scorer=tmp_path,
        diff=True,
        say=lambda s, **k: said.append(s),
    )
    assert [line.split()[0] for line in out if not line.startswith(" ")] == ["lines", "pre", "word"]
    assert "failed: ValueError: cannot build" in out[2] and said == out


def test_unknown_modes_are_refused(capsys):
    with pytest.raises(SystemExit):
        bc.main(["--modes", "lines,nope"])
    assert "unknown modes nope" in capsys.readouterr().err


def test_alerts_are_counted_per_plan_by_its_page_or_its_notice():
    """linked mode: a notice's own alert and its plan page's name one plan: two alerts for it;
    a plan page's alert carrying its notice is one."""
    pages, notices = {"/art/2.html": "x1", "/art/4.html": "x2"}, {"/art/1.html": "x1", "/art/3.html": "x2"}
    digest = {"digest": {"plans": [
        {"url": "http://h/art/1.html", "is_plan": True},  # x1's notice, alerted on its own
        {"url": "http://h/art/2.html", "is_plan": True},  # x1's plan page
        {"url": "http://h/art/4.html", "is_plan": True, "notice": {"url": "http://h/art/3.html"}},
        {"url": "http://h/art/9.html", "is_plan": True},  # not a corpus page
    ]}}
    assert bc.plans_named(digest, pages, notices) == [{"x1"}, {"x1"}, {"x2"}]
    one = {"plan": {"url": "http://h/art/2.html", "notice": {"url": "http://h/art/1.html"}}}
    assert bc.plans_named(one, pages, notices) == [{"x1"}]
    assert bc.plans_named({"message": "URL: http://h/art/4.html\n"}, pages, notices) == [{"x2"}]
    assert bc._per_plan({"x1": 2, "x2": 1}, {"x1", "x2", "x3"}) == {0: 1, 1: 1, 2: 1}


def test_a_sweep_line_shows_alerts_per_plan_and_the_plans_alerted_twice():
    got = _got()
    got["measures"]["plan alerts per served plan (alerts: plans)"] = {1: 2, 2: 1}
    got["measures"]["plans alerted more than once"] = ["x3"]
    line = bc.sweep_line("linked", got)
    assert "alerted 3/3 alerts/plan 1:2 2:1 differ 1" in line
    assert line.endswith("| alerted more than once: x3")
