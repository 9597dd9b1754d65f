"""Language of an article: English passes quietly, other languages are named and flagged."""

from __future__ import annotations

from framing.ingest import load_text
from framing.ingest.language import detect_language, english_only_note

ENGLISH = ("Heavy rain overnight flooded several roads in the northern valley on Tuesday, forcing the county "
           "to close the main route between the two largest towns for most of the morning.")
FRENCH = ("De fortes pluies ont inondé plusieurs routes dans le nord de la vallée mardi, obligeant le "
          "département à fermer la route principale entre les deux plus grandes villes pendant la matinée.")
SPANISH = ("Las fuertes lluvias inundaron varias carreteras en el norte del valle el martes y obligaron al "
           "condado a cerrar la ruta principal entre las dos ciudades más grandes durante la mañana.")


def test_detects_english_and_other_languages():
    assert detect_language(ENGLISH) == "en"
    assert detect_language(FRENCH) == "fr"
    assert detect_language(SPANISH) == "es"


def test_too_little_text_is_not_named():
    assert detect_language("Floods close roads") is None
    assert detect_language("Hochwasser sperrt Straßen im Tal") is None


def test_english_article_gets_no_language_metadata():
    report = load_text(f"Floods close roads across the valley\n\n{ENGLISH}\n")
    assert not report.problems
    assert "language" not in report.articles[0].metadata


def test_french_article_is_flagged_english_only():
    report = load_text(f"Les inondations ferment des routes\n\n{FRENCH}\n")
    (article,) = report.articles
    assert article.metadata["language"] == "fr"
    assert article.metadata["language_warning"] == english_only_note("fr")
    assert "French (fr)" in article.metadata["language_warning"]
    (warning,) = report.warnings
    assert warning.message.startswith("is in French (fr), not English: it was loaded")
