"""The README's CLI reference and data dictionary are generated from the code: they must agree."""
from __future__ import annotations

import argparse

from planwatch.cli import docgen
from planwatch.settings import OPTIONS, Settings

# Arguments that are inputs, not settings: positionals are exempt; these options name what to act on.
NOT_SETTINGS = {"help", "version"}


def test_readme_cli_reference_is_current():
    text = docgen.README.read_text(encoding="utf-8")
    assert docgen.section(text, "cli") == docgen.cli_reference(), \
        "README CLI reference is stale: run `.venv/bin/python -m planwatch.cli.docgen`"


def test_readme_data_dictionary_is_current():
    text = docgen.README.read_text(encoding="utf-8")
    assert docgen.section(text, "dictionary") == docgen.dictionary(), \
        "README data dictionary is stale: run `.venv/bin/python -m planwatch.cli.docgen`"


def test_every_command_is_explained_in_readme():
    text = docgen.README.read_text(encoding="utf-8")
    body = text.replace(docgen.section(text, "cli") or "", "")
    for command, _ in docgen.iter_commands():
        assert f"`{command}" in body or f"{command} " in body, f"{command} is not explained in the README"


def test_every_flag_is_a_typed_setting_with_env_override():
    names = set(OPTIONS)
    for command, sub in docgen.iter_commands():
        for action in sub._actions:
            if not action.option_strings or action.dest in NOT_SETTINGS \
                    or isinstance(action, (argparse._HelpAction, argparse._VersionAction)):
                continue
            assert action.dest in names, f"{command} {action.option_strings}: not a setting (planwatch.settings.OPTIONS)"
            assert Settings.flag_name(action.dest) in action.option_strings, \
                f"{command} {action.option_strings}: flag differs from Settings.flag_name"
            assert f"PLANWATCH_{action.dest.upper()}" in (action.help or ""), \
                f"{command} {action.option_strings}: help does not name its env var"
