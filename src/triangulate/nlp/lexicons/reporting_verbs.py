"""Verbs and phrases that signal attribution (lemmas), and outlet vocabulary.

Compiled by the Triangulate team from the attribution cues of news style guides and the
PARC/PolNeAR annotation guidelines' cue examples.
"""

#: Lemmas of verbs that introduce reported speech or thought.
REPORTING_VERBS = frozenset(
    """
    say tell state add note explain warn announce claim report reveal confirm deny insist argue
    stress emphasize emphasise urge declare write quote suggest believe think ask reply respond
    acknowledge admit allege assert caution comment complain concede contend describe disclose
    estimate indicate maintain mention predict promise vow pledge remark reiterate signal
    testify threaten tweet post accuse blame criticize criticise praise agree recall observe
    predict forecast conclude demand insist hint show find expect fear hope assure reassure
    recommend propose advise inform brief announce answer boast charge concur contest counter
    dispute doubt echo lament object order predict proclaim protest question recount reckon
    repeat retort speculate swear tout underline underscore voice welcome acknowledge
    """.split()
)

#: Lemmas of verbs whose subject is usually a news outlet when it is a name ("Axios reported").
MEDIA_VERBS = frozenset("report reveal quote publish broadcast cite write air carry".split())

#: Lemmas of verbs whose indirect object or "to"-object receives the statement ("told Reuters").
TELLING_VERBS = frozenset("tell confirm say speak explain admit reveal describe give".split())

#: Nouns that, right before or after a name, mark it as a news outlet ("the website Axios").
OUTLET_DESCRIPTORS = frozenset(
    """
    website site outlet newspaper paper daily weekly agency broadcaster channel network magazine
    tabloid portal wire service news station radio television tv publication
    """.split()
)

#: Words inside a name that mark it as a news outlet ("Daily Ledger", "Anadolu Agency").
OUTLET_NAME_WORDS = frozenset(
    """
    agency news times post journal herald ledger gazette tribune press tv television radio
    broadcasting broadcaster channel daily telegraph guardian observer chronicle review magazine
    wire media network monitor courier mail star sun express standard dispatch bulletin
    reporter insider today online weekly independent examiner inquirer register sentinel
    """.split()
)

#: Hedges and modal markers recorded with an attribution.
HEDGES = frozenset(
    "reportedly allegedly apparently purportedly supposedly might could may would".split()
)
