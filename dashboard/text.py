"""User text in Streamlit Markdown: :func:`md_escape` makes it literal (no markup, no link).

``st.markdown``, ``st.caption``, ``st.subheader``, ``st.info``/``warning``/``error``/``success``,
expander and tab labels, widget labels and ``help`` tooltips render Markdown with Streamlit's
extensions: images (``![](url)`` makes the browser fetch the URL — nothing may leave the
machine), links, LaTeX (``$…$``), colour and icon directives (``:red[…]``, ``:material/x:``),
emoji shortcodes and HTML-like tags. Outlet names, headlines, event names, speaker names, file
names and error messages come from users' files, so every one of them goes through
:func:`md_escape` before it reaches one of those calls.

Not needed (plain text in Streamlit 1.67, where escaping would show the backslashes):
``st.selectbox``/``st.multiselect`` *option* labels (``format_func`` output), ``st.dataframe``
cells, ``st.text_input`` values, ``st.exception`` and ``st.html`` (escape with ``html.escape``).
"""

from __future__ import annotations

import re
import string

#: every ASCII punctuation character: CommonMark lets each be backslash-escaped and renders it
#: literally, so escaping all of them stops list/heading markers, emphasis, links, images,
#: entities and Streamlit's directives and shortcodes
_SPECIAL = frozenset(string.punctuation)
_BREAKS = re.compile(r"[\r\n\u2028\u2029]+")
#: GFM's autolink literals (``http://…``, ``https://…``, ``www.…``, ``name@host.org``) are found
#: in the text *after* backslash escapes are resolved, so escaping does not stop them: an
#: invisible WORD JOINER breaks each pattern (between ``:`` and ``//``, after ``www``, before ``@``)
_AUTOLINK = re.compile(r"(?<=:)(?=//)|(?i:(?<=www))(?=\.)|(?=@)")
WORD_JOINER = "\u2060"


def md_escape(s: object) -> str:
    """``s`` as Markdown that renders as exactly its characters (line breaks become spaces;
    web and e-mail addresses get an invisible word joiner so they do not become links)."""
    text = _BREAKS.sub(" ", "" if s is None else str(s))
    text = _AUTOLINK.sub(WORD_JOINER, text)
    return "".join("\\" + c if c in _SPECIAL else c for c in text)
