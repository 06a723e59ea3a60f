"""Independent origins of a story: where its articles' information comes from.

First version (``origins.citations.v1``): an article rests on the outlets and agencies it
cites (its dateline agency included); an article that cites none rests on its own outlet. A
near-duplicate copy rests on whatever its original rests on, so syndication never adds an
origin. Two articles that both say "according to Axios" therefore share one origin.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import PurePath

from triangulate.models import Article, Origin
from triangulate.nlp.lexicons.outlets import OUTLETS

METHOD = "origins.citations.v1"
_AGENCY_WORDS = frozenset({"agency", "agence", "wire", "newswire", "presse"})
_KIND = {name.casefold(): kind for name, kind in OUTLETS.items()}


def trace_origins(
    article_ids: Sequence[str],
    articles: Mapping[str, Article],
    cites: Mapping[str, Sequence[str]],
) -> list[Origin]:
    """Return the origins of the articles ``article_ids``, largest first.

    Args:
        article_ids: the story's articles.
        articles: the articles by id (originals of copies included when known).
        cites: the canonical names each article cites, in order of first mention.
    """
    backing: dict[str, list[str]] = {}
    for article_id in article_ids:
        for name in origin_names(article_id, articles, cites):
            members = backing.setdefault(name, [])
            if article_id not in members:
                members.append(article_id)
    origins = [
        Origin(name=name, kind=origin_kind(name), article_ids=tuple(ids))
        for name, ids in backing.items()
    ]
    return sorted(origins, key=lambda o: (-len(o.article_ids), o.name.casefold()))


def origin_names(
    article_id: str, articles: Mapping[str, Article], cites: Mapping[str, Sequence[str]]
) -> list[str]:
    """Return the origin names one article rests on (see the module docstring)."""
    chain = copy_chain(article_id, articles)
    article_id = chain[-1]
    article = next((articles[a] for a in reversed(chain) if a in articles), None)
    names = list(dict.fromkeys(cites.get(article_id, ())))
    if names:
        return names
    if article is None:
        return [article_id]
    return [article.outlet or _source_name(article.source)]


def copy_chain(article_id: str, articles: Mapping[str, Article]) -> list[str]:
    """``article_id``, the article it copies, the one that copies, ..., up to its original
    (the last; an original not among ``articles`` ends the chain, and so does a loop)."""
    chain = [article_id]
    article = articles.get(article_id)
    while article is not None and article.copy_of and article.copy_of not in chain:
        chain.append(article.copy_of)
        article = articles.get(article.copy_of)
    return chain


def independent_origins(origins: Iterable[frozenset[str]]) -> int:
    """Count the independent origins behind several sentences, given the (casefolded) origin
    names each rests on: two that share a name are not independent, so this is the number of
    groups left when those are joined (at least 1): sentences resting on {axios},
    {axios, reuters} and {afp} have two independent origins.
    """
    groups: list[set[str]] = []
    for names in origins:
        joined = [g for g in groups if g & names]
        merged = set(names).union(*joined)
        groups = [g for g in groups if not g & names] + [merged]
    return max(1, len(groups))


def origin_kind(name: str) -> str:
    """Return "agency" for a known wire service or a name that says so ("... Press Agency",
    "... News Service"), else "outlet"."""
    known = _KIND.get(name.casefold())
    if known is not None:
        return known
    words = set(name.casefold().split())
    return "agency" if words & _AGENCY_WORDS or "news service" in name.casefold() else "outlet"


def _source_name(source: str) -> str:
    return PurePath(source.split("#", 1)[0]).name or source
