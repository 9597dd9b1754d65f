"""Analysis at scale: stream articles in, analyse them on every core (or a Dask cluster), write
each result as it is done, resume where a run stopped.

* :mod:`.readers` — :func:`stream_inputs`: articles and problems one at a time (bounded memory);
* :mod:`.writers` — JSON Lines and Parquet output written incrementally, and the ids already done;
* :mod:`.runner` — :func:`run_batch`: a window of articles in flight, sent in batches to the engine;
* :mod:`.engines` — where the analysis runs: this process or a pool of processes; :mod:`.dask_engine`: a Dask cluster;
* :mod:`.progress` — progress with rate and time left, on standard error;
* :mod:`.results` — per-article results read back (what ``compare results.jsonl`` reads);
* :mod:`.command` — the ``analyze --out FILE`` command line.

Every article is analysed by the public API (:func:`framing.api.analyse`), so the results are
the ones ``analyze --format json`` prints.
"""
