"""Analysers: one module per concern, each defining ``ANALYSER`` (see :mod:`.base`)."""

from .base import AnalysisOptions, Analyser, BaseAnalyser, build_analysers, default_analysers, order_by_dependencies

__all__ = ["AnalysisOptions", "Analyser", "BaseAnalyser", "build_analysers", "default_analysers",
           "order_by_dependencies"]
