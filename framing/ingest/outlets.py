"""Readable outlet names from web addresses, site names and file names.

``KNOWN_OUTLETS`` maps a lower-case slug (a domain's main label, or a word used for the outlet in
file names) to the outlet's usual name. It only tidies names: an outlet that is not listed keeps a
tidied form of its domain or file name. Entries are grouped by kind; add freely.
"""

from __future__ import annotations

import re
from pathlib import PurePath
from urllib.parse import urlsplit

KNOWN_OUTLETS: dict[str, str] = {
    # international wire services and broadcasters
    "reuters": "Reuters", "apnews": "AP News", "ap": "AP News", "afp": "AFP", "bbc": "BBC",
    "aljazeera": "Al Jazeera", "dw": "DW", "france24": "France 24", "euronews": "Euronews",
    "cnn": "CNN", "foxnews": "Fox News", "nbcnews": "NBC News", "cbsnews": "CBS News",
    "abcnews": "ABC News", "npr": "NPR", "pbs": "PBS", "msnbc": "MSNBC", "skynews": "Sky News",
    "bloomberg": "Bloomberg", "voanews": "VOA", "rferl": "RFE/RL", "cnbc": "CNBC",
    # state-funded outlets often compared in framing studies
    "presstv": "Press TV", "rt": "RT", "tass": "TASS", "sputniknews": "Sputnik", "sputnik": "Sputnik",
    "xinhuanet": "Xinhua", "xinhua": "Xinhua", "cgtn": "CGTN", "globaltimes": "Global Times",
    "chinadaily": "China Daily", "trtworld": "TRT World", "aa": "Anadolu Agency", "irna": "IRNA",
    "ria": "RIA Novosti", "kremlin": "Kremlin",
    # newspapers and magazines
    "nytimes": "The New York Times", "washingtonpost": "The Washington Post", "wsj": "The Wall Street Journal",
    "theguardian": "The Guardian", "guardian": "The Guardian", "telegraph": "The Telegraph",
    "independent": "The Independent", "thetimes": "The Times", "ft": "Financial Times",
    "economist": "The Economist", "latimes": "Los Angeles Times", "usatoday": "USA Today",
    "nypost": "New York Post", "dailymail": "Daily Mail", "politico": "Politico", "axios": "Axios",
    "thehill": "The Hill", "breitbart": "Breitbart", "huffpost": "HuffPost", "vox": "Vox",
    "newsweek": "Newsweek", "time": "Time", "theatlantic": "The Atlantic", "spiegel": "Der Spiegel",
    "lemonde": "Le Monde", "elpais": "El País", "haaretz": "Haaretz", "timesofisrael": "The Times of Israel",
    "jpost": "The Jerusalem Post", "hindustantimes": "Hindustan Times", "thehindu": "The Hindu",
    "scmp": "South China Morning Post", "japantimes": "The Japan Times", "smh": "The Sydney Morning Herald",
    "abc": "ABC", "cbc": "CBC", "globalnews": "Global News", "themoscowtimes": "The Moscow Times",
    "moscowtimes": "The Moscow Times", "meduza": "Meduza", "kyivindependent": "The Kyiv Independent",
    "eurasianet": "Eurasianet", "theintercept": "The Intercept", "motherjones": "Mother Jones",
}

# Second-level labels that are not the outlet (news.bbc.co.uk, edition.cnn.com, www.rt.com).
_SKIP_LABELS = {"www", "m", "amp", "edition", "news", "mobile", "en", "english", "eng", "uk", "us", "int"}
_PUBLIC_SUFFIX_PARTS = {"co", "com", "org", "net", "gov", "ac", "edu", "news"}


def domain_label(host: str) -> str:
    """The outlet's label of a host name: ``www.presstv.ir`` -> ``presstv``, ``news.bbc.co.uk`` -> ``bbc``."""
    parts = [p for p in host.lower().split(":")[0].split(".") if p]
    if len(parts) >= 3 and parts[-2] in _PUBLIC_SUFFIX_PARTS and len(parts[-1]) == 2:
        parts = parts[:-2]
    elif len(parts) >= 2:
        parts = parts[:-1]
    parts = [p for p in parts if p not in _SKIP_LABELS] or parts
    return parts[-1] if parts else host


def outlet_from_url(url: str | None) -> str | None:
    """Outlet name from an article or media address; None when there is no host."""
    if not url:
        return None
    if "//" not in url:
        url = "//" + url
    host = urlsplit(url).hostname
    if not host:
        return None
    label = domain_label(host)
    return KNOWN_OUTLETS.get(label) or host.removeprefix("www.")


def tidy_outlet(name: str | None) -> str | None:
    """A site name as written, or the usual name when it is a known domain (``presstv.ir``)."""
    if not name:
        return None
    name = re.sub(r"\s+", " ", str(name)).strip()
    if re.fullmatch(r"(?:www\.)?[\w-]+(?:\.[\w-]+)+", name.lower()):
        return outlet_from_url(name) or name
    return name


_DATE_TOKEN = re.compile(r"^\d+$|^\d{4}-\d{2}(-\d{2})?$")


def outlet_from_filename(name: str) -> str:
    """Outlet from a file name: a known outlet word in it (``presstv-kazakhstan.txt`` -> "Press TV"),
    else the name tidied (dashes to spaces, date numbers dropped, lower-case words capitalised)."""
    stem = PurePath(name.replace("\\", "/").rsplit(":", 1)[-1]).name
    stem = re.sub(r"\.[A-Za-z0-9]{1,9}$", "", stem)
    tokens = [t for t in re.split(r"[-_.\s]+", stem) if t]
    lowered = [t.lower() for t in tokens]
    for i in range(len(lowered)):
        for width in (3, 2, 1):
            joined = "".join(lowered[i:i + width])
            if len(lowered[i:i + width]) == width and joined in KNOWN_OUTLETS and (width > 1 or len(joined) > 2 or i == 0):
                return KNOWN_OUTLETS[joined]
    words = [t for t in tokens if not _DATE_TOKEN.match(t)] or tokens
    words = [w.capitalize() if w.islower() else w for w in words]
    return " ".join(words) or stem or "Unknown outlet"
