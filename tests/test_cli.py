"""The command line: exit codes, output files, summary and skipped inputs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from triangulate.cli import app, main

runner = CliRunner()


@pytest.mark.parametrize(
    "args", [["analyze"], ["predict", "nonsense", "--input", "x", "--output", "y"]]
)
def test_cli_bad_usage_exits_2(args: list[str]) -> None:
    assert runner.invoke(app, args).exit_code == 2


@pytest.mark.parametrize("args", [["--version"]])
def test_cli_version(args: list[str]) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 0
    assert result.output.startswith("triangulate ")


@pytest.mark.slow
def test_cli_analyze_writes_report_and_lists_skipped(tmp_path: Path, examples_dir: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00" * 64)
    out = tmp_path / "out"
    result = runner.invoke(
        app,
        [
            "analyze",
            str(examples_dir / "knn-velmar-toll.txt"),
            str(bad),
            "--db",
            str(tmp_path / "t.db"),
            "--out",
            str(out),
        ],
    )
    assert result.exit_code == 0, result.output
    report = json.loads((out / "report.json").read_text())
    assert report["schema_version"] == "1"
    assert (out / "report.html").read_text().startswith("<!doctype html>")
    assert "Kestrel News Network" in result.output
    assert f"skipped {bad}" in result.output


@pytest.mark.slow
def test_cli_analyze_nothing_readable_exits_1(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    monkeypatch.setattr(
        "sys.argv",
        [
            "triangulate",
            "analyze",
            str(empty),
            "--db",
            str(tmp_path / "t.db"),
            "--out",
            str(tmp_path / "o"),
        ],
    )
    with pytest.raises(SystemExit) as exit_info:
        main()
    assert exit_info.value.code == 1
    assert "error: no article could be read" in capsys.readouterr().err


@pytest.mark.slow
@pytest.mark.issue(6)
@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_cli_export_events_after_analyze(tmp_path: Path, examples_dir: Path, fmt: str) -> None:
    db = str(tmp_path / "t.db")
    inputs = [str(examples_dir / n) for n in ("mpa-dam-wire.txt", "knn-velmar-toll.txt")]
    assert (
        runner.invoke(app, ["analyze", *inputs, "--db", db, "--out", str(tmp_path)]).exit_code == 0
    )
    output = tmp_path / f"events.{fmt}"
    result = runner.invoke(
        app, ["export", "events", "--db", db, "--format", fmt, "--output", str(output)]
    )
    assert result.exit_code == 0, result.output
    assert output.stat().st_size > 0
    assert "events written to" in result.output
