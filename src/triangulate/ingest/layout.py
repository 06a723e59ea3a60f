"""Split the text of a news report into header metadata, body and trailing boilerplate.

Works on plain text (and on the text that HTML and feed extraction produce): a title line, a
date line in common news formats, desk/section labels, "Key: value" lines (Outlet, Source,
By, URL), a dateline at the start of the body ("TEHRAN (Reuters) -", "Washington, USA –"),
hard-wrapped lines, and trailing boilerplate ("Comments Here:", "Share this", "Read more").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from triangulate.ingest.dates import is_date_line, parse_date
from triangulate.models import PublishedDate

_DESK = re.compile(
    r"^(?:[A-Z][A-Z&/ -]{1,30}|(?i:news|world|politics|business|national|international|"
    r"breaking news|middle east|europe|africa|asia|americas|opinion|analysis|sports?|"
    r"local|region|economy|markets|technology|science|health)(?i: desk)?)$",
)
_FIELD = re.compile(
    r"^(outlet|source|publisher|site|by|author|byline|url|link|section|desk)\s*:\s*(.+)$", re.I
)
_BYLINE = re.compile(r"^[Bb][Yy]\s+([A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3})\s*$")
_BOILERPLATE = re.compile(
    r"^(?:comments?(?: here)?:?|share(?: this(?: article| story| post)?)?:?|read more\b.*|"
    r"related(?: articles?| stories)?:?.*|follow us\b.*|subscribe\b.*|sign up\b.*|"
    r"click here\b.*|advertisement|tags?:.*|copyright\b.*|©.*|all rights reserved\.?|"
    r"(?:leave|post) a comment\.?|print|email|tweet|facebook|twitter|whatsapp|"
    r"\(?reporting by\b.*|\(?editing by\b.*|\(?writing by\b.*)$",
    re.IGNORECASE,
)
_DATELINE = re.compile(
    r"""^(?P<dateline>
        (?P<place>[A-Z][\w'.]*(?:[ -][A-Z][\w'.]*){0,3}
                  (?:,\s*[A-Z][\w'.]*(?:\s[A-Z][\w'.]*){0,2}){0,2})
        (?:\s*,?\s*(?P<date>(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s*\d{4})?))?
        \s*(?:\((?P<agency>[^()\n]{2,40})\))?
        \s*[-–—]{1,2}\s+
    )(?=\S)""",
    re.VERBOSE,
)
_TERMINAL = (".", "!", "?", ":", '"', "”", "’", "'", ")", ";")
_FUNCTION_END = {
    "the",
    "a",
    "an",
    "of",
    "to",
    "and",
    "or",
    "but",
    "that",
    "with",
    "for",
    "in",
    "on",
    "at",
    "by",
    "from",
    "about",
    "as",
    "its",
    "his",
    "her",
    "their",
    "is",
    "was",
    "were",
    "would",
}


@dataclass(frozen=True, slots=True)
class Layout:
    """What :func:`split_layout` found in a text."""

    body: str
    title: str | None = None
    published: PublishedDate | None = None
    dateline: str | None = None
    agency: str | None = None
    section: str | None = None
    outlet: str | None = None
    author: str | None = None
    url: str | None = None
    boilerplate: tuple[str, ...] = ()


def split_layout(text: str, *, title: str | None = None, has_title: bool = True) -> Layout:
    """Split ``text`` into a :class:`Layout`.

    Args:
        text: the whole text of one report.
        title: a title already known from metadata; a first line equal to it is dropped.
        has_title: whether the first line may be a title (plain text) or not (extracted body).
    """
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    header: dict[str, str] = {}
    published: PublishedDate | None = None
    index = 0
    while index < len(lines) and len(header) + (published is not None) < 8:
        line = lines[index].strip()
        if not line:
            index += 1
            continue
        if published is None and is_date_line(line):
            published = parse_date(line)
            index += 1
            continue
        field = _FIELD.match(line)
        byline = _BYLINE.match(line)
        if field and len(line) < 200:
            header.setdefault(_field_name(field.group(1)), field.group(2).strip())
        elif byline:
            header.setdefault("author", byline.group(1))
        elif _DESK.match(line) and len(line.split()) <= 4 and "section" not in header:
            header["section"] = line
        elif title is not None and _same(line, title):
            pass
        elif (
            title is None
            and has_title
            and "title" not in header
            and _looks_like_title(line, lines[index + 1 :])
        ):
            header["title"] = line
        else:
            break
        index += 1
    body_lines, boilerplate = _strip_boilerplate(lines[index:])
    body = _unwrap(body_lines)
    dateline = agency = None
    match = _DATELINE.match(body)
    if match and len(match.group("place").split()) <= 6:
        dateline = match.group("dateline").strip(" -–—")
        agency = (match.group("agency") or "").strip() or None
        body = body[match.end() :]
    return Layout(
        body=body.strip(),
        title=header.get("title", title),
        published=published,
        dateline=dateline,
        agency=agency,
        section=header.get("section"),
        outlet=header.get("outlet"),
        author=header.get("author"),
        url=header.get("url"),
        boilerplate=boilerplate,
    )


def _field_name(key: str) -> str:
    key = key.lower()
    return {
        "source": "outlet",
        "publisher": "outlet",
        "site": "outlet",
        "by": "author",
        "byline": "author",
        "link": "url",
        "desk": "section",
    }.get(key, key)


def _same(line: str, title: str) -> bool:
    return " ".join(line.split()).casefold() == " ".join(title.split()).casefold()


def _looks_like_title(line: str, rest: list[str]) -> bool:
    """A title is a short first line that is not a sentence with a dateline."""
    words = line.split()
    if not 1 <= len(words) <= 25 or len(line) > 200 or not any(r.strip() for r in rest):
        return False
    if _DATELINE.match(line) and len(words) > 6:
        return False
    return not (line.endswith(".") and len(words) > 12)


def _strip_boilerplate(lines: list[str]) -> tuple[list[str], tuple[str, ...]]:
    end = len(lines)
    removed: list[str] = []
    while end > 0:
        line = lines[end - 1].strip()
        if not line:
            end -= 1
        elif _BOILERPLATE.match(line) and len(line) < 160:
            removed.append(line)
            end -= 1
        else:
            break
    return lines[:end], tuple(reversed(removed))


def _unwrap(lines: list[str]) -> str:
    """Join hard-wrapped lines back into paragraphs; keep headings and paragraph breaks."""
    paragraphs: list[str] = []
    current = ""
    for raw in lines:
        line = " ".join(raw.split())
        if not line:
            if current:
                paragraphs.append(current)
            current = ""
            continue
        if current and _continues(current, line):
            current = f"{current} {line}"
        else:
            if current:
                paragraphs.append(current)
            current = line
    if current:
        paragraphs.append(current)
    return "\n".join(paragraphs)


def _continues(previous: str, line: str) -> bool:
    """Whether ``line`` continues the sentence that ``previous`` leaves open."""
    if previous.endswith(_TERMINAL) and not previous.endswith(("”", "’", '"', "'")):
        return False
    if line[:1].islower() or line[:1].isdigit():
        return True
    last = previous.split()[-1].casefold()
    if previous.endswith((",", "”", "’", '"', "'")) or last in _FUNCTION_END:
        return not previous.endswith((".”", '."', "!”", "?”", '!"', '?"'))
    return len(previous.split()) > 8 and not previous.endswith(_TERMINAL)
