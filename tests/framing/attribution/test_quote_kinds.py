"""What each quotation is (speech, title, mention, scare quote), decided once per article."""

from __future__ import annotations

import pytest

from framing.attribution.quote_kinds import classify_quotes
from framing.quotes import find_quotes


@pytest.mark.parametrize("body,kind", [
    ('Critics mocked the "reform" on Tuesday.', "scare"),
    ('The council called the plan "a betrayal of every tenant".', "speech"),
    ('Viewers loved the series "Night Shift" this winter.', "title"),
    ('He objected to the word "migrant" in the report.', "mention"),
    ('"The bridge will open in May, and the tolls will fall," the engineer told reporters.', "speech"),
])
def test_each_quotation_gets_a_kind(parsed, body, kind):
    p = parsed(body)
    [q] = classify_quotes(p.doc, find_quotes(p.text, list(p.article.paragraphs)), [], p.text)
    assert q.kind == kind, q.reason


# ---------------------------------------------------------------- scare quotes with precision
# Each test family below is a general test of classify_quotes, with sentences of our own; the
# quotations are classified after a whole analysis (attribution first), as in the product.


def _kinds(title: str, body: str) -> list:
    from framing.analysis import analyse_articles
    from framing.loaded_terms.voice import voice_context
    from framing.model import Article
    from framing.parse import parse_article

    article = Article.create(title=title, body=body, outlet="Test Outlet", source="test")
    [r] = analyse_articles([article])
    return list(voice_context(parse_article(article), r.results["attributions"]).quotes)


def _quote(title: str, body: str, words: str):
    text = title + "\n\n" + body
    found = [q for q in _kinds(title, body) if text[q.inner_start:q.inner_end].strip(" ,.") == words]
    assert found, f"no quotation {words!r}"
    return found[0]


TITLES_AND_NAMES = [
    # title-case words: a work, a show, a bill, a name
    ("The jury gave its top prize to \"Nightfall\" on Sunday.", "Nightfall", "title-case"),
    ("Millions watched \"Under the Bridge at Midnight\" last winter.", "Under the Bridge at Midnight", "title-case"),
    ("She told viewers on \"Morning Watch Weekly\" that the vote was close.", "Morning Watch Weekly", "title-case"),
    ("The senator introduced the \"Clean Rivers Act\" last week.", "Clean Rivers Act", "title-case"),
    # a name right after a name noun (a programme, a bill, an initiative)
    ("Tenants queued for the scheme \"help to rent\" when it opened in May.", "help to rent", "right after"),
    ("Parliament passed the bill \"safe at home\" on Tuesday.", "safe at home", "right after"),
    ("Libraries joined the initiative \"open doors\" in spring.", "open doors", "right after"),
    # a naming verb with no subject of its own
    ("A local fund called \"the rainy day pot\" paid for the repairs.", "the rainy day pot", "with no subject"),
    ("The district, dubbed \"the quiet quarter\", has no bars.", "the quiet quarter", "with no subject"),
    ("Residents of what is termed \"the buffer strip\" were moved inland.", "the buffer strip", "with no subject"),
    # a nickname inside a name
    ("Boxer Jon \"the hammer\" Reyes won again on Saturday.", "the hammer", "nickname"),
    ("Striker Tom \"tiny\" Okafor scored twice.", "tiny", "nickname"),
    ("Singer Ana \"la voz\" Prieto closed the festival.", "la voz", "nickname"),
]


@pytest.mark.parametrize("body,words,reason", TITLES_AND_NAMES)
def test_titles_and_names_are_no_scare_quotes(body, words, reason):
    q = _quote("Test headline", body, words)
    assert q.kind == "title" and reason in q.reason, (q.kind, q.reason)


FRAGMENTS = [
    # the words of an attributed quotation elsewhere in the article
    ("Test headline",
     "Union leader Ana Ruiz said: \"These cuts are a betrayal of every nurse in the country.\" Ministers "
     "rejected the charge of \"a betrayal of every nurse\" on Tuesday.", "a betrayal of every nurse", "Ana Ruiz",
     "quotation"),
    ("Test headline",
     "The minister, Jo Bell, said: \"Our plan is fair and it is bold.\" Her \"bold\" plan was debated for "
     "hours.", "bold", "Jo Bell", "quotation"),
    ("Test headline",
     "Council leader Omar Haddad said: \"We will build homes people can afford, and quickly.\" Building "
     "firms are sceptical that the \"homes people can afford\" will appear before 2030.", "homes people can afford",
     "Omar Haddad", "quotation"),
    # a headline quotation the body attributes
    ("\"No retreat\" on trams",
     "The mayor, Lena Brandt, told the council: \"There will be no retreat on the tram plan.\"",
     "No retreat", "Lena Brandt", "headline"),
    ("Council backs \"fair rents\"",
     "The housing chief, Omar Haddad, told reporters: \"We want fair rents for every family in the city.\"",
     "fair rents", "Omar Haddad", "headline"),
    ("A \"shameful\" day for the port",
     "Dock union leader Rosa Lind said: \"Today is a shameful day for the port and its workers.\"",
     "shameful", "Rosa Lind", "headline"),
    # the content of a speech verb with no subject, a speaker attributed nearby
    ("Test headline",
     "Party chair Tom Hale said on Sunday that the war was a mistake. Two days later, rivals attacked him "
     "for calling it \"a war of choice\" in a speech.", "a war of choice", "Tom Hale", "no subject"),
    ("Test headline",
     "Senator Ann Cole told the rally that the bill was unfair. Landlords condemned her for branding it "
     "\"a licence to evict\" on Friday.", "a licence to evict", "Ann Cole", "no subject"),
    ("Test headline",
     "The coach, Ben Ortiz, said his players were exhausted. Fans mocked him after labelling the fixture "
     "list \"a cruel joke\" online.", "a cruel joke", "Ben Ortiz", "no subject"),
    # a fragment beside the name of a speaker attributed nearby
    ("Test headline",
     "Party chairman Tom Hale told donors that the deployment was a mistake. Critics seized on Hale's "
     "\"war of choice\" remark within hours.", "war of choice", "Tom Hale", "beside"),
    ("Test headline",
     "Mayor Lena Brandt said the budget was balanced. Opponents mocked Brandt and her \"iron books\" all "
     "week.", "iron books", "Lena Brandt", "beside"),
    ("Test headline",
     "Finance chief Omar Haddad told analysts that profits would rise. Investors doubted Haddad's \"golden "
     "year\" forecast.", "golden year", "Omar Haddad", "beside"),
]


@pytest.mark.parametrize("title,body,words,speaker,reason", FRAGMENTS)
def test_a_speakers_own_words_in_fragments_are_speech_with_that_speaker(title, body, words, speaker, reason):
    q = _quote(title, body, words)
    assert q.kind == "speech" and q.speaker == speaker and reason in q.reason, (q.kind, q.speaker, q.reason)


SPEAKERS_SCARE_QUOTES = [
    # a headline repeating words the speaker put in quotation marks inside their own quotation
    ("Ministry mocks \"peace talks\" offer",
     "\"Every winter they come back to us with 'peace talks' and nothing changes,\" spokesman Ivo Dare said on "
     "Monday.", "peace talks"),
    ("Union scorns \"fair deal\"",
     "\"The owners keep promising a 'fair deal' while they cut our hours,\" union leader Rosa Lind said.",
     "fair deal"),
    ("Ministry rejects \"humanitarian pause\"",
     "\"Whenever their troops retreat, their friends abroad demand a 'humanitarian pause',\" the minister, "
     "Pavel Orlov, told reporters.", "humanitarian pause"),
]


@pytest.mark.parametrize("title,body,words", SPEAKERS_SCARE_QUOTES)
def test_a_headline_repeating_a_speakers_own_scare_quote_is_a_scare_quote(title, body, words):
    q = _quote(title, body, words)
    assert q.kind == "scare", (q.kind, q.reason)


SCARE_QUOTES = [
    ("Police fired on the \"peaceful\" protesters near the square.", "peaceful"),
    ("The minister praised so-called \"experts\" in his speech.", "experts"),
    ("The unions rejected their \"reforms\" outright.", "reforms"),
    ("Union leader Ana Ruiz said the cuts were cruel. Ministers defended their \"reforms\" on Tuesday.", "reforms"),
    ("The council said it had acted lawfully. Its \"consultation\" lasted two days.", "consultation"),
    ("A new government plan to \"modernise\" schools was published.", "modernise"),
    ("Officials rounded up the \"ringleaders of the unrest\" overnight.", "ringleaders of the unrest"),
    ("The self-styled \"citizens' patrol\" set up roadblocks.", "citizens' patrol"),
    # a speaker attributed in the sentence before, but no name of theirs before the quotation
    ("The Harbour Trust said the fees would rise. The \"modest increase\" doubled the fees.", "modest increase"),
]


@pytest.mark.parametrize("body,words", SCARE_QUOTES)
def test_true_scare_quotes_are_still_found_and_say_which_test_decided(body, words):
    q = _quote("Test headline", body, words)
    assert q.kind == "scare", (q.kind, q.reason)
    assert q.reason == "after so-called" or "nobody's speech" in q.reason


def test_no_title_name_or_fragment_among_the_scare_quotes_of_these_sentences():
    """The done-when check of the precision work, over every sentence above at once."""
    from framing.analysis import analyse_articles
    from framing.model import Article

    articles = [Article.create(title="Test headline", body=b, outlet="Test Outlet", source="test")
                for b, _, _ in TITLES_AND_NAMES]
    articles += [Article.create(title=t, body=b, outlet="Test Outlet", source="test") for t, b, _, _, _ in FRAGMENTS]
    scare = [t.text for r in analyse_articles(articles) for t in r.results["loaded_terms"] if t.voice == "scare_quote"]
    assert scare == []
    true = [Article.create(title="Test headline", body=b, outlet="Test Outlet", source="test") for b, _ in SCARE_QUOTES]
    for (_, words), r in zip(SCARE_QUOTES, analyse_articles(true)):
        # the quotation, or the lexicon term inside it ("ringleaders"), in the scare-quote voice
        assert any(t.voice == "scare_quote" and t.text in words for t in r.results["loaded_terms"]), words


def test_loaded_words_in_a_fragment_are_the_speakers():
    from framing.analysis import analyse_articles
    from framing.model import Article

    body = ("Union leader Ana Ruiz said: \"These greedy bosses must pay for the closures.\" The company "
            "answered the attack on \"greedy bosses\" within the hour.")
    [r] = analyse_articles([Article.create(title="Test headline", body=body, outlet="Test Outlet", source="test")])
    greedy = [t for t in r.results["loaded_terms"] if t.text == "greedy"]
    assert len(greedy) == 2 and all((t.voice, t.speaker) == ("quoted", "Ana Ruiz") for t in greedy)


# ---------------------------------------------------------------- a document's naming clause
# "a statement calling the incident 'X'": the naming verb hangs on a document noun, with no
# subject and no attribution of its own; the quotation is the document's words, never a scare
# quote and never the words of a speaker sentences away.
@pytest.mark.parametrize("body", [
    'What followed was a one-page memo calling the strike "an unlawful stoppage" by a few staff.',
    'Eleven weeks ago there was only a notice calling the closure "a temporary measure" on the door.',
    'The only trace was an email calling the fault "a one-off glitch" in the billing system.',
])
def test_document_naming_clause_is_speech(parsed, body):
    from framing.attribution import extract_attributions
    p = parsed(body)
    [q] = classify_quotes(p.doc, find_quotes(p.text, list(p.article.paragraphs)), extract_attributions(p), p.text)
    assert q.kind == "speech" and q.speaker is None, q.reason
