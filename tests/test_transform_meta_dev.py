"""Document metadata and target years on the dev corpus (../shared/spec/dev), scored with
../shared/tools/score_extraction.py: floors at what the metadata rules reach, so a change
elsewhere that loses a title, a date or a plan year shows here."""
from __future__ import annotations

import importlib.util
import sys

import pytest

from transform.cli import _write_parquet, parse_files
from transform.tables import build_tables

META_FLOOR = 250        # of 255 metadata fields right (title, plan title, 文号, publish date, plan years)
YEAR_FLOOR = 0.98       # share of matched targets with the right year


def _scorer(shared_dir):
    path = shared_dir / "tools" / "score_extraction.py"
    spec = importlib.util.spec_from_file_location("score_extraction", path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules["score_extraction"] = mod
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def scored(shared_dir, tmp_path_factory):
    dev = shared_dir / "spec" / "dev"
    if not (dev / "gold").is_dir():
        pytest.skip("no dev corpus beside the repository")
    out = tmp_path_factory.mktemp("dev")
    parsed, failed = parse_files([str(p) for p in sorted(dev.glob("*.txt"))])
    assert not failed
    _write_parquet(build_tables(parsed), str(out))
    return _scorer(shared_dir).score(dev / "gold", out, verbose=True)


def test_dev_metadata_fields(scored):
    misses = [m for m in scored["misses"] if ": meta " in m]
    assert scored["meta_ok"] >= META_FLOOR, misses


def test_dev_target_years(scored):
    assert scored["tgt_year_ok"] >= YEAR_FLOOR * scored["tgt_tp"], [m for m in scored["misses"] if " year " in m]
