"""Attributions: content, cue, source, speaker and the relaying chain."""

from __future__ import annotations

import pytest

from triangulate.extract.attribution import extract_attributions, univocal
from triangulate.extract.citations import extract_citations

pytestmark = pytest.mark.slow


def _quotes(parse, make_article, text: str):
    doc = parse(text)
    article = make_article(text)
    return extract_attributions(doc, article, extract_citations(doc, article))


@pytest.mark.issue(2)
@pytest.mark.parametrize(
    ("text", "speaker", "content", "kind"),
    [
        (
            "Interior Minister Teodor Vanek said the inquiry would examine the maintenance record.",
            "Teodor Vanek",
            "the inquiry would examine the maintenance record",
            "indirect",
        ),
        (
            '"We have come here to solve problems," Trade Minister Irena Kosta told reporters.',
            "Irena Kosta",
            '"We have come here to solve problems,"',
            "direct",
        ),
    ],
)
def test_quotes_speaker_content_and_kind(parse, make_article, text, speaker, content, kind) -> None:
    found = _quotes(parse, make_article, text)
    assert len(found) == 1
    quote = found[0]
    assert quote.speaker == speaker
    assert quote.text == content
    assert quote.kind == kind
    assert text[quote.start : quote.end] == quote.text
    assert text[quote.cue_start : quote.cue_end] == quote.cue


@pytest.mark.parametrize(
    "text",
    ["Axios quoted a US official as saying that new strikes on the plant were discussed."],
)
def test_quotes_relay_chain_names_the_outlet(parse, make_article, text: str) -> None:
    found = _quotes(parse, make_article, text)
    assert any(q.via == ("Axios",) for q in found)


@pytest.mark.parametrize(
    "text",
    ["Maria Lopez arrived in Lissenburg on Monday. She said the talks would resume on Friday."],
)
def test_quotes_pronoun_speaker_is_the_last_person_named(parse, make_article, text: str) -> None:
    found = _quotes(parse, make_article, text)
    assert [q.speaker for q in found] == ["Maria Lopez"]
    assert found[0].speaker_text == "She"


@pytest.mark.issue(4)
@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        # source before the content
        (
            "Interior Minister Teodor Vanek said the inquiry would examine the record.",
            "said",
            "Interior Minister Teodor Vanek",
            "the inquiry would examine the record",
        ),
        # source after the quotation
        (
            '"We will rebuild," said Mayor Dana Korvel.',
            "said",
            "Mayor Dana Korvel",
            '"We will rebuild,"',
        ),
        # a quotation split around its source and cue
        (
            '"The water came fast," Korvel said, "and it did not stop."',
            "said",
            "Korvel",
            '"The water came fast," Korvel said, "and it did not stop."',
        ),
        # source and cue inserted into the content
        (
            "The inquiry, the minister said, would take a year.",
            "said",
            "the minister",
            "The inquiry, the minister said, would take a year",
        ),
        (
            "According to the ministry, 42 people were killed in the flood.",
            "According to",
            "the ministry",
            "42 people were killed in the flood",
        ),
        # passive cues: no source, or the agent
        (
            "The strike is expected to begin on Monday.",
            "is expected",
            None,
            "The strike is expected to begin on Monday",
        ),
        (
            "It was reported that the dam had cracked.",
            "was reported",
            None,
            "that the dam had cracked",
        ),
        # stances, intentions and prepositional cues
        (
            "The senator criticized the plan as reckless.",
            "criticized",
            "The senator",
            "the plan as reckless",
        ),
        (
            "The minister declined to comment on the report.",
            "declined",
            "The minister",
            "to comment on the report",
        ),
        (
            "Blackwell pointed to the senator's record.",
            "pointed to",
            "Blackwell",
            "the senator's record",
        ),
        # the cue takes in its auxiliaries
        ("Vanek has said the dam was safe.", "has said", "Vanek", "the dam was safe"),
        # a quotation that began sentences before the cue's sentence
        (
            '"The dam held for forty years. Nobody expected this," Vanek said.',
            "said",
            "Vanek",
            '"The dam held for forty years. Nobody expected this,"',
        ),
        # quoted sentences that follow the cue belong to it
        (
            '"We will rebuild," Korvel said. "It will take years. But we will."',
            "said",
            "Korvel",
            '"We will rebuild," Korvel said. "It will take years. But we will."',
        ),
        # ... over paragraphs, each opened and only the last one closed
        (
            '"We will rebuild," Korvel said.\n\n"It will take years.\n\n"But we will."',
            "said",
            "Korvel",
            '"We will rebuild," Korvel said.\n\n"It will take years.\n\n"But we will."',
        ),
        # a cue inside a quotation is the quoted speaker's word, not the writer's
        (
            '"We show anger, we show emotion," said Harvey.',
            "said",
            "Harvey",
            '"We show anger, we show emotion,"',
        ),
        # double apostrophes as quote marks
        (
            "''This isn't reform,'' Vanek said. ''It is a tax.''",
            "said",
            "Vanek",
            "''This isn't reform,'' Vanek said. ''It is a tax.''",
        ),
        # a cue that closes its sentence after a comma, however the parser attached it
        (
            "As the minister spoke, a girl outside the hall was hurt by a bystander, police said.",
            "said",
            "police",
            "As the minister spoke, a girl outside the hall was hurt by a bystander",
        ),
        # a passive cue with its agent: what was reported is the subject
        (
            "The resignation was first reported by the Daily Ledger.",
            "was first reported",
            "the Daily Ledger",
            "The resignation",
        ),
        # "for" opening the content clause
        (
            "A lawmaker is calling for the mayor to be removed from office.",
            "is calling for",
            "A lawmaker",
            "the mayor to be removed from office",
        ),
        # nominal cues: the possessor is the source
        (
            "After Vanek's claim that the dam had been inspected, the villagers went home.",
            "claim",
            "Vanek",
            "that the dam had been inspected",
        ),
        ("Her criticism of the plan was sharp.", "criticism of", "Her", "the plan"),
        # what seems so: the subject with its complement, and no source
        ("Cruz seemed lost.", "seemed", None, "Cruz seemed lost"),
        # verbs that attribute only the quotation around them
        ('"We are not done," he continued.', "continued", "he", '"We are not done,"'),
        # a stance's object with what qualifies it
        (
            "The poll showed Rubio in third at 11 percent.",
            "showed",
            "The poll",
            "Rubio in third at 11 percent",
        ),
        # the lemmatiser's "hop" for "hopes" is mended
        (
            "The minister hopes to finish the dam by May.",
            "hopes",
            "The minister",
            "to finish the dam by May",
        ),
        # a relative clause that describes the source is part of it ...
        (
            "Vanek, who built the dam in 1961, said it would hold.",
            "said",
            "Vanek, who built the dam in 1961",
            "it would hold",
        ),
        # ... but a participle set off after it is not
        (
            "An official, speaking on condition of anonymity, said the dam would hold.",
            "said",
            "An official",
            "the dam would hold",
        ),
        # a headline's name and colon attribute the rest of the line
        (
            "Mayor Dana Korvel: We will rebuild the bridge",
            ":",
            "Mayor Dana Korvel",
            "We will rebuild the bridge",
        ),
        # a nominal cue without a possessor takes the subject of the verb it is object of
        (
            "The senator made a promise to fix the road.",
            "promise",
            "The senator",
            "to fix the road",
        ),
        # more verbs of stance and prepositional cues
        ("He railed against the new tax.", "railed against", "He", "the new tax"),
        ("She spoke warmly of the old mayor.", "spoke warmly of", "She", "the old mayor"),
        # a comma-set relative clause after an indirect content is the writer's aside
        (
            "Vanek said the inquiry would examine the dam, which was built in 1961.",
            "said",
            "Vanek",
            "the inquiry would examine the dam",
        ),
        # a stance adjective after "be", with its preposition, clause or infinitive
        (
            "Farmers are worried about the new dam.",
            "are worried about",
            "Farmers",
            "the new dam",
        ),
        (
            "The mayor was confident that the bridge would hold.",
            "was confident",
            "The mayor",
            "that the bridge would hold",
        ),
        ("The union is eager to resume the talks.", "is eager", "The union", "to resume the talks"),
        # a light verb and its noun, "make" with "clear"
        ("The mayor took a shot at the council.", "took a shot at", "The mayor", "the council"),
        (
            "Korvel made it clear that the bridge would close.",
            "made it clear",
            "Korvel",
            "that the bridge would close",
        ),
        # a poll's "in" phrase
        (
            "In a new Ledger poll, the mayor leads by ten points.",
            "In",
            "a new Ledger poll",
            "the mayor leads by ten points",
        ),
        # an adverb of hearsay attributes its clause to an unnamed source
        (
            "The minister reportedly resigned on Monday.",
            "reportedly",
            None,
            "The minister reportedly resigned on Monday",
        ),
        # a noun that names a statement only with its holder
        ("Korvel's attacks on the council grew sharper.", "attacks on", "Korvel", "the council"),
        # of two subjects the parser gives the cue, the nearest is the source
        (
            '"My apologies, I\'m sorry," Vanek said after the debate.',
            "said",
            "Vanek",
            '"My apologies, I\'m sorry,"',
        ),
        # an "as X noted" aside attributes the clause it sits in
        ("The dam is sound, as the engineers noted.", "noted", "the engineers", "The dam is sound"),
        # a quotation that opens right after the cue's addressee
        (
            'Korvel shrugged off the question, telling the crowd, "We will rebuild the bridge."',
            "telling",
            "Korvel",
            '"We will rebuild the bridge."',
        ),
        # a "that" clause the parser hung deeper in the cue's phrase
        (
            "Korvel told reporters during a visit to the dam on Friday that the repairs were done.",
            "told",
            "Korvel",
            "that the repairs were done",
        ),
        # a document's participle is its author's statement
        (
            "Korvel released a statement saying the dam was safe.",
            "saying",
            "Korvel",
            "the dam was safe",
        ),
        # naming with a predicate the parser gave no object
        (
            "Speaking at a rally on Wednesday, "
            'Vanek called Korvel, his rival, an engineering "fraud."',
            "called",
            "Vanek",
            'Korvel, his rival, an engineering "fraud."',
        ),
        # statements made with "be"
        (
            "The question is whether the dam will hold.",
            "The question is",
            None,
            "whether the dam will hold",
        ),
        (
            "Korvel is a staunch opponent of the new dam.",
            "is a staunch opponent of",
            "Korvel",
            "the new dam",
        ),
        ("There are fears that the dam will fail.", "are fears", None, "that the dam will fail"),
        # the object of a verb of saying, thought or intention
        ("The mayor wants a new bridge.", "wants", "The mayor", "a new bridge"),
        (
            "The lawsuit alleges fraud by the council.",
            "alleges",
            "The lawsuit",
            "fraud by the council",
        ),
        # presenting an object as something
        ("Vanek cast the council as reckless.", "cast", "Vanek", "the council as reckless"),
        # a prepositional cue after the addressee
        (
            "Aides have talked with the council about the next steps.",
            "have talked",
            "Aides",
            "the next steps",
        ),
        # phrasal cues
        (
            "The mayor laid out her plan for the dam.",
            "laid out",
            "The mayor",
            "her plan for the dam",
        ),
        ("Vanek went after the council.", "went after", "Vanek", "the council"),
        # a count the parser made a modifier of the cue is its source
        (
            "About 4 in 10 say they want the dam rebuilt.",
            "say",
            "About 4 in 10",
            "they want the dam rebuilt",
        ),
        # a one-word answer
        ("Of the voters, 46 percent said yes.", "said", "46 percent", "yes"),
        # nouns naming a statement
        ("The mayor's call for calm went unheeded.", "call for", "The mayor", "calm"),
        # a dash and a name after a quotation
        (
            '"We will rebuild the bridge."\n― Dana Korvel',
            "―",
            "Dana Korvel",
            '"We will rebuild the bridge."',
        ),
        # a passive with "as" or "of" holds its subject and role
        (
            "The dam is widely seen as a symbol of the town.",
            "is widely seen as",
            None,
            "The dam is widely seen as a symbol of the town",
        ),
        # "as X put it", "known as", "would like to"
        (
            "As one engineer put it, the dam was a time bomb.",
            "put it",
            "one engineer",
            "the dam was a time bomb",
        ),
        ("The bill, known as the Dam Act, passed.", "known as", None, "the Dam Act"),
        (
            "The mayor would like to rebuild the bridge.",
            "would like",
            "The mayor",
            "to rebuild the bridge",
        ),
        # ... also without a verb when a named speaker opens the line
        (
            "Mayor Dana Korvel: No more money for the old bridge",
            ":",
            "Mayor Dana Korvel",
            "No more money for the old bridge",
        ),
        # a title-case headline's verb the tagger took for a name
        (
            "Text.\n\nMayor Dana Korvel Slams The Council Over The Bridge.\n\nMore text.",
            "Slams",
            "Mayor Dana Korvel",
            "The Council Over The Bridge",
        ),
        # a transcript's turn
        ("KORVEL: We will rebuild the bridge.", ":", "KORVEL", "We will rebuild the bridge."),
        # ... with a question or "that" clause the parser hung on "be"
        (
            "Korvel was unsure why the repairs had stopped.",
            "was unsure",
            "Korvel",
            "why the repairs had stopped",
        ),
        # ... with no source when "it" is the subject
        (
            "It is unclear whether the bridge will reopen.",
            "is unclear",
            None,
            "whether the bridge will reopen",
        ),
        # a bare cue between two quotations takes both
        (
            "''Can we win the county?'' Mr. Korvel asked. ''I don't know. "
            "But what we can do is make them spend money there.''",
            "asked",
            "Mr. Korvel",
            "''Can we win the county?'' Mr. Korvel asked. ''I don't know. "
            "But what we can do is make them spend money there.''",
        ),
        # a list is not cut as an apposition
        (
            "Korvel thanked his parents, his siblings, his wife and his children.",
            "thanked",
            "Korvel",
            "his parents, his siblings, his wife and his children",
        ),
        # a colon after the content spells it out
        (
            "Korvel reiterated the pledges he has made for months: rebuilding the dam, "
            "paying the farmers and reopening the bridge.",
            "reiterated",
            "Korvel",
            "the pledges he has made for months: rebuilding the dam, paying the farmers and "
            "reopening the bridge",
        ),
    ],
)
def test_attribution_constructions(parse, make_article, text, cue, source, content) -> None:
    found = univocal(_quotes(parse, make_article, text))
    assert [(q.cue, q.speaker_text, q.text) for q in found] == [(cue, source, content)]


@pytest.mark.issue(4)
def test_a_quotation_before_a_bare_cue_is_its_content(parse, make_article) -> None:
    text = '"We need help now!"\n\nThe mayor said on the radio.'
    found = _quotes(parse, make_article, text)
    assert [(q.cue, q.speaker_text, q.text) for q in found] == [
        ("said", "The mayor", '"We need help now!"')
    ]


@pytest.mark.issue(4)
@pytest.mark.parametrize(
    "text",
    [
        "I think the plan will fail.",  # the writer's own view
        "The storm claimed several boats.",
        "We called the municipality twice.",
        "Agenda: the budget, the bridge and the school.",  # a colon after no name
        "I am glad that the bridge held.",  # the writer's own feeling
        "The river is clear of ice.",  # not a stance
        "Note: the bridge was closed on Monday.",  # a label, not a speaker
        "Turnout rose in the polls.",  # "the polls", not one poll
        "The vote - a formality - passed.",  # a dash without a quotation
        "The attacks on the bridge stopped.",  # an attack with no one who made it
        "The city added ten trucks to its fleet.",  # an object that is not a statement
    ],
)
def test_not_attributions(parse, make_article, text: str) -> None:
    assert _quotes(parse, make_article, text) == []


@pytest.mark.issue(4)
def test_a_quotation_runs_to_its_closing_mark_within_the_paragraph(parse, make_article) -> None:
    text = 'Vanek said: "The dam held for forty years. Nobody expected this."\n\nRain fell.'
    found = univocal(_quotes(parse, make_article, text))
    assert [q.text for q in found] == ['"The dam held for forty years. Nobody expected this."']


@pytest.mark.issue(4)
def test_a_quotation_with_its_own_cue_is_not_taken_over(parse, make_article) -> None:
    text = '"We will rebuild," Korvel said. "It will take years," Vanek added.'
    found = _quotes(parse, make_article, text)
    assert [(q.speaker_text, q.text) for q in found] == [
        ("Korvel", '"We will rebuild,"'),
        ("Vanek", '"It will take years,"'),
    ]


@pytest.mark.issue(4)
def test_a_relative_pronoun_source_names_its_antecedent(parse, make_article) -> None:
    text = "Maria Lopez, who endorsed him in May, said he would win."
    found = {q.cue: q for q in _quotes(parse, make_article, text)}
    assert found["endorsed"].speaker_text == "who"
    assert found["endorsed"].speaker == "Maria Lopez"
    assert found["said"].speaker_text == "Maria Lopez"


@pytest.mark.issue(4)
def test_an_embedded_cue_does_not_take_the_sentence_around_it(parse, make_article) -> None:
    text = (
        "While the mayor has condemned the plan, "
        'the groups who wrote to her say they are "deeply concerned."'
    )
    found = univocal(_quotes(parse, make_article, text))
    assert [(q.cue, q.text) for q in found] == [
        ("has condemned", "the plan"),
        ("say", 'they are "deeply concerned."'),
    ]


@pytest.mark.issue(4)
def test_a_second_saying_inside_the_said_clause_is_its_own_statement(parse, make_article) -> None:
    text = (
        "The mayor said she hasn't accepted any new posts since announcing her candidacy "
        "and said the bigger question is whether the council is working."
    )
    found = univocal(_quotes(parse, make_article, text))
    assert [(q.speaker_text, q.text) for q in found] == [
        ("The mayor", "she hasn't accepted any new posts since announcing her candidacy"),
        ("The mayor", "the bigger question is whether the council is working"),
    ]


@pytest.mark.issue(4)
def test_a_relative_clause_with_its_own_cue_is_cut_from_the_source(parse, make_article) -> None:
    text = "Vanek, who recalled the flood, said the dam would hold."
    found = univocal(_quotes(parse, make_article, text))
    assert [(q.cue, q.speaker_text, q.text) for q in found] == [
        ("recalled", "who", "the flood"),
        ("said", "Vanek", "the dam would hold"),
    ]


@pytest.mark.issue(4)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an outlet relays an anonymous source: the chain is outermost first
        (
            "Axios reported that a Lissenburg official said the strikes could resume.",
            [
                ("Axios", "outlet", None, ()),
                (None, "anonymous", "Lissenburg", ("Axios",)),
            ],
        ),
        # "X quoted Y as saying"
        (
            "The Daily Ledger quoted Mayor Dana Korvel as saying that the bridge would close.",
            [("Dana Korvel", "person", None, ("Daily Ledger",))],
        ),
        # a description resolved to the person named before with that title
        (
            "Foreign Minister Teodor Vanek arrived on Monday. The minister said talks were over.",
            [("Teodor Vanek", "person", None, ())],
        ),
        # collective sources typed as states or institutions
        ("Lissenburg said it would respond.", [("Lissenburg", "state", None, ())]),
    ],
)
def test_sources_typed_and_chained(parse, make_article, text: str, expected) -> None:
    found = _quotes(parse, make_article, text)
    said = [q for q in found if q.cue != "quoted"]
    assert [(q.speaker, q.source_kind, q.source_affiliation, q.via) for q in said] == expected


@pytest.mark.issue(4)
def test_hedges_are_recorded(parse, make_article) -> None:
    text = "Officials said the strikes might resume. The minister reportedly resigned."
    found = _quotes(parse, make_article, text)
    assert [q.hedges for q in found] == [("might",), ("reportedly",)]


@pytest.mark.issue(4)
def test_a_quotation_the_parser_cut_runs_on_past_its_cue(parse, make_article) -> None:
    text = '"Are we where we need to be? Probably not," he said. "Will we get there? Yes."'
    found = _quotes(parse, make_article, text)
    said = [q for q in found if q.cue == "said"]
    assert [q.text for q in said] == [text]


@pytest.mark.issue(4)
def test_a_transcript_turn_runs_to_the_end_of_its_line(parse, make_article) -> None:
    text = (
        "The transcript follows.\n\nHOLT: Do you think the mayor has campaigned as a healer?"
        "\n\nKORVEL: I think so."
    )
    found = univocal(_quotes(parse, make_article, text))
    turns = [(q.speaker_text, q.text) for q in found if q.cue == ":"]
    assert turns == [
        ("HOLT", "Do you think the mayor has campaigned as a healer?"),
        ("KORVEL", "I think so."),
    ]


@pytest.mark.issue(4)
def test_of_two_cues_with_one_content_the_one_outside_it_is_kept(parse, make_article) -> None:
    text = "“His world seems to be always full,” said Dana Korvel, a spokeswoman."
    found = _quotes(parse, make_article, text)
    assert [(q.cue, q.text) for q in found] == [("said", "“His world seems to be always full,”")]


@pytest.mark.issue(4)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Asked about the repairs, Korvel said the dam would hold.",
            [("Asked about", None), ("said", "Korvel")],
        ),
        (  # the tagger reads a sentence-opening "Asked" as past tense
            "Asked what might surprise people about him, he said he loves his dog.",
            [("Asked", None), ("said", "he")],
        ),
    ],
)
def test_asked_names_no_asker(parse, make_article, text: str, expected) -> None:
    found = _quotes(parse, make_article, text)
    assert [(q.cue, q.speaker_text) for q in found] == expected


@pytest.mark.issue(4)
def test_a_split_quotation_whose_halves_the_parser_gave_the_cue_is_one(parse, make_article) -> None:
    text = (
        "''The problems started when the bank started lending for deficits,'' he said, "
        "''and when it started lending to entities without income.''"
    )
    found = univocal(_quotes(parse, make_article, text))
    assert [(q.cue, q.text) for q in found] == [("said", text)]


@pytest.mark.issue(4)
def test_a_following_quotation_that_closes_mid_sentence_joins_its_cue(parse, make_article) -> None:
    text = (
        "''It is tinkering at the edges,'' Korvel said. "
        "''It is basically just a tax increase'' for the top incomes."
    )
    found = _quotes(parse, make_article, text)
    said = [q.text for q in found if q.cue == "said"]
    assert said == [text[: text.index(" for the top")]]


@pytest.mark.issue(4)
def test_a_bare_cue_with_a_trailing_clause_takes_the_quotation_before(parse, make_article) -> None:
    text = (
        "It was a long night for the town.\n\n“We will rebuild the bridge.”\n\n"
        "Korvel said, looking out on the river."
    )
    found = _quotes(parse, make_article, text)
    assert [(q.cue, q.text) for q in found] == [("said", "“We will rebuild the bridge.”")]


@pytest.mark.issue(4)
def test_a_quote_mark_the_parser_hung_on_the_source_is_not_part_of_it(parse, make_article) -> None:
    text = (
        "“As with all government agencies, there are management issues stemming from "
        "leadership ignorance of technology oversight,” Shook said."
    )
    found = _quotes(parse, make_article, text)
    assert [(q.cue, q.speaker_text) for q in found] == [("said", "Shook")]


@pytest.mark.issue(4)
def test_a_source_starts_in_its_own_paragraph(parse, make_article) -> None:
    text = "10:20 p.m.\n\nKorvel, who won the county and his home town, said the count was fair."
    found = _quotes(parse, make_article, text)
    said = [q.speaker_text for q in found if q.cue == "said"]
    assert said and "\n" not in said[0] and said[0].startswith("Korvel")


@pytest.mark.issue(4)
@pytest.mark.parametrize(
    "text",
    [
        "It is hard to know where the donors will put their money.",
        "It doesn't take a mathematician to see why the numbers are a problem.",
    ],
)
def test_an_empty_it_is_no_source_of_an_infinitive(parse, make_article, text: str) -> None:
    found = _quotes(parse, make_article, text)
    assert all(q.speaker_text is None for q in found)


@pytest.mark.issue(4)
def test_a_participle_on_an_object_takes_the_subject_of_its_verb(parse, make_article) -> None:
    text = "The three mayors took turns rebutting the governor's proposals on the dam."
    found = _quotes(parse, make_article, text)
    assert [q.speaker_text for q in found if q.cue == "rebutting"] == ["The three mayors"]


@pytest.mark.issue(4)
def test_an_infinitive_on_an_object_takes_the_subject_of_its_verb(parse, make_article) -> None:
    text = "The council adopted a strategy to undercut the mayor by portraying him as a wastrel."
    found = _quotes(parse, make_article, text)
    assert [q.speaker_text for q in found if q.cue == "portraying"] == ["The council"]


@pytest.mark.issue(4)
@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        (
            "The closure led some residents to speculate that the mill would be sold.",
            "to speculate",
            "some residents",
        ),
        ("Korvel used a rude word to describe the council.", "to describe", "Korvel"),
    ],
)
def test_an_infinitive_belongs_to_the_person_its_verb_acts_on(
    parse, make_article, text: str, cue: str, source: str
) -> None:
    found = _quotes(parse, make_article, text)
    assert [q.speaker_text for q in found if q.cue == cue] == [source]


@pytest.mark.issue(4)
def test_a_bare_pronoun_states_nothing(parse, make_article) -> None:
    text = '"Both our economies are paying for this dispute, and both our governments know it."'
    found = _quotes(parse, make_article, text)
    assert [q.cue for q in found] == []
