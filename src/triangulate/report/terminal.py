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
    parts: list[RenderableType] = [Text(""), table, *_inferred(story, articles)]
    origins = ", ".join(f"{o['name']} ({len(o['articles'])})" for o in story["origins"])
    parts.append(Text(f"origins: {origins}", style="dim"))
    parts.extend(_conflicts(story, articles))
    for quote in story["quotes"][:_MAX_QUOTES]:
        speaker = quote["speaker"] or quote["speaker_text"] or "?"
        if quote.get("source_kind") in ("anonymous", "vague"):
            speaker += f" [{quote['source_kind']}]"
        via = f" via {' → '.join(quote['via'])}" if quote["via"] else ""
        hedged = f" ({', '.join(quote['hedges'])})" if quote.get("hedges") else ""
        parts.append(Text(f"  {speaker}{via}{hedged}: {_clip(quote['text'])}"))
    if len(story["quotes"]) > _MAX_QUOTES:
        parts.append(Text(f"  … {len(story['quotes']) - _MAX_QUOTES} more quotes", style="dim"))
    return Group(*parts)


def _inferred(story: dict[str, Any], articles: dict[str, Any]) -> list[Text]:
    """One line per article whose publication date was inferred: the range and its basis."""
    lines = []
    for article_id in story["articles"]:
        published = articles[article_id]["published"]
        if published and published["inferred"] and published["basis"]:
            name = _name(articles, article_id)
            lines.append(Text(f"{name}: {_date(published)}: {published['basis']}", style="dim"))
    return lines


def _conflicts(story: dict[str, Any], articles: dict[str, Any]) -> list[Text]:
    """One line per timeline item that articles date differently."""
    lines = []
    for item in story["timeline"]:
        for conflict in item.get("conflicts", []):
            ours = ", ".join(_name(articles, a) for a in item["articles"])
            theirs = ", ".join(_name(articles, a) for a in conflict["articles"])
            lines.append(
                Text(
                    f"  dates disagree: {item['date']} ({ours}) vs {conflict['date']} "
                    f"({theirs}): {_clip(item['text'], 60)}",
                    style="yellow",
                )
            )
    return lines


def _date(published: dict[str, Any] | None) -> str:
    if not published:
        return "undated"
    value = published["value"] or f"{published['earliest']} to {published['latest']}"
    return f"{value} (inferred)" if published["inferred"] else str(value)


def _name(articles: dict[str, Any], article_id: str) -> str:
    article = articles.get(article_id)
    return str(article["outlet"] or article["source"]) if article else article_id


def _note(article: dict[str, Any], articles: dict[str, Any]) -> str:
    original = article["copy_of"]
    if not original:
        return ""
    source = articles.get(original)
    return f"copy of {source['outlet'] or source['source']}" if source else f"copy of {original}"


def _clip(text: str, width: int = 110) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
