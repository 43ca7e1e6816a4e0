"""Generated parts of the README: the CLI reference and the data dictionary.

`python -m planwatch.cli.docgen` rewrites the sections between the markers in README.md;
tests/test_docs_readme.py fails when the README and the code disagree.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

README = Path(__file__).resolve().parents[2] / "README.md"
MARKERS = {
    "cli": ("<!-- cli-reference:start -->", "<!-- cli-reference:end -->"),
    "dictionary": ("<!-- data-dictionary:start -->", "<!-- data-dictionary:end -->"),
}


def _subcommands(parser: argparse.ArgumentParser, prefix: str = "planwatch"):
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield f"{prefix} {name}", sub
                yield from _subcommands(sub, f"{prefix} {name}")


def iter_commands():
    """(command, parser) for every subcommand of the CLI, nested ones included."""
    from planwatch.cli import build_parser

    return list(_subcommands(build_parser()))


def cli_reference() -> str:
    lines = []
    for command, sub in iter_commands():
        has_children = any(isinstance(a, argparse._SubParsersAction) for a in sub._actions)
        if has_children:
            continue
        lines.append(f"#### `{command}`\n")
        if sub.description:
            lines.append(sub.description.strip().splitlines()[0] + "\n")
        rows = []
        for a in sub._actions:
            if isinstance(a, argparse._HelpAction):
                continue
            name = ", ".join(a.option_strings) if a.option_strings else a.metavar or a.dest
            text = (a.help or "").replace("|", "\\|").replace("%(default)s", str(a.default))
            rows.append(f"| `{name}` | {text} |")
        if rows:
            lines.append("| argument | meaning |\n| --- | --- |")
            lines.extend(rows)
            lines.append("")
    lines.extend(exit_codes())
    return "\n".join(lines).rstrip() + "\n"


def exit_codes() -> list[str]:
    """The exit codes every command uses (`planwatch.exitcodes`), as a Markdown table."""
    from planwatch.exitcodes import MEANINGS

    rows = [f"| {code} | {text.replace('|', chr(92) + '|')} |" for code, text in sorted(MEANINGS.items())]
    return ["#### Exit codes\n", "| code | meaning |\n| --- | --- |", *rows, ""]


def dictionary() -> str:
    from warehouse.contract import data_dictionary_markdown

    return data_dictionary_markdown()


def section(text: str, which: str) -> str | None:
    start, end = MARKERS[which]
    m = re.search(re.escape(start) + r"\n(.*?)" + re.escape(end), text, re.S)
    return m.group(1) if m else None


def render(text: str) -> str:
    for which, make in (("cli", cli_reference), ("dictionary", dictionary)):
        start, end = MARKERS[which]
        replacement = f"{start}\n{make()}{end}"
        pattern = re.compile(re.escape(start) + r"\n.*?" + re.escape(end), flags=re.S)
        text = pattern.sub(lambda _m: replacement, text)  # noqa: B023 - used at once, in this iteration
    return text


def main() -> int:
    text = README.read_text(encoding="utf-8")
    new = render(text)
    if new != text:
        README.write_text(new, encoding="utf-8")
        print("README.md updated")
    else:
        print("README.md up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
