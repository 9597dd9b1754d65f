"""Charts: pure functions, data in, Altair chart out (no Streamlit).

Each topic has a module (``overview.py``, ...). Every chart goes through
:func:`framing.charts.theme.apply_theme`, so the PNG/SVG exported with ``chart.save`` looks
like the chart in the dashboard (which renders charts with ``theme=None``).
"""
