"""Readers: plain text, HTML pages, RSS/Atom feeds and JSON records become Articles."""

from __future__ import annotations

import json

import pytest

from triangulate.errors import ExtractionError
from triangulate.ingest.identity import make_article_id
from triangulate.ingest.readers import (
    JSON_FIELDS,
    feed_outlet,
    read_feed,
    read_html,
    read_json,
    read_text,
)
from triangulate.models import Article, Skipped

FERRY_HTML = """<!DOCTYPE html>
<html lang="en"><head>
<title>Ferry service resumes after storm | Coastline Courier</title>
<meta property="og:title" content="Ferry service resumes after storm">
<meta property="og:site_name" content="Coastline Courier">
<meta property="article:published_time" content="2026-02-24T09:15:00Z">
<meta name="author" content="Ines Marlow">
<link rel="canonical" href="https://courier.example/ferry-resumes">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Ferry service resumes after storm</h1>
<p>The ferry between Alder Point and the island of Kessa resumed on Tuesday morning after a
three-day suspension caused by high winds, the operator said.</p>
<p>Passengers queued from dawn at the Alder Point terminal, where staff handed out hot drinks
while the first crossing was prepared.</p>
<p>"We are running a full timetable again and expect the backlog to clear by Thursday," said
Oren Vale, a spokesperson for the operator.</p>
</article>
<footer>Copyright 2026 Coastline Courier. All rights reserved.</footer>
</body></html>"""

EMPTY_HTML = """<!DOCTYPE html>
<html><head><title>Coastline Courier</title></head>
<body><nav><a href="/">Home</a></nav><footer>Menu</footer></body></html>"""

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
<channel>
<title>Harbourline News - Latest</title>
<link>https://harbourline.example/</link>
<description>Latest stories from Harbourline News</description>
<item>
<title>Grain exports slow as port strike enters second day</title>
<link>https://harbourline.example/strike-day-two</link>
<pubDate>Tue, 24 Feb 2026 09:15:00 +0000</pubDate>
<author>desk@harbourline.example (Mira Castellane)</author>
<description>Grain exports from the port of Sarin slowed sharply on Tuesday as a strike by
dockworkers entered its second day.</description>
</item>
<item>
<title>City council backs river tram</title>
<link>https://harbourline.example/river-tram</link>
<pubDate>Wed, 25 Feb 2026 18:40:00 +0000</pubDate>
<description>&lt;p&gt;The city council voted on Wednesday to build a tram line along the
river, ending a decade of debate.&lt;/p&gt;&lt;p&gt;Construction is due to start next
spring.&lt;/p&gt;</description>
</item>
</channel>
</rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>Valley Ledger | Top Stories</title>
<id>urn:uuid:valley-ledger</id>
<updated>2026-03-03T08:00:00Z</updated>
<entry>
<title>Reservoir levels reach five-year high</title>
<link href="https://ledger.example/reservoir"/>
<id>urn:uuid:reservoir</id>
<updated>2026-03-03T08:00:00Z</updated>
<author><name>Tobias Wren</name></author>
<content type="html">&lt;p&gt;Reservoir levels across the valley reached their highest point
in five years after weeks of steady rain, the water authority said on Tuesday.&lt;/p&gt;</content>
</entry>
<entry>
<title>Empty entry</title>
<id>urn:uuid:empty</id>
<updated>2026-03-03T09:00:00Z</updated>
</entry>
</feed>"""

BRIDGE = {
    "headline": "Bridge reopens after repairs",
    "body": "The Old Mill bridge reopened to traffic on Friday after six months of repairs, "
    "the roads department said.",
    "site_name": "Valley Ledger",
    "datePublished": "2026-03-02",
    "link": "https://ledger.example/bridge",
    "authors": ["Tobias Wren", "Lena Ash"],
}
TREES = {
    "title": "Volunteers plant trees along canal",
    "content": "<p>Volunteers planted four hundred trees along the canal on Saturday.</p>"
    "<p>The council supplied the saplings.</p>",
    "source": {"name": "Canal Gazette"},
    "date": "Mar. 7, 2026",
    "url": "https://gazette.example/trees",
    "byline": "Pia Holm",
}


def assert_clean(article: Article) -> None:
    """Every Article has a non-empty body without surrounding whitespace, and a stable id."""
    assert article.text
    assert article.text == article.text.strip()
    assert article.article_id == make_article_id(article.text, article.title)


def articles_of(records: list[Article | Skipped]) -> list[Article]:
    return [record for record in records if isinstance(record, Article)]


@pytest.mark.parametrize(
    "text, title, outlet, day",
    [
        (
            "Tram works begin on riverside\nMar. 2, 2026\nSource: Valley Ledger\n\n"
            "Work on the riverside tram line began on Monday, two weeks ahead of schedule.\n",
            "Tram works begin on riverside",
            "Valley Ledger",
            "2026-03-02",
        ),
        (
            "Work on the riverside tram line began on Monday, two weeks ahead of schedule, the "
            "transport department said in a statement published after a long council meeting.",
            None,
            None,
            None,
        ),
    ],
)
def test_readers_read_text_fills_article_from_layout(
    text: str, title: str | None, outlet: str | None, day: str | None
) -> None:
    article = read_text(text, "tram.txt")
    assert_clean(article)
    assert article.source == "tram.txt"
    assert article.text.startswith("Work on the riverside tram line began on Monday")
    assert (article.title, article.outlet) == (title, outlet)
    assert (article.published.value if article.published else None) == day


@pytest.mark.parametrize("text", ["Tram works begin\n\nSoon.", "   \n\n  "])
def test_readers_read_text_refuses_text_without_article(text: str) -> None:
    with pytest.raises(ExtractionError, match="no article text"):
        read_text(text, "short.txt")


@pytest.mark.parametrize("html", [FERRY_HTML])
def test_readers_read_html_takes_text_and_metadata(html: str) -> None:
    article = read_html(html, "ferry.html")
    assert_clean(article)
    assert article.source == "ferry.html"
    assert article.title == "Ferry service resumes after storm"
    assert article.outlet == "Coastline Courier"
    assert article.author == "Ines Marlow"
    assert article.url == "https://courier.example/ferry-resumes"
    assert article.published is not None
    assert article.published.value == "2026-02-24"
    assert article.text.startswith("The ferry between Alder Point and the island of Kessa")
    assert "backlog to clear by Thursday" in article.text
    assert len(article.text.split("\n")) == 3
    for chrome in ("Home", "Sport", "All rights reserved"):
        assert chrome not in article.text


@pytest.mark.parametrize("html", [EMPTY_HTML, "<html><body></body></html>"])
def test_readers_read_html_without_article_text_raises(html: str) -> None:
    with pytest.raises(ExtractionError):
        read_html(html, "empty.html")


@pytest.mark.parametrize("feed", [RSS])
def test_readers_read_feed_yields_one_article_per_rss_item(feed: str) -> None:
    records = list(read_feed(feed, "latest.rss"))
    assert len(records) == 2
    first, second = records
    assert isinstance(first, Article)
    assert isinstance(second, Article)
    for article in (first, second):
        assert_clean(article)
        assert article.outlet == "Harbourline News"
    assert (first.source, second.source) == ("latest.rss#1", "latest.rss#2")
    assert first.title == "Grain exports slow as port strike enters second day"
    assert first.text == (
        "Grain exports from the port of Sarin slowed sharply on Tuesday as a strike by "
        "dockworkers entered its second day."
    )
    assert first.url == "https://harbourline.example/strike-day-two"
    assert first.author == "Mira Castellane"
    assert first.published is not None
    assert (first.published.value, first.published.time) == ("2026-02-24", "09:15")
    assert second.text == (
        "The city council voted on Wednesday to build a tram line along the river, ending a "
        "decade of debate.\nConstruction is due to start next spring."
    )
    assert second.author is None
    assert second.published is not None
    assert second.published.value == "2026-02-25"


@pytest.mark.parametrize(
    "author, expected",
    [
        ("desk@harbourline.example (Mira Castellane)", "Mira Castellane"),
        ("mira@harbourline.example(Mira Castellane)", "Mira Castellane"),
        ("Mira Castellane", "Mira Castellane"),
        ("Mira Castellane (Harbourline News)", "Mira Castellane (Harbourline News)"),
    ],
)
def test_readers_read_feed_takes_name_from_rss_author(author: str, expected: str) -> None:
    feed = (
        '<rss version="2.0"><channel><title>Harbourline News</title><item>'
        f"<title>Strike ends</title><author>{author}</author>"
        "<description>The dockworkers' strike at the port of Sarin ended on Friday.</description>"
        "</item></channel></rss>"
    )
    (article,) = list(read_feed(feed, "latest.rss"))
    assert isinstance(article, Article)
    assert article.author == expected


@pytest.mark.parametrize("feed", [ATOM])
def test_readers_read_feed_reads_atom_and_skips_empty_entries(feed: str) -> None:
    records = list(read_feed(feed, "top.atom"))
    assert len(records) == 2
    article, skipped = records
    assert isinstance(article, Article)
    assert_clean(article)
    assert article.source == "top.atom#1"
    assert article.outlet == "Valley Ledger"
    assert article.title == "Reservoir levels reach five-year high"
    assert article.author == "Tobias Wren"
    assert article.url == "https://ledger.example/reservoir"
    assert article.published is not None
    assert article.published.value == "2026-03-03"
    assert article.text.startswith("Reservoir levels across the valley")
    assert skipped == Skipped("top.atom#2", "top.atom#2: feed entry has no content or summary")


@pytest.mark.parametrize(
    "data",
    [
        '<rss version="2.0"><channel><title>Quiet Times</title></channel></rss>',
        "this is not a feed at all",
    ],
)
def test_readers_read_feed_without_entries_raises(data: str) -> None:
    with pytest.raises(ExtractionError, match="not a readable RSS/Atom feed"):
        list(read_feed(data, "quiet.rss"))


@pytest.mark.parametrize(
    "title, outlet",
    [
        ("Harbourline News - Latest", "Harbourline News"),
        ("Valley Ledger | Top Stories", "Valley Ledger"),
        ("Coastline Courier — World", "Coastline Courier"),
        ("Coastline Courier", "Coastline Courier"),
        ("  Canal Gazette  ", "Canal Gazette"),
        ("Twenty-Four Hours", "Twenty-Four Hours"),
        ("", None),
        (None, None),
    ],
)
def test_readers_feed_outlet_drops_title_tail(title: str | None, outlet: str | None) -> None:
    assert feed_outlet(title) == outlet


@pytest.mark.parametrize(
    "data, sources",
    [
        (json.dumps(BRIDGE), ["bridge.json:1"]),  # one line is JSON Lines
        (json.dumps(BRIDGE, indent=2), ["bridge.json"]),
        ("\n" + json.dumps(BRIDGE, indent=2) + "\n", ["bridge.json"]),
        (json.dumps([BRIDGE, TREES]), ["bridge.json#1", "bridge.json#2"]),
        (
            json.dumps(BRIDGE) + "\n\n" + json.dumps(TREES) + "\n",
            ["bridge.json:1", "bridge.json:3"],
        ),
    ],
    ids=["object", "pretty-object", "pretty-object-after-blank-line", "list", "jsonl"],
)
def test_readers_read_json_reads_object_list_and_lines(data: str, sources: list[str]) -> None:
    records = list(read_json(data, "bridge.json"))
    assert [record.source for record in records] == sources
    articles = articles_of(records)
    assert len(articles) == len(sources)
    for article in articles:
        assert_clean(article)
    bridge = articles[0]
    assert bridge.title == "Bridge reopens after repairs"
    assert bridge.text == BRIDGE["body"]
    assert bridge.outlet == "Valley Ledger"
    assert bridge.url == "https://ledger.example/bridge"
    assert bridge.author == "Tobias Wren, Lena Ash"
    assert bridge.published is not None
    assert bridge.published.value == "2026-03-02"


@pytest.mark.parametrize("record", [TREES])
def test_readers_read_json_strips_markup_and_reads_nested_source(record: dict[str, str]) -> None:
    (article,) = list(read_json(json.dumps(record), "trees.json"))
    assert isinstance(article, Article)
    assert_clean(article)
    assert article.text == (
        "Volunteers planted four hundred trees along the canal on Saturday.\n"
        "The council supplied the saplings."
    )
    assert article.outlet == "Canal Gazette"
    assert article.author == "Pia Holm"
    assert article.published is not None
    assert article.published.value == "2026-03-07"


@pytest.mark.parametrize(
    "field, key",
    [(field, key) for field, keys in JSON_FIELDS.items() for key in keys if field != "text"],
)
def test_readers_read_json_maps_every_documented_field(field: str, key: str) -> None:
    value = "2026-03-02" if field == "published" else "Valley Ledger value"
    record = {"text": BRIDGE["body"], key: value}
    (article,) = list(read_json(json.dumps(record), "one.json"))
    assert isinstance(article, Article)
    got = getattr(article, field)
    assert (got.value if field == "published" else got) == value


@pytest.mark.parametrize("key", JSON_FIELDS["text"])
def test_readers_read_json_reads_every_text_field(key: str) -> None:
    (article,) = list(read_json(json.dumps({key: BRIDGE["body"]}), "one.json"))
    assert isinstance(article, Article)
    assert article.text == BRIDGE["body"]


@pytest.mark.parametrize(
    "record, reason",
    [
        ({"title": "Headline only", "url": "https://ledger.example/x"}, "no text field"),
        ({"title": "Blank", "text": ""}, "no text field"),
        ({"text": "Too short."}, "no article text"),
        (["not", "an", "object"], "expected a JSON object"),
    ],
)
def test_readers_read_json_skips_records_without_text(record: object, reason: str) -> None:
    data = json.dumps([BRIDGE, record, TREES])
    records = list(read_json(data, "batch.json"))
    assert [type(r) for r in records] == [Article, Skipped, Article]
    skipped = records[1]
    assert isinstance(skipped, Skipped)
    assert skipped.source == "batch.json#2"
    assert reason in skipped.reason
    assert "\n" not in skipped.reason


@pytest.mark.parametrize("bad_line", ['{"title": "cut off', "not json", "{broken"])
def test_readers_read_json_bad_line_never_stops_the_others(bad_line: str) -> None:
    data = "\n".join([json.dumps(BRIDGE), bad_line, json.dumps(TREES)])
    records = list(read_json(data, "batch.jsonl"))
    assert [r.source for r in records] == ["batch.jsonl:1", "batch.jsonl:2", "batch.jsonl:3"]
    assert [type(r) for r in records] == [Article, Skipped, Article]
    assert isinstance(records[1], Skipped)
    assert records[1].reason.startswith("invalid JSON")


@pytest.mark.parametrize("data", ["[" + json.dumps(BRIDGE) + ",", "[broken"])
def test_readers_read_json_invalid_array_raises(data: str) -> None:
    with pytest.raises(ExtractionError, match="invalid JSON"):
        list(read_json(data, "broken.json"))
