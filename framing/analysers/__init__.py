"""Analysers: one module per concern, each defining ``ANALYSER`` (see :mod:`.base`)."""

from .base import Analyser, BaseAnalyser, default_analysers, order_by_dependencies

__all__ = ["Analyser", "BaseAnalyser", "default_analysers", "order_by_dependencies"]
