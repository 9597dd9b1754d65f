"""Small articles of our own for the batch tests, as records and as bundle files of each format."""

from __future__ import annotations

import csv
import json
import pathlib

import pytest

#: (outlet, headline, body): three short reports of one invented event, in different words
STORIES = [
    ("Harbour Gazette", "Ferry strike halts island crossings",
     "Ferry crews walked off the job at dawn on Monday, halting every crossing to the two islands for the day. "
     "\u201cWe have asked for talks for six months,\u201d said union organiser Dana Hale, adding that 40 sailings "
     "were cancelled. The operator said it regretted the disruption and urged the crews to return."),
    ("Coastal Ledger", "Island residents stranded as ferry crews strike",
     "Hundreds of island residents were stranded on Monday after ferry crews began a strike over pay. The "
     "operator, Blue Line, called the walkout reckless and said about 40 sailings had been lost. Shop owner "
     "Priya Nand said deliveries of bread and milk had not arrived."),
    ("Mainland Post", "Ferry operator and union trade blame over strike",
     "The ferry operator and the sailors' union blamed each other on Monday as a strike stopped services to the "
     "islands. Officials at the transport ministry said they would meet both sides on Wednesday. Commuters "
     "crowded the harbour looking for private boats to make the crossing."),
]


def records(copies: int = 1) -> list[dict[str, str]]:
    """The stories as bundle rows; each copy adds a closing line, so every row has its own id."""
    out = []
    for n in range(copies):
        for outlet, title, body in STORIES:
            out.append({"outlet": outlet, "title": title, "text": body + (f"\n\nUpdate {n}." if copies > 1 else "")})
    return out


def write_jsonl(path: pathlib.Path, rows: list[dict]) -> pathlib.Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def write_csv(path: pathlib.Path, rows: list[dict], encoding: str = "utf-8") -> pathlib.Path:
    with path.open("w", encoding=encoding, newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def write_parquet(path: pathlib.Path, rows: list[dict]) -> pathlib.Path:
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.Table.from_pylist(rows), path, row_group_size=2)
    return path


@pytest.fixture
def story_folder(tmp_path: pathlib.Path) -> pathlib.Path:
    d = tmp_path / "stories"
    d.mkdir()
    for i, (outlet, title, body) in enumerate(STORIES):
        (d / f"{i}.txt").write_text(f"Outlet: {outlet}\n\n{title}\n\n{body}\n", encoding="utf-8")
    return d
