"""The two seed pages scored with ../shared/tools/score_extraction.py against the gold answers."""
from __future__ import annotations

import importlib.util
import sys

import pytest

from transform.files import parse_files
from transform.files import write_tables as _write_parquet
from transform.tables import build_tables


def _scorer(shared_dir):
    path = shared_dir / "tools" / "score_extraction.py"
    spec = importlib.util.spec_from_file_location("score_extraction", path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules["score_extraction"] = mod
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def scored(shared_dir, tmp_path_factory):
    out = tmp_path_factory.mktemp("seeds")
    parsed, failed = parse_files([str(p) for p in sorted((shared_dir / "seeds").glob("*.txt"))])
    assert not failed
    _write_parquet(build_tables(parsed), str(out))
    mod = _scorer(shared_dir)
    return mod, mod.score(shared_dir / "spec" / "gold", out, verbose=True)


def test_seed_metadata_all_right(scored):
    _, m = scored
    assert m["docs_found"] == m["docs"] == 2
    assert m["meta_ok"] == m["meta_n"], m["misses"]


def test_seed_tasks_and_lead_units(scored):
    mod, m = scored
    assert mod.f1(m["task_tp"], m["task_fp"], m["task_fn"])[2] >= 0.99, m["misses"]
    assert mod.f1(m["lead_tp"], m["lead_fp"], m["lead_fn"])[2] >= 0.97, m["misses"]
    assert m["title_ok"] >= 0.95 * m["task_tp"]


def test_seed_targets(scored):
    pytest.importorskip("transform.targets")
    mod, m = scored
    assert mod.f1(m["tgt_tp"], m["tgt_fp"], m["tgt_fn"])[2] >= 0.97, m["misses"]
    n_pred, n_gold = m["tgt_tp"] + m["tgt_fp"], m["tgt_tp"] + m["tgt_fn"]
    strict = mod.f1(m["tgt_strict"], n_pred - m["tgt_strict"], n_gold - m["tgt_strict"])[2]
    assert strict >= 0.90, m["misses"]
