"""find_quotes: quotation spans, apostrophes, quotes over paragraphs, unbalanced marks."""

from __future__ import annotations

from framing.model import Article
from framing.quotes import QuoteSpan, find_quotes, inside_quote, is_apostrophe


def quotes_of(body: str, title: str = "Headline") -> tuple[Article, list[QuoteSpan]]:
    a = Article.create(title=title, body=body)
    return a, find_quotes(a.text, a.paragraphs)


def texts(body: str) -> list[str]:
    a, qs = quotes_of(body)
    return [q.inner(a.text) for q in qs]


def test_straight_and_curly_double_quotes() -> None:
    assert texts('"One," she said. \u201cTwo.\u201d') == ["One,", "Two."]


def test_multi_sentence_quote_is_one_span() -> None:
    assert texts('"First sentence. Second sentence," he said.') == ["First sentence. Second sentence,"]


def test_split_quote_gives_two_spans() -> None:
    assert texts('"We tried," she said, "and we failed."') == ["We tried,", "and we failed."]


def test_apostrophes_are_not_quotes() -> None:
    body = "It's Kazakhstan\u2019s crisis and the protesters\u2019 anger since the \u201990s, rock \u2019n\u2019 roll."
    assert texts(body) == []


def test_single_quote_quotation_with_possessive_inside() -> None:
    assert texts("He called it \u2018the protesters\u2019 revolt\u2019 on Monday.") == ["the protesters\u2019 revolt"]
    assert texts("Officials described the march as 'illegal'.") == ["illegal"]


def test_nested_single_quote_has_depth_one() -> None:
    a, qs = quotes_of("\u201cThey called it \u2018a riot\u2019,\u201d he said.")
    assert [(q.inner(a.text), q.depth) for q in qs] == [("They called it \u2018a riot\u2019,", 0), ("a riot", 1)]


def test_quote_continues_over_paragraphs() -> None:
    a, qs = quotes_of("\u201cWe will not stop.\n\n\u201cWe will come back on Saturday,\u201d she said.")
    assert len(qs) == 1
    q = qs[0]
    assert q.closed and q.multi_paragraph and len(q.parts) == 2
    assert a.text[q.start] == "\u201c" and a.text[q.end - 1] == "\u201d"
    assert [a.text[s:e] for s, e in q.parts] == ["We will not stop.", "We will come back on Saturday,"]


def test_open_quote_not_followed_by_quote_paragraph_ends_at_paragraph() -> None:
    a, qs = quotes_of('"We will not stop, she said.\n\nThe march ended.')
    assert len(qs) == 1 and not qs[0].closed
    assert qs[0].inner(a.text) == "We will not stop, she said."


def test_unbalanced_marks_do_not_crash() -> None:
    for body in ['\u201d stray closer', '"', "'", '\u201c\u201c\u201c', 'He is 5\'10" tall.', '"a" "b', "x\u2019"]:
        quotes_of(body)
    assert texts('Stray \u201d closer and "real quote".') == ["real quote"]
    assert texts("He is 5'10\" tall.") == []


def test_headline_scare_quote_and_inside_quote() -> None:
    a, qs = quotes_of("Body text.", title='Anger over "unaffordable" fares')
    assert [q.inner(a.text) for q in qs] == ["unaffordable"]
    i = a.text.index("unaffordable")
    assert inside_quote(qs, i) is qs[0]
    assert inside_quote(qs, 0) is None


def test_is_apostrophe() -> None:
    t = "it's x \u201990s"
    assert is_apostrophe(t, 2)
    assert is_apostrophe(t, t.index("\u2019"))


def test_quotation_index_lookups_equal_a_scan() -> None:
    from framing.quotes import QuotationIndex

    text = 'He said "no" and "never again" today; "fine," she replied. ' * 30
    quotes = [q for q in find_quotes(text) if q.depth == 0]
    index = QuotationIndex(quotes)
    assert list(index) == quotes and len(index) == len(quotes)
    for offset in range(0, len(text), 7):
        assert index.inside(offset) == next((q for q in quotes if q.start <= offset < q.end), None)
        assert index.next_after(offset) == next((q for q in quotes if q.start >= offset), None)
        assert list(index.containing(offset, offset + 2)) == [
            q for q in quotes if q.inner_start <= offset and offset + 2 <= q.inner_end]


# British style: single curly marks are the outer quotation marks, double ones nest inside them,
# and a quotation running over paragraphs re-opens each paragraph with ‘ (sentences our own)

def test_british_single_quotation_runs_on_over_paragraphs() -> None:
    for first, second in [
        ("I have been asked many times whether I will resign. I will not.", "But I would ask people to wait."),
        ("Governments like to think they outsource the risk. They don\u2019t.", "They keep it, every time."),
        ("We warned them twice in writing.", "Nobody at the ministry replied to either letter."),
    ]:
        a, qs = quotes_of(f"Dr Ines Varga said the plan was flawed.\n\n\u2018{first}\n\n\u2018{second}\u2019\n\nThe ministry declined to comment.")
        (q,) = qs
        assert q.multi_paragraph and q.mark == "single" and q.closed
        assert first[:20] in q.inner(a.text) and second in q.inner(a.text)


def test_british_double_quotation_nests_inside_single() -> None:
    for body, outer, inner in [
        ("\u2018She asked me, \u201cWill he read it?\u201d I did not know what to tell her,\u2019 he said.",
         "I did not know what to tell her,", "Will he read it?"),
        ("\u2018The sign said \u201cno entry\u201d and we obeyed,\u2019 one driver said.", "and we obeyed,", "no entry"),
        ("\u2018They told us \u201cwait\u201d. We waited six hours,\u2019 she said.", "We waited six hours,", "wait"),
    ]:
        a, qs = quotes_of(body)
        outers = [q for q in qs if q.depth == 0]
        inners = [q for q in qs if q.depth == 1]
        assert len(outers) == 1 and outer in outers[0].inner(a.text)
        assert [q.inner(a.text) for q in inners] == [inner]


def test_a_paragraph_opening_with_single_quote_left_open_ends_there_without_a_follower() -> None:
    a, qs = quotes_of("Mr Brack spoke first.\n\n\u2018We will not move an inch.\n\nThe council meets on Friday.")
    assert [q.inner(a.text) for q in qs] == ["We will not move an inch."]
