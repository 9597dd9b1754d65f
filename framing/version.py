"""The tool's version, in one place (``framing.__version__``, ``--version``, the HTTP user agent)."""

__version__ = "0.1.0"
