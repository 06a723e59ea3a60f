"""The docs describe the software as it is: every CLI command is documented and has help."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer.main

from triangulate.cli import app
from triangulate.predict import TASKS

DOCS = Path(__file__).resolve().parents[1] / "docs"
COMMANDS = sorted(typer.main.get_command(app).commands)  # type: ignore[attr-defined]


@pytest.mark.parametrize("command", COMMANDS)
def test_docs_every_command_is_documented_with_help(command: str) -> None:
    click_command = typer.main.get_command(app).commands[command]  # type: ignore[attr-defined]
    assert click_command.help, f"{command} has no help text"
    assert f"## triangulate {command}" in (DOCS / "cli.md").read_text()


@pytest.mark.parametrize("task", TASKS)
def test_docs_every_predict_task_is_documented(task: str) -> None:
    assert f"`{task}`" in (DOCS / "cli.md").read_text()


def test_docs_readme_gives_the_two_setup_commands() -> None:
    readme = (DOCS.parent / "README.md").read_text()
    assert "make demo" in readme and "make test" in readme


def test_docs_every_export_column_is_documented() -> None:
    from triangulate.report.exports import EVENT_COLUMNS

    text = (DOCS / "cli.md").read_text()
    assert all(f"| `{name}` |" in text for name, _ in EVENT_COLUMNS)
