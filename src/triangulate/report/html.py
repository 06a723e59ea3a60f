"""Render the report as one self-contained HTML page (inline CSS, no scripts, no network).

Jinja2 autoescaping is on for the whole template: article text is untrusted and every value
that comes from it is escaped.
"""

from __future__ import annotations

from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape


def render_html(report: dict[str, Any]) -> str:
    """Return the HTML page of ``report`` (as built by :func:`build_report`)."""
    environment = Environment(
        loader=PackageLoader("triangulate.report", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    articles = {article["id"]: article for article in report["articles"]}

    def label(article_id: str) -> str:
        article = articles.get(article_id)
        if article is None:
            return article_id
        return str(article["outlet"] or article["title"] or article["source"])

    template = environment.get_template("report.html.j2")
    return template.render(report=report, articles=articles, label=label)
