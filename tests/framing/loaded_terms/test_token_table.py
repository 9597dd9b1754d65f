"""The per-parse token tables read by the loaded-term and stance passes agrees with spaCy's own
token attributes, token by token, in texts of our own."""

from __future__ import annotations

import pytest

from framing.loaded_terms.token_table import syntax_table, token_table
from framing.loaded_terms.word_features import candidate_indices, is_candidate, sentence_context
from framing.model import Article
from framing.parse import parse_article
from framing.syntax import is_word

TEXTS = [
    "The ferry operator's F-16-style ads \u2014 \"Sail faster!\" \u2014 ran 3 times a day in Port Ellery.",
    "Residents weren't told.\n\nThe council's well-known planner, Mira Hollis, resigned on 4 May.",
    "CRISIS AT THE DOCKS: workers walked out ... again; 12% of shifts went unfilled.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_table_matches_token_attributes(text):
    doc = parse_article(Article.create(title="", body=text)).doc
    t = token_table(doc)
    for tok in doc:
        i = tok.i
        assert (t.lower[i], t.lemma[i], t.pos[i]) == (tok.lower_, tok.lemma_.lower(), tok.pos_)
        assert (t.is_alpha[i], t.is_punct[i], t.is_space[i]) == (tok.is_alpha, tok.is_punct, tok.is_space)
        assert t.has_alpha[i] == any(c.isalpha() for c in tok.text)
        assert t.is_word[i] == is_word(tok)
        assert t.sent_start[i] == bool(tok.is_sent_start)
    assert candidate_indices(doc) == [tok.i for tok in doc if is_candidate(tok)]


def test_table_is_computed_once_per_parse():
    doc = parse_article(Article.create(title="", body=TEXTS[0])).doc
    assert token_table(doc) is token_table(doc)


@pytest.mark.parametrize("text", TEXTS)
def test_syntax_table_matches_token_attributes(text):
    doc = parse_article(Article.create(title="", body=text)).doc
    s = syntax_table(doc)
    for tok in doc:
        i = tok.i
        assert (s.text[i], s.tag[i], s.dep[i], s.ent_type[i]) == (tok.text, tok.tag_, tok.dep_, tok.ent_type_)
        assert s.head[i] == tok.head.i
        assert s.children_of(i) == [c.i for c in tok.children]
        assert (s.is_stop[i], s.like_num[i], s.is_quote[i]) == (tok.is_stop, tok.like_num, tok.is_quote)
    assert syntax_table(doc) is s


@pytest.mark.parametrize("text", TEXTS)
def test_sentence_context_follows_the_parse_s_sentences(text):
    doc = parse_article(Article.create(title="", body=text)).doc
    context = sentence_context(doc)
    for sent in doc.sents:
        for tok in sent:
            assert context[tok.i][2:] == (sent.start, len(sent))
