"""Number parsing and matching (no parse needed), and figures found in parsed text."""

from __future__ import annotations

import pytest

from framing.numbers import ParsedValue, close, extract_numbers, parse_number


@pytest.mark.parametrize("text,value", [
    ("2,030", 2030), ("225", 225), ("two thousand", 2000), ("Twenty thousand", 20000),
    ("two hundred and fifty", 250), ("twenty-one", 21), ("a dozen", 12), ("1.5 million", 1_500_000),
    ("3bn", 3_000_000_000), ("nearly 8,000", 8000), ("about 2,000", 2000),
])
def test_parse_counts(text: str, value: float) -> None:
    pv = parse_number(text)
    assert pv is not None and pv.value == value and pv.kind == "count"


def test_hedges_and_vague_amounts_are_approximate() -> None:
    assert parse_number("about 2,000").approx and not parse_number("2,030").approx
    dozens = parse_number("dozens")
    assert dozens.approx and dozens.low == 24 and dozens.high == 99
    tens = parse_number("tens of thousands")
    assert tens.low == 20_000 and tens.high >= 90_000


def test_percent_and_money() -> None:
    assert parse_number("5%") == ParsedValue(5, 5, 5, False, "percent", "%")
    assert parse_number("5 per cent").kind == "percent"
    m = parse_number("$3.5 million")
    assert m.kind == "money" and m.unit == "USD" and m.value == 3_500_000
    assert parse_number("€200m").unit == "EUR"


def test_not_numbers() -> None:
    assert parse_number("several") is None and parse_number("") is None and parse_number("bandits") is None


def test_close_figures() -> None:
    a, b, c = parse_number("2,030"), parse_number("about 2,000"), parse_number("two thousand")
    assert close(a, b) and close(b, c) and close(a, c)
    assert not close(parse_number("225"), parse_number("164"))
    assert close(parse_number("dozens"), parse_number("40"))
    assert not close(parse_number("5%"), parse_number("5"))
    assert not close(parse_number("2,030"), parse_number("2,500"))


def test_extract_with_counted_noun_and_category(parsed) -> None:
    p = parsed("The alliance sent about 2,030 troops. Officials said nearly 8,000 people had been detained. "
               "Dozens of protesters were injured. The death toll rose to 164. Prices rose from 60 tenge to 120 tenge "
               "per litre on Jan. 5 and the curfew lasts 180 days. Article 32 applies, said a 30-year-old man in 2019.")
    found = {m.text: m for m in extract_numbers(p.doc, lambda o: p.sentence_at(o).index)}
    assert found["about 2,030"].category == "troops" and found["about 2,030"].noun == "troop"
    assert found["about 2,030"].qualifier == "about" and found["about 2,030"].approx
    assert found["nearly 8,000"].category == "arrests"
    assert found["Dozens"].category == "injured" and found["Dozens"].noun == "protester"
    assert found["164"].category == "deaths"
    assert found["60 tenge"].kind == "money" and found["60 tenge"].unit == "KZT" and found["60 tenge"].category == "prices"
    # dates, durations, ages, years and identifiers are not figures
    assert not any(t in found for t in ("5", "180", "30", "2019", "32"))
    m = found["about 2,030"]
    assert p.text[m.start:m.end] == "about 2,030"


# Each step of the reading order, by name: a sentence where the step decides, and the figure it
# leaves out (or the unit it reads). Every name of NOT_A_FIGURE and UNIT_AFTER has a row.
NOT_A_FIGURE_CASES = {
    "date_or_address": ("Read the report at example.org/2024/88 before the vote.", "88"),
    "identifier_after_title_word": ("Passengers boarded Flight 447 in the rain.", "447"),
    "identifier_of_a_name": ("Apple sold the iPhone 15 in stores.", "15"),
    "capitalised_one": ("One said the talks had failed.", "One"),
}

UNIT_AFTER_CASES = {
    "percent_sign": ("Turnout fell to 41% in the capital.", "41%", "percent", "%"),
    "percent_word": ("Turnout fell to 41 percent in the capital.", "41 percent", "percent", "%"),
    "per_cent": ("Turnout fell to 41 per cent in the capital.", "41 per cent", "percent", "%"),
    "currency_word": ("The fine was 500 euros for each driver.", "500 euros", "money", "EUR"),
}


def test_every_step_has_a_case() -> None:
    from framing.numbers import NOT_A_FIGURE, UNIT_AFTER

    assert [name for name, _ in NOT_A_FIGURE] == list(NOT_A_FIGURE_CASES)
    assert [name for name, _ in UNIT_AFTER] == list(UNIT_AFTER_CASES)


@pytest.mark.parametrize("step", sorted(NOT_A_FIGURE_CASES))
def test_not_a_figure(parsed, step: str) -> None:
    from framing.numbers import NOT_A_FIGURE, _extend_number, _Figure

    sentence, left_out = NOT_A_FIGURE_CASES[step]
    p = parsed(sentence)
    found = [m.text for m in extract_numbers(p.doc, lambda o: p.sentence_at(o).index)]
    assert not any(left_out in t for t in found), found
    # and it is this step that decides
    tok = next(t for t in p.doc if left_out in t.text and t.idx >= len(p.article.title))
    j = _extend_number(p.doc, tok.i)
    figure = _Figure(p.doc, [p.doc[k] for k in range(tok.i, j + 1)], tok.i, j, j)
    decided = next(name for name, test in NOT_A_FIGURE if test(figure))
    assert decided == step


@pytest.mark.parametrize("step", sorted(UNIT_AFTER_CASES))
def test_unit_after(parsed, step: str) -> None:
    sentence, text, kind, unit = UNIT_AFTER_CASES[step]
    p = parsed(sentence)
    found = {m.text: m for m in extract_numbers(p.doc, lambda o: p.sentence_at(o).index)}
    assert text in found, list(found)
    assert (found[text].kind, found[text].unit) == (kind, unit)


def _read(parsed, body: str) -> dict[str, object]:
    p = parsed(body)
    return {m.text: m for m in extract_numbers(p.doc, lambda o: p.sentence_at(o).index)}


# Family: a quantifier before a bare scale word is part of a vague amount, not "100".
@pytest.mark.parametrize("body, text, low, high", [
    ("A few hundred students blocked the ring road on Friday.", "A few hundred", 200, 500),
    ("Several thousand miners walked out at the pit.", "Several thousand", 3_000, 9_000),
    ("Only a couple of hundred residents came to the meeting.", "a couple of hundred", 200, 300),
])
def test_a_quantifier_before_a_scale_word_is_a_vague_amount(parsed, body: str, text: str, low: float,
                                                             high: float) -> None:
    found = _read(parsed, body)
    assert text in found, list(found)
    m = found[text]
    assert (m.low, m.high) == (low, high) and m.approx and low <= m.value <= high


# Family: a figure of two or more before a singular common noun does not count that noun
# (a headline's "30,000 flood stadium", "a 5,000 seat"); a noun plural as it is still counts.
@pytest.mark.parametrize("body, text, noun", [
    ("Organisers said 30,000 flood stadium for the final.", "30,000", ""),
    ("The club built a 12,000 capacity arena by the river.", "12,000", ""),
    ("The agency hired 2,000 staff last year.", "2,000", "staff"),
    ("The regiment sent 400 soldiers to the border.", "400", "soldier"),
])
def test_a_count_before_a_singular_noun_does_not_count_it(parsed, body: str, text: str, noun: str) -> None:
    found = _read(parsed, body)
    assert text in found, list(found)
    assert found[text].noun == noun


# Family: the figures of a crowd, whatever an outlet calls it, and the people who give them.
@pytest.mark.parametrize("body, text, source", [
    ("Stewards estimated the crowd outside the stadium at about 35,000.", "about 35,000", "Stewards"),
    ("The city's police put the size of the rally at 12,000.", "12,000", "city's police"),
    ("Nearly 8,000 Ostrans, the union said, marched to the ministry.", "Nearly 8,000", "union"),
    ("Around 40,000 fans crammed into the arena.", "Around 40,000", ""),
    ("Some 3,000 supporters waved flags outside the hall.", "Some 3,000", ""),
])
def test_a_crowd_size_and_who_gives_it(parsed, body: str, text: str, source: str) -> None:
    found = _read(parsed, body)
    assert text in found, list(found)
    m = found[text]
    assert m.category == "participants", m.reason
    assert m.source == source


# Family: "the figure" right after an estimate is another estimate of the same quantity.
@pytest.mark.parametrize("body, first, second", [
    ("Stewards estimated the crowd at about 35,000. The organisers put the figure at 50,000.", "about 35,000", "50,000"),
    ("Police said 900 people were detained. Lawyers said the number was closer to 1,400.", "900", "1,400"),
    ("Officials said 120 people were killed. A rights group put the total at 180.", "120", "180"),
])
def test_the_figure_restates_the_estimate_before_it(parsed, body: str, first: str, second: str) -> None:
    found = _read(parsed, body)
    assert first in found and second in found, list(found)
    a, b = found[first], found[second]
    assert b.restates == a.start and b.category == a.category != "other", b.reason


def test_a_figure_far_from_any_estimate_restates_nothing(parsed) -> None:
    found = _read(parsed, "The ferry carried 60 cars. It sailed at noon. The crew was calm. Nobody knew why. "
                          "Later the operator put the figure at 75.")
    assert found["75"].restates == -1


# Family: tabloid words for taking people into custody, and a people's name counted.
@pytest.mark.parametrize("body, text, category", [
    ("Officers collared three men after the brawl.", "three", "arrests"),
    ("More than 5,000 Ostrans live in the port.", "More than 5,000", "population"),
    ("About 2,000 Velmians left the valley for the coast each winter.", "About 2,000", "population"),
])
def test_custody_slang_and_peoples_names(parsed, body: str, text: str, category: str) -> None:
    found = _read(parsed, body)
    assert text in found, list(found)
    assert found[text].category == category, found[text].reason


# Family: a headline's bare figure and a crowd verb ("60,000 pack square") is a crowd's size,
# though the parser reads the verb as a noun.
@pytest.mark.parametrize("title, text", [
    ("40,000 pack stadium as Varga seeks third term", "40,000"),
    ("Thousands throng harbour for Reld", "Thousands"),
    ("12,000 flood city centre in fuel protest", "12,000"),
])
def test_a_headline_figure_before_a_crowd_verb_is_a_crowd_size(parsed, title: str, text: str) -> None:
    p = parsed("The day passed without incident.", title=title)
    found = {m.text: m for m in extract_numbers(p.doc, lambda o: p.sentence_at(o).index)}
    assert text in found, list(found)
    assert found[text].category == "participants", found[text].reason


# Family: detentions written without an arrest word are arrests ("taken away", "rounded up",
# "bundled into vans", a passive "held"); "held a rally" / "the rally was held" are not.
@pytest.mark.parametrize("body, text, category", [
    ("Police said nine men were taken away after the sit-in.", "nine", "arrests"),
    ("Officers rounded up 12 youths outside the stadium.", "12", "arrests"),
    ("Eight women were bundled into vans by masked officers.", "Eight", "arrests"),
    ("At least 30 marchers were held overnight at the station.", "At least 30", "arrests"),
    ("Police said 14 people held at the station were released.", "14", "arrests"),
    ("The rally was held in the square with 5,000 people.", "5,000", "participants"),
    ("The hall held 500 people.", "500", "population"),
])
def test_a_detention_without_an_arrest_word_is_an_arrest(parsed, body: str, text: str, category: str) -> None:
    found = _read(parsed, body)
    assert found[text].category == category, found[text].reason


# Family: a percentage governed by a word of change is a change, never a share of people or votes.
@pytest.mark.parametrize("body, text, category", [
    ("Bread went up 18% last month.", "18%", "changes"),
    ("The firm announced a 15% increase, its third this year.", "15%", "changes"),
    ("Exports fell 9% in the quarter.", "9%", "changes"),
    ("Commuters will pay 12 percent more for tickets from May.", "12 percent", "changes"),
    ("Rice is now 30% cheaper in the north.", "30%", "changes"),
    ("The council approved a 40% rise in bus fares.", "40%", "prices"),
    ("Some 60% of voters backed the plan.", "Some 60%", "votes"),
])
def test_a_percentage_after_a_word_of_change_is_a_change(parsed, body: str, text: str, category: str) -> None:
    found = _read(parsed, body)
    assert found[text].category == category, found[text].reason


# Family written_year: four digits 1800-2199 without a thousands separator are a year — before a
# noun with a determiner, a possessive or an adjective before them, before a singular noun, or
# after a preposition — never a count of what follows.
@pytest.mark.parametrize("sentence, year", [
    ("Residents moved into the 1972 towers when they opened.", "1972"),
    ("The union's 2016 strike fund paid the fares.", "2016"),
    ("Her 2019 bid for the seat was funded by builders.", "2019"),
    ("Tenants have rented there since 1985, the landlord said.", "1985"),
    ("The harbour wall must be rebuilt by 2040.", "2040"),
    ("The old 1890 warehouses by the canal were sold.", "1890"),
])
def test_a_year_is_no_figure(parsed, sentence: str, year: str) -> None:
    found = _read(parsed, sentence)
    assert not any(year in t for t in found), list(found)


# ... unless a currency, a percentage, a unit of measure or a hedge marks them an amount, or they
# open their noun phrase before a plural noun ("1999 ballots were spoiled").
@pytest.mark.parametrize("sentence, text, kind", [
    ("Each stallholder paid a fine of $1900 last week.", "$1900", "money"),
    ("The firm paid 2000 dollars to each family.", "2000 dollars", "money"),
    ("Rents rose 1900 percent over the decade.", "1900 percent", "percent"),
    ("The lorry carried 1850 kg of grain to the depot.", "1850", "count"),
    ("Roughly 2000 tenants signed the petition.", "Roughly 2000", "count"),
    ("Inspectors found 1999 faulty meters in the block.", "1999", "count"),
])
def test_a_four_digit_amount_stays_a_figure(parsed, sentence: str, text: str, kind: str) -> None:
    found = _read(parsed, sentence)
    assert text in found and found[text].kind == kind, list(found)


# Family tally: two counts joined by a hyphen or a dash with no space, the first no smaller than
# the second, are one figure (the counts for and against), whatever is written around them.
@pytest.mark.parametrize("sentence, text, unit", [
    ("The board voted 9-2 to close the depot.", "9-2", "9-2"),
    ("After a 5–3 vote the motion was carried.", "5–3", "5-3"),
    ("The assembly passed the budget 61-58 on Friday.", "61-58", "61-58"),
])
def test_a_tally_is_one_figure(parsed, sentence: str, text: str, unit: str) -> None:
    from framing.numbers import TALLY

    found = _read(parsed, sentence)
    assert text in found, list(found)
    m = found[text]
    assert (m.kind, m.unit, m.category) == (TALLY, unit, "votes")
    assert len([t for t in found if t != text and any(c.isdigit() for c in t)]) == 0  # no "9" and "2" apart


def test_a_range_written_low_to_high_is_no_tally(parsed) -> None:
    from framing.numbers import TALLY

    found = _read(parsed, "Between 20-30 stalls were closed by the order.")
    assert not any(m.kind == TALLY for m in found.values())


# Family housing: a count whose counted noun is a unit of housing counts homes, not the people
# in them (even with "people" or "residents" governing it) nor what happened to them.
@pytest.mark.parametrize("sentence, text", [
    ("The estate, home to 600 people in 240 flats, will go.", "240"),
    ("The tower holds 96 apartments and a shop.", "96"),
    ("Forty houses were burned in the night.", "Forty"),
    ("Residents of the 75 homes on the street were told to leave.", "75"),
])
def test_housing_units_are_homes_not_people(parsed, sentence: str, text: str) -> None:
    found = _read(parsed, sentence)
    assert text in found and found[text].category == "housing", {t: m.category for t, m in found.items()}


def test_a_home_word_above_a_head_count_is_no_housing_cue(parsed) -> None:
    found = _read(parsed, "The estate is home to some 480 people.")
    assert found["some 480"].category == "population"
