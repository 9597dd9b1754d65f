"""Validate holdout_loaded gold files against their texts.

Checks: valid JSON; required keys; every loaded text / not_loaded entry /
attribution evidence occurs verbatim in the .txt; warns when a loaded or
not_loaded string occurs more than once (word-bounded, case-insensitive), when a
not_loaded entry overlaps a loaded span, and when the quote context of a loaded
item disagrees with its voice (quoted/scare_quote inside quotation marks,
narrator/reported outside).
"""
import json, re, sys, glob, os

D = sys.argv[1] if len(sys.argv) > 1 else "/work/main/eval/holdout_loaded"
VOICES = {"narrator", "quoted", "reported", "scare_quote"}
TYPES = {"official", "political", "civil_society", "expert", "citizen", "business", "media", "other"}
KINDS = {"direct", "indirect", "according_to"}
errors = 0


def quote_mask(text):
    """Boolean per char: inside a double-quotation (straight or curly)."""
    mask = [False] * len(text)
    inside = False
    for i, c in enumerate(text):
        if c == "\u201c":
            inside = True
        elif c == "\u201d":
            inside = False
        elif c == '"':
            inside = not inside
        elif c == "\n" and text[i - 1:i] == "\n":
            inside = False  # quotes never span paragraphs here
        mask[i] = inside
    return mask


def occurrences(text, s):
    pat = r"(?<!\w)" + re.escape(s) + r"(?!\w)"
    return [m.span() for m in re.finditer(pat, text, flags=re.I)]


for gp in sorted(glob.glob(os.path.join(D, "*.gold.json"))):
    name = os.path.basename(gp)
    try:
        g = json.load(open(gp, encoding="utf-8"))
    except Exception as e:
        print(f"{name}: INVALID JSON {e}"); errors += 1; continue
    tp = os.path.join(D, g["file"])
    text = open(tp, encoding="utf-8").read()
    mask = quote_mask(text)
    def err(msg):
        global errors
        errors += 1
        print(f"{name}: ERROR {msg}")
    def warn(msg):
        print(f"{name}: warn {msg}")
    for k in ("file", "attributions", "loaded", "not_loaded"):
        if k not in g:
            err(f"missing key {k}")
    for a in g["attributions"]:
        if a["evidence"] not in text:
            err(f"evidence not verbatim: {a['evidence']!r}")
        if a["type"] not in TYPES: err(f"bad type {a}")
        if a["kind"] not in KINDS: err(f"bad kind {a}")
        if not isinstance(a["anonymous"], bool): err(f"bad anonymous {a}")
        if not any(al in text for al in a["speaker"]):
            err(f"no speaker alias in text: {a['speaker']}")
    for s in g.get("acceptable", []):
        if s not in text:
            err(f"acceptable not verbatim: {s!r}")
    loaded_spans = []
    for l in g["loaded"]:
        t, v = l["text"], l["voice"]
        if v not in VOICES: err(f"bad voice {l}")
        if t not in text:
            err(f"loaded not verbatim: {t!r}"); continue
        occ = occurrences(text, t)
        if len(occ) != 1:
            warn(f"loaded {t!r} occurs {len(occ)}x (word-bounded)")
        for (a, b) in occ:
            loaded_spans.append((a, b, t))
        a, b = occ[0] if occ else (text.find(t), text.find(t) + len(t))
        inq = mask[a]
        if v in ("quoted", "scare_quote") and not inq:
            warn(f"{t!r} voice {v} but not inside quotation marks")
        if v in ("narrator", "reported") and inq:
            warn(f"{t!r} voice {v} but inside quotation marks")
        if v == "scare_quote":
            before = text[a - 1] if a > 0 else ""
            after = text[b] if b < len(text) else ""
            if before not in '"\u201c' or after not in '"\u201d,.':
                warn(f"scare quote {t!r} not directly enclosed: {before!r}..{after!r}")
    for s in g["not_loaded"]:
        if s not in text:
            err(f"not_loaded not verbatim: {s!r}"); continue
        for (a, b) in occurrences(text, s):
            for (la, lb, lt) in loaded_spans:
                if a < lb and la < b:
                    err(f"not_loaded {s!r} overlaps loaded {lt!r}")
    nl = set(x.lower() for x in g["not_loaded"])
    for l in g["loaded"]:
        if l["text"].lower() in nl:
            err(f"{l['text']!r} in both lists")
    body = text.split("\n", 3)[3] if text.count("\n") >= 3 else text
    words = len(text.split())
    if not 350 <= words <= 600:
        err(f"word count {words}")
    from collections import Counter
    vc = Counter(l["voice"] for l in g["loaded"])
    print(f"{name}: words={words} loaded={len(g['loaded'])} {dict(vc)} not_loaded={len(g['not_loaded'])} "
          f"attributions={len(g['attributions'])}")

print("ERRORS:", errors)
sys.exit(1 if errors else 0)
