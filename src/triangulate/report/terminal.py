"""Render the report as a terminal summary (rich renderables; the CLI prints them)."""

from __future__ import annotations

from typing import Any

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

_MAX_QUOTES = 5


def render_summary(report: dict[str, Any]) -> RenderableType:
    """Return a readable summary of ``report``: one block per story."""
    articles = {article["id"]: article for article in report["articles"]}
    blocks: list[RenderableType] = [
        Text(
            f"{len(report['articles'])} articles in {len(report['stories'])} stories",
            style="bold",
        )
    ]
    for story in report["stories"]:
        blocks.append(_story(story, articles))
    return Group(*blocks)


def _story(story: dict[str, Any], articles: dict[str, Any]) -> RenderableType:
    table = Table(
        title=f"{story['title']}  ({len(story['articles'])} articles, "
        f"{len(story['origins'])} independent origins)",
        title_justify="left",
        show_edge=False,
        expand=False,
    )
    table.add_column("outlet")
    table.add_column("published")
    table.add_column("cites")
    table.add_column("note")
    for article_id in story["articles"]:
        article = articles[article_id]
        table.add_row(
            Text(article["outlet"] or article["source"]),
            Text(_date(article["published"])),
            Text(", ".join(article["cites"]) or "-"),
            Text(_note(article, articles)),
        )
    parts: list[RenderableType] = [Text(""), table]
    origins = ", ".join(f"{o['name']} ({len(o['articles'])})" for o in story["origins"])
    parts.append(Text(f"origins: {origins}", style="dim"))
    for quote in story["quotes"][:_MAX_QUOTES]:
        speaker = quote["speaker"] or quote["speaker_text"] or "?"
        via = f" via {' → '.join(quote['via'])}" if quote["via"] else ""
        parts.append(Text(f"  {speaker}{via}: {_clip(quote['text'])}"))
    if len(story["quotes"]) > _MAX_QUOTES:
        parts.append(Text(f"  … {len(story['quotes']) - _MAX_QUOTES} more quotes", style="dim"))
    return Group(*parts)


def _date(published: dict[str, Any] | None) -> str:
    if not published:
        return "undated"
    value = published["value"] or f"{published['earliest']}..{published['latest']}"
    return f"{value} (inferred)" if published["inferred"] else str(value)


def _note(article: dict[str, Any], articles: dict[str, Any]) -> str:
    original = article["copy_of"]
    if not original:
        return ""
    source = articles.get(original)
    return f"copy of {source['outlet'] or source['source']}" if source else f"copy of {original}"


def _clip(text: str, width: int = 110) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
