"""Site boilerplate: every family removes lines of its own kind and keeps the story's sentences."""

from __future__ import annotations

import pytest

from framing.ingest import load_text
from framing.ingest.boilerplate import FAMILIES, MAX_WORDS, boilerplate_family, remove_boilerplate

BOILERPLATE = {
    "editorial standards notice": [
        "Our Standards: The Thomson Reuters Trust Principles.",
        "Our editorial standards: how we report the news",
        "Read our editorial standards and corrections policy.",
        "Learn more about our code of ethics",
        "Journalistic principles: see how we cover elections",
    ],
    "call for letters or tips": [
        "Submit your letter to the editor",
        "Send us a letter to the editor via our website.",
        "Have a news tip? Email us at tips@example.org",
        "Got a story idea? Get in touch with the newsroom.",
        "Send us your tips securely through Signal.",
        "To submit a letter for publication, email letters@example.org",
    ],
    "syndication note": [
        "This article originally appeared on VICE US.",
        "This story was originally published by ProPublica.",
        "This piece first appeared in The Conversation.",
        "This article is republished from The Conversation under a Creative Commons license.",
        "A version of this article appeared in print on March 14, 2023.",
        "Republished with permission from the Valley Courier.",
    ],
    "copyright line": [
        "© 2023 Valley Courier. All rights reserved.",
        "Copyright 2022 The Associated Press. All rights reserved.",
        "(c) Valley Media Group",
        "This material may not be published, broadcast, rewritten or redistributed.",
    ],
    "newsletter or subscription prompt": [
        "Sign up for our daily newsletter",
        "Subscribe to the Morning Briefing for the day's top stories.",
        "Click here to subscribe.",
        "Support our journalism: become a member today.",
        "Get our free headlines delivered to your inbox.",
    ],
    "social media prompt": [
        "Follow us on Twitter",
        "Follow Jane Smith on X @janesmith",
        "Like us on Facebook.",
        "Join us on Telegram for live updates.",
    ],
}

#: sentences of stories that begin like boilerplate but are not
STORY_LINES = [
    "Our standards have slipped, the inspector told the council on Tuesday.",
    "Copyright lawsuits against the studio have doubled since 2020, lawyers said.",
    "The story first appeared in a local newspaper in 1998, the author recalled.",
    "Send a letter to the council, residents were told at the meeting.",
    "Follow-up inspections are planned for next week.",
    "He urged supporters to follow him on the march through the city.",
    "Subscribers to the water scheme will pay more from April.",
    "Readers who have a question about the flood relief can call the county.",
]


def test_every_family_has_test_lines():
    assert set(BOILERPLATE) == set(FAMILIES)


@pytest.mark.parametrize("family,line", [(f, line) for f, lines in BOILERPLATE.items() for line in lines])
def test_boilerplate_line_is_named_by_its_family(family, line):
    assert boilerplate_family(line) == family


@pytest.mark.parametrize("line", STORY_LINES)
def test_story_sentence_is_not_boilerplate(line):
    assert boilerplate_family(line) is None


def test_removed_lines_and_long_lines_kept():
    long = "This article originally appeared on VICE US, " + "and then the mayor spoke again " * 8 + "at length."
    assert len(long.split()) > MAX_WORDS
    body = "First paragraph of the story.\n\nFollow us on Twitter\n\n" + long + "\n\nLast paragraph."
    result = remove_boilerplate(body)
    assert result.removed == [("social media prompt", "Follow us on Twitter")]
    assert result.kept == [("syndication note", long)]
    assert "Follow us" not in result.body and long in result.body


def test_body_without_boilerplate_is_returned_unchanged():
    body = "  First paragraph.\n\n\nSecond paragraph.  \n"
    assert remove_boilerplate(body).body is body


def test_loaded_article_records_and_warns():
    text = ("Floods close roads across the valley\n\nHeavy rain overnight flooded several roads in the northern "
            "valley on Tuesday, forcing the county to close the main route.\n\nSign up for our daily newsletter\n\n"
            "Emergency crews pumped water from basements until noon, the county engineer said.\n")
    report = load_text(text)
    (article,) = report.articles
    assert article.metadata["removed_boilerplate"] == "Sign up for our daily newsletter"
    (warning,) = report.warnings
    assert str(warning) == ("pasted text: removed 1 line of site boilerplate (newsletter or subscription prompt): "
                            "“Sign up for our daily newsletter”")
