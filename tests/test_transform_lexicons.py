"""The lexicon loader: data files next to transform/lexicons/__init__.py."""
from __future__ import annotations

import pytest

from transform import lexicons


def test_words_skip_comments_and_blanks(tmp_path, monkeypatch):
    (tmp_path / "demo.txt").write_text("# header\n\n牵头单位\n  责任单位  # trailing note\n#x\n", encoding="utf-8")
    monkeypatch.setattr(lexicons, "HERE", tmp_path)
    lexicons.words.cache_clear()
    assert lexicons.words("demo") == ("牵头单位", "责任单位")
    lexicons.words.cache_clear()


def test_table_parses_toml(tmp_path, monkeypatch):
    (tmp_path / "demo.toml").write_text('[lead]\nlabels = ["牵头单位", "主办"]\n', encoding="utf-8")
    monkeypatch.setattr(lexicons, "HERE", tmp_path)
    lexicons.table.cache_clear()
    assert lexicons.table("demo") == {"lead": {"labels": ["牵头单位", "主办"]}}
    lexicons.table.cache_clear()


def test_missing_lexicon_is_a_key_error():
    with pytest.raises(KeyError, match="no lexicon"):
        lexicons.words("no_such_lexicon_here")
