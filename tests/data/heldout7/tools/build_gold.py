"""This set's gold: its rows (rows.py) on top of ../heldout6/gold, by ../../tools/gold_builder.py."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parents[1] / "tools")]
from gold_builder import build
from rows import FIGURES, MEETINGS

sys.exit(build(HERE.parent, "heldout6", FIGURES, MEETINGS))
