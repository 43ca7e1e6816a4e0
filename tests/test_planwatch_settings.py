from __future__ import annotations

import argparse

import pytest

from planwatch import settings as s
from planwatch.exceptions import ConfigError


def _parser(*names):
    p = argparse.ArgumentParser()
    s.add_arguments(p, *names)
    return p


def test_precedence_flag_over_env_over_config_over_default(tmp_path):
    cfg = tmp_path / "pw.toml"
    cfg.write_text('[planwatch]\nwarehouse = "from-config"\nhttp_retries = 7\nmin_interval_s = 1.5\n',
                   encoding="utf-8")
    env = {"PLANWATCH_CONFIG": str(cfg), "PLANWATCH_HTTP_RETRIES": "9"}
    args = _parser("warehouse", "http_retries").parse_args(["--warehouse", "from-flag"])
    got = s.load(args, env=env)
    assert got.store.root == "from-flag"       # flag wins
    assert got.http.retries == 9              # env beats config
    assert got.http.min_interval_s == 1.5          # config beats default
    assert got.serve.timezone == "Asia/Shanghai"    # default


def test_typed_coercion_and_lists():
    env = {"PLANWATCH_FULL": "yes", "PLANWATCH_ALERT": "json://a/b, json://c/d", "PLANWATCH_MAX_BYTES": "10"}
    got = s.load(None, env=env)
    assert got.crawl.full is True and got.http.max_bytes == 10
    assert got.alerts.urls == ["json://a/b", "json://c/d"]
    args = _parser("alert", "full").parse_args(["--alert", "json://x", "--alert", "json://y", "--full"])
    got = s.load(args, env={})
    assert got.alerts.urls == ["json://x", "json://y"] and got.crawl.full is True


def test_bad_values_and_unknown_keys_are_clear_errors(tmp_path):
    with pytest.raises(ConfigError, match="http_retries"):
        s.load(None, env={"PLANWATCH_HTTP_RETRIES": "many"})
    cfg = tmp_path / "pw.toml"
    cfg.write_text("warehose = 'typo'\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="warehose"):
        s.load(None, env={"PLANWATCH_CONFIG": str(cfg)})


def test_rule_tables_in_the_config_are_not_read_as_settings(tmp_path):
    cfg = tmp_path / "pw.toml"
    cfg.write_text('[planwatch]\nalert = ["json://a/b"]\n\n[[alert]]\nurls = ["json://c/d"]\n',
                   encoding="utf-8")
    got = s.load(None, env={"PLANWATCH_CONFIG": str(cfg)})
    assert got.alerts.urls == ["json://a/b"]
    top = tmp_path / "top.toml"
    top.write_text('warehouse = "w"\n[[alert]]\nurls = ["json://c/d"]\n', encoding="utf-8")
    got = s.load(None, env={"PLANWATCH_CONFIG": str(top)})
    assert got.alerts.urls == [] and got.store.root == "w"


def test_groups_flat_names_and_secrets():
    got = s.Settings.of(warehouse="w", alert=["json://h/tok"], storage_options="KEY=v", http_retries="2")
    assert got.store.root == "w" and got.http.retries == 2 and got.value("http_retries") == 2
    assert got.secrets() == ["KEY=v", "json://h/tok"]
    changed = got.replace(warehouse="w2", source=["a"])
    assert changed.store.root == "w2" and changed.crawl.source == ["a"] and got.store.root == "w"
    with pytest.raises(ConfigError, match="nosuch"):
        s.Settings.of(nosuch=1)
    assert s.Settings.flag_name("replay_port") == "--port" and s.Settings.env_name("alert") == "PLANWATCH_ALERT"
