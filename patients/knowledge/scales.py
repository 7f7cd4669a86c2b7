"""Symptom rating scales and the range of a valid total score."""

from dataclasses import dataclass

from . import sources
from .sources import Source


@dataclass(frozen=True)
class Scale:
    key: str
    name: str
    max_score: int
    source: Source


SCALES = (
    Scale("PHQ9", "PHQ-9 (depression)", 27, sources.PHQ9),
    Scale("GAD7", "GAD-7 (anxiety)", 21, sources.GAD7),
    Scale("PCL5", "PCL-5 (PTSD)", 80, sources.PCL5),
    Scale("MADRS", "MADRS (depression, clinician-rated)", 60, sources.MADRS),
    Scale("HAMD", "HAM-D 17 (depression, clinician-rated)", 52, sources.HAMD),
    Scale("QIDS", "QIDS-SR16 (depression)", 27, sources.QIDS),
    Scale("BDI", "BDI-II (depression)", 63, sources.BDI),
)
SCALES_BY_KEY = {s.key: s for s in SCALES}
