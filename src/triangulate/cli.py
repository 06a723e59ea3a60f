"""The command line: thin wrappers that parse options, call the library and print.

Exit codes: 0 done, 1 failure (a ``TriangulateError``), 2 bad usage.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from triangulate import __version__
from triangulate.analyze import Progress as Progress_
from triangulate.analyze import RunResult, analyze, export_events, report_run
from triangulate.config import Settings, load_settings
from triangulate.errors import TriangulateError
from triangulate.nlp.pipeline import build_nlp
from triangulate.predict import TASKS, predict
from triangulate.report import render_summary, write_report
from triangulate.report.exports import FORMATS
from triangulate.store import open_store

app = typer.Typer(
    help="Cross-check many news reports of one story: stories, who said what, when, origins.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
Task = Enum("Task", {name: name for name in TASKS}, type=str)  # type: ignore[misc]
Exported = Enum("Exported", {"events": "events"}, type=str)
ExportFormat = Enum("ExportFormat", {f: f for f in FORMATS}, type=str)  # type: ignore[misc]

DbOption = Annotated[
    str | None, typer.Option("--db", help="Store URL or SQLite path (default: ./triangulate.db).")
]
PipelineOption = Annotated[str | None, typer.Option("--pipeline", help="Installed spaCy pipeline.")]
ConfigOption = Annotated[Path | None, typer.Option("--config", help="TOML settings file.")]
VerboseOption = Annotated[
    int, typer.Option("--verbose", "-v", count=True, help="More logging (-vv for debug).")
]


@app.command("analyze")
def analyze_command(
    paths: Annotated[list[str], typer.Argument(help="Files, directories, globs, or - for stdin.")],
    db: DbOption = None,
    out: Annotated[
        Path, typer.Option("--out", help="Directory for report.json and report.html.")
    ] = Path("report"),
    workers: Annotated[
        int | None, typer.Option("--workers", min=1, help="Worker processes.")
    ] = None,
    pipeline: PipelineOption = None,
    config: ConfigOption = None,
    verbose: VerboseOption = 0,
) -> None:
    """Ingest articles, analyse them, group stories; write the report and print a summary."""
    settings = _settings(config, verbose, db=db, workers=workers, pipeline=pipeline)
    console = Console(stderr=True)
    store = open_store(settings.db_url)
    try:
        with _progress_bar(console) as update:
            result = analyze(paths, settings, store, progress=update)
        report = report_run(result.stories, store)
    finally:
        store.close()
    json_path, html_path = write_report(report, out)
    Console().print(render_summary(report))
    _print_run(console, result, json_path, html_path)
    if not result.article_ids:
        raise TriangulateError("no article could be read from the inputs; see the skipped list")


@app.command("export")
def export_command(
    what: Annotated[Exported, typer.Argument(help="What to export.")],
    output: Annotated[Path, typer.Option("--output", help="File to write.")],
    fmt: Annotated[
        ExportFormat, typer.Option("--format", help="csv, jsonl or parquet.")
    ] = ExportFormat.csv,  # type: ignore[attr-defined]
    db: DbOption = None,
    config: ConfigOption = None,
    verbose: VerboseOption = 0,
) -> None:
    """Export the stored stories' events, one row per event (columns: docs/cli.md)."""
    settings = _settings(config, verbose, db=db)
    store = open_store(settings.db_url)
    try:
        count = export_events(store, output, fmt.value)
    finally:
        store.close()
    _say(Console(stderr=True), f"{count} {what.value} written to {output}")


@app.command("predict")
def predict_command(
    task: Annotated[Task, typer.Argument(help="Benchmark task.")],
    input_path: Annotated[Path, typer.Option("--input", help="Benchmark JSON Lines file.")],
    output_path: Annotated[Path, typer.Option("--output", help="Where to write predictions.")],
    pipeline: PipelineOption = None,
    config: ConfigOption = None,
    verbose: VerboseOption = 0,
) -> None:
    """Run one extractor on a benchmark file and write one prediction line per input line."""
    settings = _settings(config, verbose, pipeline=pipeline)
    count = predict(task.value, input_path, output_path, settings, build_nlp(settings))
    Console(stderr=True).print(f"wrote {count} predictions to {output_path}")


def _settings(config: Path | None, verbose: int, **overrides: Any) -> Settings:
    level = (logging.WARNING, logging.INFO, logging.DEBUG)[min(verbose, 2)]
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
    settings = load_settings(config)
    changes = {
        ("db_url" if key == "db" else key): value
        for key, value in overrides.items()
        if value is not None
    }
    if "db_url" in changes and "://" not in str(changes["db_url"]):
        changes["db_url"] = f"sqlite:///{changes['db_url']}"
    return replace(settings, **changes)


@contextmanager
def _progress_bar(console: Console) -> Iterator[Progress_]:
    """A rich progress bar over the per-article pipeline, fed by ``analyze``'s callback."""
    columns = (TextColumn("analysing"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task("analyse", total=None)
        yield lambda done, total: progress.update(task, completed=done, total=total)


def _say(console: Console, line: str) -> None:
    """Print a line that names paths as it is, never wrapped, so it can be copied or grepped."""
    console.print(line, markup=False, highlight=False, soft_wrap=True)


def _print_run(console: Console, result: RunResult, json_path: Path, html_path: Path) -> None:
    console.print(
        f"{result.analysed} analysed, {result.reused} already in the store, "
        f"{result.duplicates} exact duplicates, {len(result.skipped)} skipped" + _changes(result)
    )
    for item in result.skipped:
        _say(console, f"  skipped {item.source}: {item.reason}")
    _say(console, f"report: {html_path}  (data: {json_path})")


def _changes(result: RunResult) -> str:
    kinds = [change.kind for change in result.changes]
    if not kinds:
        return ""
    return f", stories {kinds.count('merged')} merged and {kinds.count('split')} split"


def main() -> None:
    """Entry point of the ``triangulate`` script: run the app, map errors to exit codes."""
    try:
        app()
    except TriangulateError as exc:
        _say(Console(stderr=True), f"error: {exc}")
        raise SystemExit(1) from exc


def _show_version(value: bool) -> None:
    if value:
        print(f"triangulate {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_show_version, is_eager=True, help="Show the version."),
    ] = False,
) -> None:
    """Cross-check many news reports of one story: stories, who said what, when, origins."""
