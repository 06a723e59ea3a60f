"""Reports: the JSON contract and its HTML and terminal views."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from triangulate.errors import TriangulateError
from triangulate.report.build import SCHEMA_VERSION, build_report, canonical_cites
from triangulate.report.html import render_html
from triangulate.report.terminal import render_summary

__all__ = [
    "SCHEMA_VERSION",
    "build_report",
    "canonical_cites",
    "render_html",
    "render_summary",
    "write_report",
]


def write_report(report: dict[str, Any], out_dir: Path) -> tuple[Path, Path]:
    """Write ``report.json`` and ``report.html`` into ``out_dir``; return their paths.

    Each file is written to a temporary name and renamed, so a crash never leaves half a file.
    """
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        json_path = _write_atomic(
            out_dir / "report.json", json.dumps(report, ensure_ascii=False, indent=2) + "\n"
        )
        html_path = _write_atomic(out_dir / "report.html", render_html(report))
    except OSError as exc:
        raise TriangulateError(f"cannot write the report to {out_dir}: {exc}") from exc
    return json_path, html_path


def _write_atomic(path: Path, content: str) -> Path:
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(content, encoding="utf-8")
    temporary.replace(path)
    return path
