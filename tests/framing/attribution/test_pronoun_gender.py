"""Whom ``he`` / ``she`` stands for: a person's gender read from a pronoun that can only be theirs
(``X repeated his pledge``: X is a man; ``X attacked Y over claims that she ...`` with X known to be a
man: Y is a woman), so that a later ``He said`` skips the woman named last."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("body, pronoun_content, speaker", [
    ("Governor Tom Hale signed his budget and attacked Senator Rita Voss over a report that she had hidden "
     "donations. Voss denies it.\n\nHe also defended the tax plan, saying his administration would "
     "\"protect every family\".", "protect every family", "Tom Hale"),
    ("Mayor Karl Brandt opened his final rally and mocked challenger Eva Lind over claims that she had misused "
     "a council car. Lind has ignored the jibes.\n\nHe later told supporters that the city \"cannot afford a "
     "gamble\".", "cannot afford a gamble", "Karl Brandt"),
    ("Chief executive Oskar Weil presented his results and criticised regulator Anna Petrov, arguing that her "
     "office had delayed the merger. Petrov declined to comment.\n\nHe also said that the company would appeal.",
     "company would appeal", "Oskar Weil"),
    ("Coach Lena Maric praised her players and blamed referee Piet Kamp, claiming that he had ignored two fouls. "
     "Kamp was unavailable.\n\nShe also told reporters that the club would \"move on\".", "move on", "Lena Maric"),
])
def test_a_pronoun_skips_the_person_last_named_when_another_pronoun_gave_their_gender(
        by_content, attrs, body, pronoun_content, speaker) -> None:
    a = by_content(attrs(body), pronoun_content)
    assert speaker in a.speaker and a.resolved_from in ("he", "she")


def test_a_pronoun_deep_in_a_reported_clause_gives_the_subject_no_gender(by_content, attrs) -> None:
    # "she" in "a report that she ..." is not bound by the sentence's subject: Hale's gender stays
    # unknown, and with nothing else known "He" still finds the person named last
    items = attrs("Governor Tom Hale attacked Senator Rita Voss over a report that she had hidden donations.\n\n"
                  "She said that the report was false.")
    assert by_content(items, "report was false").speaker == "Rita Voss"

