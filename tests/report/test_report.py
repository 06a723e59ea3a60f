"""Writing the report files: JSON and HTML side by side, atomically."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from triangulate.errors import TriangulateError
from triangulate.models import Article, Story
from triangulate.report import build_report, write_report


@pytest.fixture
def small_report(make_article: Callable[..., Article]) -> dict[str, Any]:
    """A one-story report with non-ASCII text."""
    article = make_article(
        "“Wir haben das Ostufer verloren,” sagte Marta Vaněk.",
        "dam",
        outlet="Meridian Press Agency",
        published="2026-02-25",
    )
    return build_report(
        [Story("s-dam", "Ostra dam – Vaněk speaks", ("dam",), "m")], {"dam": article}, {}
    )


@pytest.mark.parametrize("parts", [("out",), ("new", "nested", "report dir")])
def test_report_write_creates_both_files(
    tmp_path: Path, small_report: dict[str, Any], parts: tuple[str, ...]
) -> None:
    out_dir = tmp_path.joinpath(*parts)
    json_path, html_path = write_report(small_report, out_dir)
    assert (json_path, html_path) == (out_dir / "report.json", out_dir / "report.html")
    assert sorted(p.name for p in out_dir.iterdir()) == ["report.html", "report.json"]
    assert json.loads(json_path.read_text(encoding="utf-8")) == small_report
    assert "Vaněk" in json_path.read_text(encoding="utf-8")
    assert "Ostra dam – Vaněk speaks" in html_path.read_text(encoding="utf-8")


@pytest.mark.parametrize("title", ["Second run"])
def test_report_write_replaces_an_earlier_report(
    tmp_path: Path, small_report: dict[str, Any], title: str
) -> None:
    write_report(small_report, tmp_path)
    newer = {**small_report, "stories": [{**small_report["stories"][0], "title": title}]}
    json_path, html_path = write_report(newer, tmp_path)
    assert json.loads(json_path.read_text(encoding="utf-8"))["stories"][0]["title"] == title
    assert title in html_path.read_text(encoding="utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.html", "report.json"]


@pytest.mark.parametrize("failing", ["report.json", "report.html"])
def test_report_failed_write_keeps_the_earlier_file_whole(
    tmp_path: Path, small_report: dict[str, Any], monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    write_report(small_report, tmp_path)
    before = (tmp_path / failing).read_bytes()
    real_replace = Path.replace

    def replace(self: Path, target: Path) -> Path:
        if Path(target).name == failing:
            raise OSError(28, "No space left on device")
        return real_replace(self, target)

    monkeypatch.setattr(Path, "replace", replace)
    newer = {**small_report, "generator": "second run"}
    with pytest.raises(TriangulateError, match="cannot write the report"):
        write_report(newer, tmp_path)
    assert (tmp_path / failing).read_bytes() == before


@pytest.mark.parametrize(
    "location",
    [
        lambda tmp: tmp / "a-file.txt",
        lambda tmp: tmp / "a-file.txt" / "below",
    ],
    ids=["is-a-file", "under-a-file"],
)
def test_report_unwritable_location_raises_triangulate_error(
    tmp_path: Path, small_report: dict[str, Any], location: Callable[[Path], Path]
) -> None:
    (tmp_path / "a-file.txt").write_text("in the way", encoding="utf-8")
    with pytest.raises(TriangulateError, match="cannot write the report to"):
        write_report(small_report, location(tmp_path))
