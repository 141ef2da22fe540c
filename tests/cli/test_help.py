"""Every command's --help says what it does, its arguments and an example (issue 14)."""

from __future__ import annotations

import pytest

from winbook.cli import COMMANDS, main


def _help(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit) as exit_info:
        main([*argv, "--help"])
    assert exit_info.value.code == 0
    return capsys.readouterr().out


def test_winbook_help_says_what_each_command_does(capsys: pytest.CaptureFixture[str]) -> None:
    out = _help([], capsys)
    assert "With no command, opens the window" in out
    commands = out.split("commands:\n")[1].split("\n\n")[0].splitlines()
    assert [line.split()[0] for line in commands] == list(COMMANDS)
    assert all(len(line.split()) > 3 for line in commands)  # a name and what it does
    assert "samples write the bundled sample plans into a folder" in [
        " ".join(line.split()) for line in commands
    ]
    assert "examples:\n  winbook plan.winbook\n" in out
    assert "--install-desktop" in out


@pytest.mark.parametrize(
    ("command", "says", "arguments"),
    [
        ("samples", "Write each bundled sample plan into DIR", ["DIR"]),
        ("convert", "Convert a plan between a .winbook file", ["INPUT", "OUTPUT", "--force"]),
        ("targets", "Print the projected turnout, win number", ["PLAN", "--json"]),
        ("results", "Read a precinct results file", ["--office", "--county", "--seats"]),
        ("export", "Export the application packet (PDF)", ["--pdf", "--pdf-dir", "--force"]),
        ("check", "Print the readiness report of a plan", ["PLAN", "--json"]),
    ],
)
def test_each_command_help_has_what_arguments_and_an_example(
    command: str, says: str, arguments: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    out = _help([command], capsys)
    assert f"usage: winbook {command} " in out
    assert says in " ".join(out.split())
    for argument in arguments:
        assert f"  {argument}" in out, argument
    example = out.split("example")[1]
    assert f"\n  winbook {command} " in example
