"""Story-level entities: surface forms of one name, lone surnames, countries, seats of
government, capitals, titles, acronyms, and ids that hold across stories."""

from __future__ import annotations

import pytest

from triangulate.crossdoc.entities import learn_names, name_key, resolve_entities
from triangulate.models import Mention


def _mentions(*pairs: tuple[str, str], article_id: str = "a1") -> list[Mention]:
    mentions, offset = [], 0
    for text, label in pairs:
        mentions.append(Mention(article_id, offset, offset + len(text), text, label, "entities.v1"))
        offset += len(text) + 1
    return mentions


@pytest.mark.parametrize(
    "text, key",
    [
        ("the Daily Ledger", "daily ledger"),
        ("Daily Ledger's", "daily ledger"),
        ("Daily  Ledger’s", "daily ledger"),
        ("The", "the"),
        ("Marta Vanek", "marta vanek"),
    ],
)
def test_entities_name_key(text: str, key: str) -> None:
    assert name_key(text) == key


@pytest.mark.parametrize(
    "pairs",
    [
        [("the Daily Ledger", "ORG"), ("Daily Ledger's", "ORG")],
        [("Daily Ledger", "ORG"), ("the Daily Ledger", "ORG"), ("Daily Ledger’s", "ORG")],
    ],
)
def test_entities_forms_of_one_name_are_one_entity(pairs: list[tuple[str, str]]) -> None:
    (entity,) = resolve_entities(_mentions(*pairs))
    assert entity.type == "ORG"
    assert name_key(entity.name) == "daily ledger"
    assert not entity.name.endswith(("'s", "’s"))
    assert {name_key(alias) for alias in entity.aliases} <= {"daily ledger"}
    assert len(entity.mentions) == len(pairs)


@pytest.mark.parametrize(
    "pairs, expected",
    [
        (
            [("Marta Vanek", "PERSON"), ("Vanek", "PERSON"), ("Vanek's", "PERSON")],
            [("Marta Vanek", ("Vanek",), 3)],
        ),
        # two people share the surname: the lone surname stays apart
        (
            [("Marta Vanek", "PERSON"), ("Tomas Vanek", "PERSON"), ("Vanek", "PERSON")],
            [("Marta Vanek", (), 1), ("Tomas Vanek", (), 1), ("Vanek", (), 1)],
        ),
        # a surname never joins an entity of another type
        (
            [("Vanek", "PERSON"), ("Vanek Holdings", "ORG")],
            [("Vanek", (), 1), ("Vanek Holdings", (), 1)],
        ),
        # the same words under two labels are two entities
        (
            [("Ostra", "GPE"), ("Ostra", "LOC"), ("Ostra", "GPE")],
            [("Ostra", (), 2), ("Ostra", (), 1)],
        ),
    ],
    ids=["unique-surname", "ambiguous-surname", "other-type", "two-labels"],
)
def test_entities_lone_surname_joins_the_unique_full_name(
    pairs: list[tuple[str, str]], expected: list[tuple[str, tuple[str, ...], int]]
) -> None:
    entities = resolve_entities(_mentions(*pairs))
    assert [(e.name, e.aliases, len(e.mentions)) for e in entities] == expected


@pytest.mark.parametrize("articles", [("a1",), ("a1", "a2")])
def test_entities_ids_are_stable_and_distinct(articles: tuple[str, ...]) -> None:
    mentions = [
        m
        for article_id in articles
        for m in _mentions(("Marta Vanek", "PERSON"), ("Ostra", "GPE"), article_id=article_id)
    ]
    first = resolve_entities(mentions)
    again = resolve_entities(reversed(mentions))
    assert {e.entity_id for e in first} == {e.entity_id for e in again}
    assert len({e.entity_id for e in first}) == 2
    assert all(e.entity_id.startswith("e") for e in first)


@pytest.mark.parametrize("mentions", [[]])
def test_entities_of_no_mentions_is_empty(mentions: list[Mention]) -> None:
    assert resolve_entities(mentions) == []


# entities.v2: countries, seats of government, capitals, titles, acronyms, across stories


def _spans(
    text: str, *pairs: tuple[str, str], article_id: str = "a1"
) -> tuple[list[Mention], dict[str, str]]:
    """Mentions of each (words, label) at their next occurrence in ``text``, in order."""
    mentions, at = [], 0
    for words, label in pairs:
        start = text.index(words, at)
        mentions.append(Mention(article_id, start, start + len(words), words, label, "entities.v1"))
        at = start + len(words)
    return mentions, {article_id: text}


@pytest.mark.issue(5)
@pytest.mark.parametrize(
    "text, pairs, name, country",
    [
        (
            "Iranian officials said Iran would answer. Iran’s missiles are many.",
            [("Iranian", "NORP"), ("Iran", "GPE"), ("Iran’s", "GPE")],
            "Iran",
            "IRN",
        ),
        (
            "Iranians voted. Iran counted.",
            [("Iranians", "NORP"), ("Iran", "GPE")],
            "Iran",
            "IRN",
        ),
        (
            "U.S. and US and United States and the United States and America and American",
            [
                ("U.S.", "GPE"),
                ("US", "GPE"),
                ("United States", "GPE"),
                ("the United States", "GPE"),
                ("America", "GPE"),
                ("American", "NORP"),
            ],
            "United States",
            "USA",
        ),
        ("Britain and the UK", [("Britain", "GPE"), ("the UK", "GPE")], "United Kingdom", "GBR"),
        # NER calling a country an ORG does not make it another entity
        ("Israel said Israel", [("Israel", "ORG"), ("Israel", "GPE")], "Israel", "ISR"),
    ],
    ids=["demonym", "people", "us-variants", "uk", "mislabelled"],
)
def test_entities_country_names_and_demonyms_are_one_country(
    text: str, pairs: list[tuple[str, str]], name: str, country: str
) -> None:
    mentions, texts = _spans(text, *pairs)
    (entity,) = resolve_entities(mentions, texts)
    assert (entity.name, entity.type, entity.country, entity.sector) == (name, "GPE", country, None)
    assert len(entity.mentions) == len(pairs)


@pytest.mark.issue(5)
@pytest.mark.parametrize(
    "text, pairs, name, country, sector",
    [
        (
            "the White House said. White House aides.",
            [("the White House", "ORG"), ("White House", "FAC")],
            "White House",
            "USA",
            "GOV",
        ),
        ("the Kremlin denied it", [("the Kremlin", "ORG")], "Kremlin", "RUS", "GOV"),
        ("the Elysee said", [("the Elysee", "ORG")], "Élysée", "FRA", "GOV"),
        ("Downing Street said", [("Downing Street", "FAC")], "Downing Street", "GBR", "GOV"),
        ("Hezbollah fired", [("Hezbollah", "ORG")], "Hezbollah", "LBN", "REB"),
        ("the IDF said", [("the IDF", "ORG")], "Israel Defense Forces", "ISR", "MIL"),
        # a small model's PERSON label does not hide a known organisation
        ("Hamas said", [("Hamas", "PERSON")], "Hamas", "PSE", "REB"),
    ],
)
def test_entities_seats_and_organisations_of_the_data(
    text: str, pairs: list[tuple[str, str]], name: str, country: str, sector: str
) -> None:
    mentions, texts = _spans(text, *pairs)
    (entity,) = resolve_entities(mentions, texts)
    assert (entity.name, entity.type, entity.country, entity.sector) == (
        name,
        "ORG",
        country,
        sector,
    )


@pytest.mark.issue(5)
def test_entities_seat_of_government_stays_apart_from_its_country() -> None:
    mentions, texts = _spans(
        "The United States and the White House",
        ("The United States", "GPE"),
        ("the White House", "ORG"),
    )
    entities = resolve_entities(mentions, texts)
    assert {(e.name, e.sector) for e in entities} == {
        ("United States", None),
        ("White House", "GOV"),
    }


@pytest.mark.issue(5)
@pytest.mark.parametrize(
    "text, label, type_, sector",
    [
        ("He warned that Tehran was seeking to rebuild.", "GPE", "ORG", "GOV"),
        ("a new agreement with Tehran.", "GPE", "ORG", "GOV"),
        ("Tehran warned of a harsh response.", "GPE", "ORG", "GOV"),
        ("Moscow will respond.", "GPE", "ORG", "GOV"),
        ("Tehran said nothing.", "ORG", "ORG", "GOV"),  # NER's ORG: an actor
        ("renewed strikes on Tehran.", "GPE", "GPE", None),
        ("Protesters gathered in Tehran on Monday.", "GPE", "GPE", None),
        ("Tehran was hit by drones.", "GPE", "GPE", None),
        ("Tehran’s streets were empty.", "GPE", "GPE", None),
    ],
)
def test_entities_capital_is_a_government_only_when_it_acts(
    text: str, label: str, type_: str, sector: str | None
) -> None:
    capital = next(w for w in ("Tehran", "Moscow") if w in text)
    mentions, texts = _spans(text, (capital, label))
    (entity,) = resolve_entities(mentions, texts)
    assert (entity.name, entity.type, entity.sector) == (capital, type_, sector)
    assert entity.country == {"Tehran": "IRN", "Moscow": "RUS"}[capital]


@pytest.mark.issue(5)
def test_entities_capital_as_place_and_as_actor_are_two_entities() -> None:
    mentions, texts = _spans(
        "Tehran warned. Strikes on Tehran followed.", ("Tehran", "GPE"), ("Tehran", "GPE")
    )
    entities = resolve_entities(mentions, texts)
    assert sorted((e.type, e.sector) for e in entities) == [("GPE", None), ("ORG", "GOV")]
    assert len({e.entity_id for e in entities}) == 2


@pytest.mark.issue(5)
@pytest.mark.parametrize(
    "pairs, name",
    [
        (
            [
                ("President Donald Trump", "PERSON"),
                ("Donald Trump", "PERSON"),
                ("Mr. Trump", "PERSON"),
            ],
            "Donald Trump",
        ),
        (
            [
                ("Prime Minister Benjamin Netanyahu", "PERSON"),
                ("Netanyahu", "PERSON"),
                ("Israeli Prime Minister Benjamin Netanyahu", "PERSON"),
            ],
            "Benjamin Netanyahu",
        ),
        # a style is kept when it would leave one word: "King Charles" is not "Charles"
        ([("King Charles", "PERSON"), ("King Charles", "PERSON")], "King Charles"),
    ],
)
def test_entities_titles_are_not_part_of_a_name(pairs: list[tuple[str, str]], name: str) -> None:
    text = " said, and ".join(words for words, _ in pairs)
    mentions, texts = _spans(text, *pairs)
    (entity,) = resolve_entities(mentions, texts)
    assert (entity.name, entity.type, len(entity.mentions)) == (name, "PERSON", len(pairs))
    assert {w for w, _ in pairs} - {name} <= set(entity.aliases)


@pytest.mark.issue(5)
@pytest.mark.parametrize(
    "text, person, country, sector",
    [
        ("Israeli Prime Minister Benjamin Netanyahu met", "Benjamin Netanyahu", "ISR", "GOV"),
        ("while Iranian Foreign Minister Abbas Araghchi urged", "Abbas Araghchi", "IRN", "GOV"),
        ("talks with U.S. President Donald Trump on", "Donald Trump", "USA", "GOV"),
        ("Iran’s Foreign Minister Abbas Araghchi said", "Abbas Araghchi", "IRN", "GOV"),
        (
            "the Israeli prime minister, Benjamin Netanyahu, said",
            "Benjamin Netanyahu",
            "ISR",
            "GOV",
        ),
        ("Benjamin Netanyahu, Israel’s prime minister, said", "Benjamin Netanyahu", "ISR", "GOV"),
        ("Pentagon spokesman Sean Parnell said", "Sean Parnell", "USA", "MIL"),
        ("Hezbollah leader Naim Qassem said", "Naim Qassem", "LBN", "REB"),
        ("British police chief Ann Ray said", "Ann Ray", "GBR", "COP"),
        # a fictional country teaches no country, only the title's sector
        ("Valdorian Trade Minister Irena Kosta said", "Irena Kosta", None, "GOV"),
        ("Opposition leader Mirela Stanek called", "Mirela Stanek", None, "OPP"),
        # no title: nothing learnt, not even from a country nearby
        ("In Israel, Benjamin Netanyahu said", "Benjamin Netanyahu", None, None),
        ("Iranian Masoud Pezeshkian said", "Masoud Pezeshkian", None, None),
    ],
)
def test_entities_learn_country_and_sector_from_titles(
    text: str, person: str, country: str | None, sector: str | None
) -> None:
    mentions, texts = _spans(text, (person, "PERSON"))
    (entity,) = resolve_entities(mentions, texts)
    assert (entity.name, entity.country, entity.sector) == (person, country, sector)


@pytest.mark.issue(5)
@pytest.mark.parametrize(
    "text, pairs, name, sector",
    [
        # in the data
        (
            "the International Atomic Energy Agency and the IAEA",
            [("the International Atomic Energy Agency", "ORG"), ("IAEA", "ORG")],
            "International Atomic Energy Agency",
            "IGO",
        ),
        # not in the data: the initials of the capitalised words
        (
            "the Ostra Valley Water Authority said. OVWA engineers",
            [("the Ostra Valley Water Authority", "ORG"), ("OVWA", "ORG")],
            "the Ostra Valley Water Authority",
            None,
        ),
        (
            "the Organisation of Harbour Pilots said. OHP members",
            [("the Organisation of Harbour Pilots", "ORG"), ("OHP", "ORG")],
            "the Organisation of Harbour Pilots",
            None,
        ),
        # defined in brackets, whatever its initials
        (
            "the Meridian Press Agency (MEPA) said. MEPA reported",
            [("the Meridian Press Agency", "ORG"), ("MEPA", "ORG")],
            "the Meridian Press Agency",
            None,
        ),
    ],
    ids=["data", "initials", "initials-of-capitalised", "defined"],
)
def test_entities_acronym_joins_its_full_name(
    text: str, pairs: list[tuple[str, str]], name: str, sector: str | None
) -> None:
    mentions, texts = _spans(text, *pairs)
    (entity,) = resolve_entities(mentions, texts)
    assert (entity.name, entity.sector, len(entity.mentions)) == (name, sector, 2)


@pytest.mark.issue(5)
def test_entities_acronym_of_two_names_stays_apart() -> None:
    mentions, texts = _spans(
        "Port Sarin Authority, Port Safety Agency, PSA",
        ("Port Sarin Authority", "ORG"),
        ("Port Safety Agency", "ORG"),
        ("PSA", "ORG"),
    )
    assert len(resolve_entities(mentions, texts)) == 3


@pytest.mark.issue(5)
@pytest.mark.parametrize(
    "pairs, expected",
    [
        # NER labels the surname PERSON once and ORG elsewhere: one person
        (
            [("Donald Trump", "PERSON"), ("Trump", "PERSON"), ("Trump", "ORG"), ("Trump", "ORG")],
            [("Donald Trump", "PERSON", 4)],
        ),
        # never labelled PERSON: the ORG is left alone
        (
            [("Nela Varga", "PERSON"), ("Varga", "ORG")],
            [("Nela Varga", "PERSON", 1), ("Varga", "ORG", 1)],
        ),
    ],
)
def test_entities_surname_mislabelled_org_joins_the_person(
    pairs: list[tuple[str, str]], expected: list[tuple[str, str, int]]
) -> None:
    entities = resolve_entities(_mentions(*pairs))
    assert [(e.name, e.type, len(e.mentions)) for e in entities] == expected


@pytest.mark.issue(5)
@pytest.mark.parametrize(
    "pairs",
    [
        [("Valdoria", "GPE"), ("Valdorian", "NORP"), ("Carvenia", "ORG")],
        [("Port Sarin", "GPE"), ("Ostra", "LOC"), ("Velmar", "GPE")],
    ],
)
def test_entities_fictional_places_get_no_country(pairs: list[tuple[str, str]]) -> None:
    entities = resolve_entities(_mentions(*pairs))
    assert sorted(e.name for e in entities) == sorted(w for w, _ in pairs)
    assert all(e.country is None and e.sector is None for e in entities)


@pytest.mark.issue(5)
def test_entities_ids_and_names_are_the_same_across_stories() -> None:
    one, texts_one = _spans(
        "Israeli Prime Minister Benjamin Netanyahu met U.S. President Donald Trump on Iran. "
        "The Ostra Valley Water Authority said.",
        ("Benjamin Netanyahu", "PERSON"),
        ("U.S.", "GPE"),
        ("Donald Trump", "PERSON"),
        ("Iran", "GPE"),
        ("The Ostra Valley Water Authority", "ORG"),
        article_id="s1",
    )
    two, texts_two = _spans(
        "Netanyahu and Trump discussed Iranian missiles in the United States. OVWA said.",
        ("Netanyahu", "PERSON"),
        ("Trump", "PERSON"),
        ("Iranian", "NORP"),
        ("the United States", "GPE"),
        ("OVWA", "ORG"),
        article_id="s2",
    )
    texts = texts_one | texts_two
    known = learn_names(one + two, texts)
    first = {e.name: e for e in resolve_entities(one, texts, known=known)}
    second = {e.name: e for e in resolve_entities(two, texts, known=known)}
    assert first.keys() == second.keys()
    for name, entity in first.items():
        assert second[name].entity_id == entity.entity_id, name
    # the second story learns the titles the first one gave
    assert (second["Benjamin Netanyahu"].country, second["Benjamin Netanyahu"].sector) == (
        "ISR",
        "GOV",
    )
    assert second["Donald Trump"].aliases == ("Trump",)
    # and a story alone names its lone surname by itself
    assert {e.name for e in resolve_entities(two, texts)} >= {"Netanyahu", "Trump"}


@pytest.mark.issue(5)
def test_entities_surname_of_two_people_in_the_run_stays_apart() -> None:
    mentions = _mentions(("Marta Vanek", "PERSON"), article_id="s1")
    mentions += _mentions(("Tomas Vanek", "PERSON"), article_id="s2")
    lone = _mentions(("Vanek", "PERSON"), article_id="s3")
    known = learn_names(mentions + lone)
    (entity,) = resolve_entities(lone, known=known)
    assert entity.name == "Vanek"


@pytest.mark.issue(5)
def test_entities_conflicting_titles_teach_nothing() -> None:
    mentions, texts = _spans(
        "Israeli Prime Minister Dana Korvel met Iranian Prime Minister Dana Korvel",
        ("Dana Korvel", "PERSON"),
        ("Dana Korvel", "PERSON"),
    )
    (entity,) = resolve_entities(mentions, texts)
    assert (entity.country, entity.sector) == (None, "GOV")


@pytest.mark.issue(5)
@pytest.mark.parametrize(
    "text, org, country, sector",
    [
        ("Iran’s Foreign Ministry said", "Foreign Ministry", "IRN", "GOV"),
        ("the Iranian Foreign Ministry said", "Foreign Ministry", "IRN", "GOV"),
        ("the Iranian Foreign Ministry said", "Iranian Foreign Ministry", "IRN", "GOV"),
        ("Iran Air cancelled flights", "Iran Air", "IRN", None),
        ("the Supreme Court ruled", "Supreme Court", None, "JUD"),
        # a country's name that is neither possessive nor a demonym is no modifier
        ("flights from Iran Supreme Court judges took", "Supreme Court", None, "JUD"),
        ("the Daily Ledger reported", "Daily Ledger", None, None),
    ],
)
def test_entities_organisation_learns_from_its_words_and_modifier(
    text: str, org: str, country: str | None, sector: str | None
) -> None:
    mentions, texts = _spans(text, (org, "ORG"))
    (entity,) = resolve_entities(mentions, texts)
    assert (entity.country, entity.sector) == (country, sector)
