"""Progress of a batch run on standard error: articles done, rate, words/s and time left (tqdm).

Standard output is never written to. Messages (problems, failures) are printed above the bar
(``tqdm.write``) so the bar is not broken. Articles skipped because they were done by an earlier
run do not count towards the rate: the total is lowered instead, so the time left is the time
for what is left.
"""

from __future__ import annotations

import sys
import time
from typing import IO, Any


class Progress:
    def __init__(self, total: int | None, *, enabled: bool = True, stream: IO[str] | None = None) -> None:
        from tqdm import tqdm

        self.stream = stream or sys.stderr
        self.words = 0
        self.skipped = 0
        self.started = time.monotonic()
        self.bar: Any = tqdm(total=total, unit="article", file=self.stream, disable=not enabled, dynamic_ncols=True,
                             mininterval=0.5, smoothing=0.05, desc="analysing")

    def advance(self, articles: int, words: int) -> None:
        self.words += words
        self.bar.update(articles)
        elapsed = max(time.monotonic() - self.started, 1e-9)
        self.bar.set_postfix_str(f"{self.words / elapsed:,.0f} words/s", refresh=False)

    def skip(self, n: int = 1) -> None:
        """``n`` articles already done by an earlier run: out of the total, not counted as work."""
        self.skipped += n
        if self.bar.total is not None:
            self.bar.total = max(self.bar.n, self.bar.total - n)
            self.bar.refresh()

    def message(self, text: str) -> None:
        self.bar.write(text, file=self.stream)

    def close(self) -> None:
        self.bar.close()
