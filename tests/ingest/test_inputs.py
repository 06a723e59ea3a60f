"""expand_inputs, read_inputs and read_bytes: paths, directories, globs and stdin to Articles."""

from __future__ import annotations

import dataclasses
import io
import json
import re
import sys
from pathlib import Path

import pytest

from triangulate.config import Settings
from triangulate.ingest import expand_inputs, read_bytes, read_inputs
from triangulate.models import Article, Skipped

TRAM_TEXT = (
    "Council approves river tram\nFeb. 24, 2026\n\n"
    "The city council voted on Tuesday to build a tram line along the river, ending a decade "
    "of debate, officials said.\n"
)
FERRY_HTML = (
    "<!DOCTYPE html><html><head><title>Ferry resumes</title>"
    '<meta property="og:site_name" content="Coastline Courier"></head><body><article>'
    "<p>The ferry between Alder Point and the island of Kessa resumed on Tuesday morning after "
    "a three-day suspension caused by high winds, the operator said.</p>"
    "<p>Passengers queued from dawn at the terminal while the first crossing was prepared.</p>"
    "</article></body></html>"
)
STRIKE_RSS = (
    '<?xml version="1.0"?><rss version="2.0"><channel><title>Harbourline News - Latest</title>'
    "<item><title>Strike ends</title>"
    "<description>The dockworkers' strike at the port of Sarin ended on Friday after a deal on "
    "wages.</description></item></channel></rss>"
)
BRIDGE_JSON = json.dumps(
    {
        "title": "Bridge reopens",
        "text": "The Old Mill bridge reopened to traffic on Friday after six months of repairs.",
        "outlet": "Valley Ledger",
    }
)


def assert_clean(article: Article) -> None:
    """Every Article has a non-empty body without surrounding whitespace."""
    assert article.text
    assert article.text == article.text.strip()


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    """A directory of reports with nested folders, hidden files and repository clutter."""
    root = tmp_path / "corpus"
    write(root / "tram.txt", TRAM_TEXT)
    write(root / "web" / "ferry.html", FERRY_HTML)
    write(root / "web" / "deep" / "strike.rss", STRIKE_RSS)
    write(root / "records" / "bridge.json", BRIDGE_JSON)
    write(root / ".hidden.txt", TRAM_TEXT)
    write(root / ".git" / "HEAD", "ref: refs/heads/main\n")
    write(root / "web" / ".cache" / "page.html", FERRY_HTML)
    write(root / "README.md", "# Corpus\n")
    write(root / "LICENSE", "MIT\n")
    write(root / "records" / "CHANGELOG.txt", "v1\n")
    write(root / "license-fees-rise.txt", TRAM_TEXT)
    write(root / "readmission-rates.txt", TRAM_TEXT)
    return root


def relative(items: list[str | Skipped], root: Path) -> list[str]:
    return [Path(item).relative_to(root).as_posix() for item in items if isinstance(item, str)]


def test_inputs_expand_walks_directory_and_skips_clutter(corpus_dir: Path) -> None:
    items = list(expand_inputs([str(corpus_dir)]))
    assert relative(items, corpus_dir) == [
        "license-fees-rise.txt",
        "readmission-rates.txt",
        "records/bridge.json",
        "tram.txt",
        "web/deep/strike.rss",
        "web/ferry.html",
    ]


@pytest.mark.parametrize(
    "pattern, expected",
    [
        ("web/**/*.*", ["web/deep/strike.rss", "web/ferry.html"]),
        ("*.txt", ["license-fees-rise.txt", "readmission-rates.txt", "tram.txt"]),
        ("records/*.json", ["records/bridge.json"]),
        ("web", ["web/deep/strike.rss", "web/ferry.html"]),
    ],
)
def test_inputs_expand_globs_and_subdirectories(
    corpus_dir: Path, pattern: str, expected: list[str]
) -> None:
    items = list(expand_inputs([str(corpus_dir / pattern)]))
    assert relative(items, corpus_dir) == expected


@pytest.mark.parametrize("name", ["README.md", "LICENSE", ".hidden.txt"])
def test_inputs_expand_keeps_a_file_named_explicitly(corpus_dir: Path, name: str) -> None:
    assert list(expand_inputs([str(corpus_dir / name)])) == [str(corpus_dir / name)]


@pytest.mark.parametrize(
    "missing, reason",
    [("nowhere/report.txt", "no such file"), ("nowhere/*.txt", "matches no file")],
)
def test_inputs_expand_reports_missing_path(tmp_path: Path, missing: str, reason: str) -> None:
    item = str(tmp_path / missing)
    (skipped,) = list(expand_inputs([item]))
    assert isinstance(skipped, Skipped)
    assert skipped.source == item
    assert reason in skipped.reason


@pytest.mark.parametrize("inputs", [["-"], ["-", "-"]])
def test_inputs_expand_passes_stdin_through(inputs: list[str]) -> None:
    assert list(expand_inputs(inputs)) == inputs


def test_inputs_read_reads_every_kind_of_file(corpus_dir: Path, default_settings: Settings) -> None:
    records = list(read_inputs([str(corpus_dir)], default_settings))
    articles = [record for record in records if isinstance(record, Article)]
    assert articles == records
    by_name = {Path(re.sub(r"[#:]\d+$", "", a.source)).name: a for a in articles}
    assert set(by_name) == {
        "license-fees-rise.txt",
        "readmission-rates.txt",
        "tram.txt",
        "ferry.html",
        "strike.rss",
        "bridge.json",
    }
    for article in articles:
        assert_clean(article)
    assert by_name["tram.txt"].title == "Council approves river tram"
    assert by_name["ferry.html"].outlet == "Coastline Courier"
    assert by_name["strike.rss"].outlet == "Harbourline News"
    assert by_name["bridge.json"].outlet == "Valley Ledger"


@pytest.mark.parametrize(
    "name, content, reason",
    [
        ("empty.txt", b"", "empty input"),
        ("blank.txt", b"  \n\n\t ", "empty input"),
        ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(64)), "binary data"),
        ("big.txt", b"word " * 40, "larger than the 100-byte cap (max_bytes)"),
        ("short.txt", b"Too short.", "no article text"),
        ("broken.json", b"[{", "invalid JSON"),
        ("nothing.html", b"<html><body><nav>Home</nav></body></html>", "no article text"),
    ],
)
def test_inputs_read_skips_bad_files_and_keeps_good_ones(
    tmp_path: Path, name: str, content: bytes, reason: str
) -> None:
    settings = dataclasses.replace(Settings(), max_bytes=100)
    good = write(tmp_path / "a-good.txt", "The ferry resumed on Tuesday after the storm.")
    bad = write(tmp_path / name, content)
    after = write(tmp_path / "z-good.txt", "The bridge reopened on Friday after repairs.")
    records = list(read_inputs([str(good), str(bad), str(after)], settings))
    assert [type(record) for record in records] == [Article, Skipped, Article]
    skipped = records[1]
    assert isinstance(skipped, Skipped)
    assert skipped.source == str(bad)
    assert reason in skipped.reason
    assert "\n" not in skipped.reason
    for article in (records[0], records[2]):
        assert isinstance(article, Article)
        assert_clean(article)


@pytest.mark.parametrize("max_bytes", [100])
def test_inputs_read_accepts_file_exactly_at_cap(tmp_path: Path, max_bytes: int) -> None:
    text = "The ferry resumed on Tuesday after the storm. "
    data = (text * 3).encode()[:max_bytes]
    path = write(tmp_path / "exact.txt", data)
    settings = dataclasses.replace(Settings(), max_bytes=max_bytes)
    (article,) = list(read_inputs([str(path)], settings))
    assert isinstance(article, Article)
    assert_clean(article)


def test_inputs_read_reports_missing_file_and_goes_on(
    tmp_path: Path, default_settings: Settings
) -> None:
    good = write(tmp_path / "good.txt", "The ferry resumed on Tuesday after the storm.")
    missing = str(tmp_path / "gone.txt")
    records = list(read_inputs([missing, str(good)], default_settings))
    assert records[0] == Skipped(missing, "no such file or directory")
    assert isinstance(records[1], Article)


class FakeStdin:
    """Stands in for ``sys.stdin``: readers take bytes from ``.buffer``."""

    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)


@pytest.mark.parametrize(
    "data, outlet",
    [
        (TRAM_TEXT.encode("utf-8"), None),
        (BRIDGE_JSON.encode("utf-8"), "Valley Ledger"),
        (STRIKE_RSS.encode("utf-8"), "Harbourline News"),
        (FERRY_HTML.encode("utf-8"), "Coastline Courier"),
        (TRAM_TEXT.encode("utf-16"), None),
    ],
    ids=["text", "json", "rss", "html", "utf-16"],
)
def test_inputs_read_reads_stdin(
    monkeypatch: pytest.MonkeyPatch, default_settings: Settings, data: bytes, outlet: str | None
) -> None:
    monkeypatch.setattr(sys, "stdin", FakeStdin(data))
    (article,) = list(read_inputs(["-"], default_settings))
    assert isinstance(article, Article)
    assert_clean(article)
    assert article.source.startswith("-")
    assert article.outlet == outlet


@pytest.mark.parametrize("max_bytes", [100])
def test_inputs_read_caps_stdin(monkeypatch: pytest.MonkeyPatch, max_bytes: int) -> None:
    monkeypatch.setattr(sys, "stdin", FakeStdin(b"word " * 100))
    settings = dataclasses.replace(Settings(), max_bytes=max_bytes)
    assert list(read_inputs(["-"], settings)) == [
        Skipped("-", "larger than the 100-byte cap (max_bytes)")
    ]


@pytest.mark.parametrize(
    "data, source, kind",
    [
        (BRIDGE_JSON.encode(), "notes.txt", "json"),
        (b"[" + BRIDGE_JSON.encode() + b"]", "records", "json"),
        (STRIKE_RSS.encode(), "latest", "feed"),
        (STRIKE_RSS.encode(), "latest.xml", "feed"),
        (FERRY_HTML.encode(), "page", "html"),
        (FERRY_HTML.encode(), "page.htm", "html"),
        (TRAM_TEXT.encode(), "tram", "text"),
    ],
)
def test_inputs_read_bytes_picks_reader_by_name_or_content(
    data: bytes, source: str, kind: str
) -> None:
    records = list(read_bytes(data, source))
    (article,) = records
    assert isinstance(article, Article)
    assert_clean(article)
    expected_outlet = {
        "json": "Valley Ledger",
        "feed": "Harbourline News",
        "html": "Coastline Courier" if data == FERRY_HTML.encode() else None,
        "text": None,
    }[kind]
    assert article.outlet == expected_outlet
    if kind == "feed":
        assert article.source == f"{source}#1"
    if kind == "text":
        assert article.title == "Council approves river tram"
