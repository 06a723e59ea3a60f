"""PLOVER events: the event word, its type, and who did it to whom (``events.v2``)."""

from __future__ import annotations

import pytest

from triangulate.extract.events import EXTRACTOR, extract_events

pytestmark = [pytest.mark.issue(6), pytest.mark.slow]


def _event(parse, make_article, text: str) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    (event,) = extract_events(parse(text), make_article(text))
    assert event.extractor == EXTRACTOR
    return event.event, event.actor, event.recipient


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the lexicon's type, with the subject as actor and the object as recipient
        ("Valdorian troops shelled Lissenburg on Monday.", "ASSAULT"),
        # a promise of a cooperative act is AGREE, of a hostile one THREATEN
        ("Carvenia agreed to send engineers to Valdoria.", "AGREE"),
        ("The rebels vowed to attack the capital.", "THREATEN"),
        # an intention: AGREE when it helps, THREATEN when it harms
        ("Carvenia will give Valdoria a grant of ten million dollars.", "AGREE"),
        ("The government will impose a curfew in the port.", "THREATEN"),
        # a negated cooperative act is a refusal
        ("Valdoria did not accept the refugees.", "REJECT"),
        # a demand, a refusal, a warning frame the act
        ("The opposition demanded the release of the prisoners.", "REQUEST"),
        ("The minister refused to meet the strikers.", "REJECT"),
        ("Carvenia warned that it would cut off the electricity.", "THREATEN"),
        # what a third party must do is a demand on it
        ("The council declared that Valdoria must drop its tariffs.", "REQUEST"),
        # a demand that states the purpose of another act is not the event
        ("Thousands of farmers blocked roads demanding lower taxes.", "PROTEST"),
        ("The workers continued their hunger strike to demand higher pay.", "PROTEST"),
        # a verb that only reports is looked through
        ("The ministry said the army arrested twelve protesters.", "COERCE"),
    ],
)
def test_event_types(parse, make_article, text: str, expected: str) -> None:
    assert _event(parse, make_article, text)[0] == expected


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        # conjoined modifiers share their noun: two parties
        (
            "Valdorian and Carvenian officials met in Lissenburg on Tuesday.",
            ("Valdorian officials", "Carvenian officials"),
            ("Lissenburg",),
        ),
        # a pronoun in what someone reports is the reporter
        ("The rebels said they will release the hostages.", ("rebels",), ("hostages",)),
        # a count of people is the people
        ("Thousands of Kurds demonstrated against the government.", ("Kurds",), ("government",)),
        # the recipient of a framed act, named first: "offered its troops to Valdoria"
        ("Carvenia offered its troops to Valdoria.", ("Carvenia",), ("Valdoria",)),
        # the one asked to act
        ("The council demanded that Carvenia cancel the sale.", ("council",), ("Carvenia",)),
        # what is given is no recipient; a name keeps no adjective before it
        ("Carvenia promised to continue military aid to war-torn Valdoria.", ("Carvenia",),
         ("Valdoria",)),
        # a nominal event: the verb it hangs on gives the actor, its own object the recipient;
        # a name keeps the title before it
        ("Angry farmers staged rallies against Minister Teodor Vanek.", ("Angry farmers",),
         ("Minister Teodor Vanek",)),
        # a party inside the object, a preposition or two deep
        ("The protesters demanded the removal of President Oskar Faltin.", ("protesters",),
         ("President Oskar Faltin",)),
        # an object is preferred to its owner, whose name it keeps
        ("Valdoria refused to meet Carvenia's visiting minister Irena Kosta.", ("Valdoria",),
         ("Carvenia's visiting minister Irena Kosta",)),
        # a passive: the agent acts, the subject undergoes
        ("Three soldiers were killed by Carvenian rebels.", ("Carvenian rebels",), ("soldiers",)),
        # a place named inside the object: "troops to the force in Valdoria"
        ("Carvenia is ready to send troops to the peacekeeping force in Valdoria.",
         ("Carvenia",), ("Valdoria",)),
        # the place a common noun names: "the town of Kessel"
        ("The army imposed a curfew in the town of Kessel.", ("army",), ("Kessel",)),
        # an owner's name is a party of its own, not a name of what it owns
        ("Carvenia may halt mediation among Valdoria's feuding provinces.", ("Carvenia",),
         ("Valdoria",)),
        ("The refugees continued a hunger strike in protest of the Valdorian government's "
         "refusal.", ("refugees",), ("Valdorian government",)),
        # "to" parsed as a dative still leads to its object
        ("Carvenia is providing aerial photographs to Valdoria.", ("Carvenia",), ("Valdoria",)),
        # conjoined verbs share their parties
        ("Carvenia donated and delivered medicine to Valdoria.", ("Carvenia",), ("Valdoria",)),
        # the verb a purpose or manner clause hangs on gives parties too
        ("Police opened fire to disperse Valdorian demonstrators, killing one person.",
         ("Police",), ("Valdorian demonstrators",)),
        # a clause with a subject of its own tells of another party's act
        ("Minister Irena Kosta resigned as the opposition threatened to storm her residence "
         "in Lissenburg.", ("Minister Irena Kosta",), ()),
        # people named by a place or a leader after them keep it
        ("Rebels in Valdoria blocked the main road.", ("Rebels in Valdoria",), ()),
        ("The Carvenians of Valdoria demanded autonomy.", ("Carvenians of Valdoria",), ()),
    ],
)  # fmt: skip
def test_event_parties(parse, make_article, text: str, actor: tuple, recipient: tuple) -> None:
    _, found_actor, found_recipient = _event(parse, make_article, text)
    assert (found_actor, found_recipient) == (actor, recipient)


def test_no_event_in_a_sentence_without_one(parse, make_article) -> None:
    text = "The weather in Lissenburg was mild on Tuesday."
    assert extract_events(parse(text), make_article(text)) == []


def _coded(parse, make_article, text: str):
    (event,) = extract_events(parse(text), make_article(text))
    return event


@pytest.mark.parametrize(
    ("text", "event", "mode"),
    [
        # the event's own words first: a kidnapping among bombs is an abduction
        ("Rebels kidnapped six engineers and set off bombs in Lissenburg.", "ASSAULT", "abduct"),
        # the words before a noun: a hunger strike
        ("The prisoners began a hunger strike on Monday.", "PROTEST", "hunger"),
        ("Workers at the Kessel docks went on strike.", "PROTEST", "strike"),
        # the clause: how it was done, the most specific mode first
        ("Two soldiers were killed by a suicide car bomb near Kessel.", "ASSAULT",
         "suicide-attack"),
        ("Carvenian warplanes bombed the bridge.", "ASSAULT", "aerial"),
        ("Police arrested twelve protesters in the square.", "COERCE", "arrest"),
        ("The army imposed a curfew on the port.", "COERCE", "curfew"),
        ("The minister resigned on Friday.", "RETREAT", "resign"),
        # what a demand, a refusal or a threat is about
        ("The council demanded the release of the prisoners.", "REQUEST", "yield"),
        ("Valdoria refused to meet the Carvenian envoy.", "REJECT", "meet"),
        ("Carvenia threatened to expel the Valdorian diplomats.", "THREATEN", "expel"),
        # no cue, no mode
        ("Valdoria and Carvenia agreed to cooperate.", "AGREE", None),
    ],
)  # fmt: skip
def test_event_modes(parse, make_article, text: str, event: str, mode: str | None) -> None:
    coded = _coded(parse, make_article, text)
    assert (coded.event, coded.mode) == (event, mode)


@pytest.mark.parametrize(
    ("text", "contexts"),
    [
        ("Carvenian troops shelled the border town of Kessel.", ("military", "territory")),
        ("Police arrested the leaders of the smuggling gang.", ("crime", "trafficking")),
        # a verbal event between two states is diplomatic, whatever its words
        ("France accused Germany of breaking its promises.", ("diplomatic",)),
        # but not between a state and its own people
        ("The French government accused French farmers of lying.", ()),
    ],
)
def test_event_contexts(parse, make_article, text: str, contexts: tuple[str, ...]) -> None:
    assert _coded(parse, make_article, text).contexts == contexts


@pytest.mark.parametrize(
    ("text", "event", "recipient"),
    [
        # a sum of money is no party, but what hangs on it may be
        ("Carvenia will contribute a million kroner to Valdoria.", "AGREE", ("Valdoria",)),
        # meetings told as nouns; "hold" alone is no event
        ("The two ministers held talks in Lissenburg on Monday.", "CONSULT", ("Lissenburg",)),
    ],
)
def test_event_recipients_past_sums_and_nominal_meetings(
    parse, make_article, text: str, event: str, recipient: tuple[str, ...]
) -> None:
    coded = _coded(parse, make_article, text)
    assert (coded.event, coded.recipient) == (event, recipient)


def test_holding_something_is_no_event(parse, make_article) -> None:
    text = "The harbour master will hold the ferry in port."
    assert extract_events(parse(text), make_article(text)) == []


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # an intended act on a condition the other side must meet is a threat
        ("Carvenia will withdraw its observers unless Valdoria frees the engineers.", "THREATEN"),
        # a nominal event's verb tells the intention
        ("The governor said he will extend the curfew in the port.", "THREATEN"),
        # a light verb takes the type of the event its object names
        ("Carvenia imposed sanctions on Valdoria.", "SANCTION"),
        ("Valdoria and Carvenia renewed negotiations on the border.", "CONSULT"),
        # a protest lodged is a complaint
        ("Carvenia lodged an official protest with Valdoria.", "ACCUSE"),
        # nouns made from verbs
        ("The rebels completed their withdrawal from Kessel.", "RETREAT"),
        # a framing word before the act it frames at the same depth
        ("The union reiterated its demand that the mayor lift the ban.", "REQUEST"),
    ],
)
def test_event_types_of_light_verbs_conditions_and_nouns(
    parse, make_article, text: str, event: str
) -> None:
    assert _coded(parse, make_article, text).event == event


@pytest.mark.parametrize(
    "text",
    [
        # things do not act
        "The wall of water cut the main road to the valley.",
        "The wind eased after lunch.",
        # newsroom formulas
        "A spokesman for the ministry declined to comment.",
        "The official asked not to be named.",
        "The company did not respond to a request for comment.",
        # a word to the press is no consultation
        "He was not authorised to talk to the media.",
    ],
)
def test_no_event_for_things_and_newsroom_formulas(parse, make_article, text: str) -> None:
    assert extract_events(parse(text), make_article(text)) == []


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # a relative pronoun is the noun its clause describes
        ("The engineers, who warned the council about the dam, left the town.", ("engineers",)),
        ("Irena Kosta, whose party demanded new elections, spoke on Monday.", ("party",)),
        # people named by what they do can act
        ("Dock workers blocked the harbour road.", ("Dock workers",)),
    ],
)
def test_event_actors_of_relative_clauses_and_people(
    parse, make_article, text: str, actor: tuple[str, ...]
) -> None:
    assert _coded(parse, make_article, text).actor == actor


@pytest.mark.parametrize("text", ["Nobody complained once.", "No group attacked the convoy."])
def test_no_event_when_nobody_acts(parse, make_article, text: str) -> None:
    assert extract_events(parse(text), make_article(text)) == []


@pytest.mark.parametrize(
    ("text", "event", "actor"),
    [
        # a strike is an attack unless workers stop work
        ("Carvenia renewed its strikes on Valdoria.", "ASSAULT", ("Carvenia",)),
        ("The dockers began a general strike on Monday.", "PROTEST", ("dockers",)),
        ("Teachers went on strike in Kessel.", "PROTEST", ("Teachers",)),
        # backing a hostile act in the future is a threat, not help
        ("An official said the president might support a second round of strikes.", "THREATEN",
         ("president",)),
        # a nominal event that is the subject is done by its owner or the name before it
        ("Previous Carvenian strikes have focused on the port.", "ASSAULT", ("Carvenian",)),
        # a raised subject: "is expected to meet"
        ("The Valdorian council is expected to meet in Kessel on Friday.", "AGREE",
         ("Valdorian council",)),
    ],
)  # fmt: skip
def test_strikes_backing_and_raised_actors(
    parse, make_article, text: str, event: str, actor: tuple[str, ...]
) -> None:
    coded = _coded(parse, make_article, text)
    assert (coded.event, coded.actor) == (event, actor)


@pytest.mark.parametrize(
    "text",
    [
        # a warning of what another party does is no threat
        "The minister warned that Carvenia was rebuilding its missile sites.",
        # "according to" is a source, not an accord
        "This is according to a Valdorian official.",
    ],
)
def test_no_event_in_warnings_about_others_and_sources(parse, make_article, text: str) -> None:
    assert [e.event for e in extract_events(parse(text), make_article(text))] == []


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # who reports a passive act did not do it
        ("Three civilians were killed in Kessel, Valdorian police said.", ()),
        # "is committed to": the committed party acts
        ("The minister said Valdoria is committed to opening its markets.", ("Valdoria",)),
    ],
)
def test_event_actors_of_reported_passives(
    parse, make_article, text: str, actor: tuple[str, ...]
) -> None:
    assert _coded(parse, make_article, text).actor == actor
