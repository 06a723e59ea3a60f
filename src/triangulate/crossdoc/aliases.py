"""Outlet names that mean the same outlet: "MPA" and "Meridian Press Agency", "the Ledger" and
"the Daily Ledger".

A short name is an alias of a longer one when it is the longer name's acronym or its last
words ("Ledger" of "Daily Ledger"), and only one longer outlet fits. A leading "the" and case
are ignored when names are compared.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable


def outlet_aliases(names: Iterable[str]) -> dict[str, str]:
    """Map each name that is an alias of exactly one other (longer) outlet to that outlet's name.

    Names that differ only in case or a leading "the" ("The Daily Ledger", "Daily Ledger") are
    one outlet, named by its first form in the order below (the one with "the"), so they never
    make a shorter alias such as "Ledger" look ambiguous.
    """
    # Longest first, so every owner of a name is resolved before the name itself.
    distinct = sorted(set(names), key=lambda n: (-len(_bare(n).split()), -len(n.split()), n))
    first_form: dict[str, str] = {}
    candidates: dict[str, list[str]] = defaultdict(list)  # last word or initials -> full names
    for name in distinct:
        first_form.setdefault(_bare(name).casefold(), name)
        for key in _alias_keys(name):
            candidates[key].append(name)
    result: dict[str, str] = {}
    for name in distinct:
        first = first_form[_bare(name).casefold()]
        if first != name:
            result[name] = result.get(first, first)
            continue
        short = _bare(name)
        keys = {short.casefold().split()[-1], short} if short else set()
        owners = {
            result.get(other, other)
            for key in keys
            for other in candidates.get(key, ())
            if is_alias(name, other)
        }
        if len(owners) == 1:
            result[name] = owners.pop()
    return result


def same_outlet(one: str, other: str) -> bool:
    """True when two outlet names are equal (ignoring case and "the") or one is an alias."""
    one, other = _bare(one), _bare(other)
    return one.casefold() == other.casefold() or is_alias(one, other) or is_alias(other, one)


def is_alias(short: str, full: str) -> bool:
    """True when ``short`` is the acronym of ``full`` or the last words of it."""
    short, full = _bare(short), _bare(full)
    short_words = short.casefold().split()
    full_words = full.casefold().replace("-", " ").split()
    if not short_words or len(short_words) >= len(full_words):
        return False
    if len(short_words) == 1 and short.isupper() and len(short) >= 2:
        initials = "".join(w[0] for w in full.replace("-", " ").split() if w[0].isupper())
        if short == initials:
            return True
    return full_words[-len(short_words) :] == short_words


def _alias_keys(full: str) -> tuple[str, ...]:
    """Index keys under which :func:`is_alias` can find ``full``: its last word, its initials."""
    words = _bare(full).replace("-", " ").split()
    if not words:
        return ()
    initials = "".join(w[0] for w in words if w[0].isupper())
    return (words[-1].casefold(), initials) if initials else (words[-1].casefold(),)


def _bare(name: str) -> str:
    words = name.split()
    return " ".join(words[1:] if len(words) > 1 and words[0].casefold() == "the" else words)
