"""Tone toward a target mention: features, the shipped linear model, sentence parsing.

The public entry points are :func:`framing.tone.target_tone` and
:func:`framing.tone.target_tones`; this package holds their parts. The model
(``framing/data/models/target_tone.json.gz``) is rebuilt by
``python training/train_target_tone.py --data PATH/TO/newsmtsc/train.jsonl``.
Training data: NewsMTSC (Hamborg & Donnay, EACL 2021; MIT licence).
"""
