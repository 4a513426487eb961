"""Print an evaluation report as JSON (the CLI's ``kg eval`` wraps the same calls).

python -m kg.evaluation polnear [--root ../shared/polnear] [--split dev]
python -m kg.evaluation seed seeds/kei-trump-kim-2024
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from kg.annotations import load_seed
from kg.errors import KgError
from kg.evaluation import evaluate_polnear, evaluate_seed
from kg.evaluation.polnear import default_root


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kg.evaluation")
    commands = parser.add_subparsers(dest="command", required=True)
    polnear = commands.add_parser("polnear", help="score a PolNeAR split")
    polnear.add_argument("--root", type=Path, default=None, help="PolNeAR folder")
    polnear.add_argument("--split", default="dev", choices=("train", "dev"))
    seed = commands.add_parser("seed", help="score a curated seed folder")
    seed.add_argument("folder", type=Path)
    args = parser.parse_args(argv)
    try:
        if args.command == "polnear":
            report = evaluate_polnear(args.root or default_root(), args.split)
        else:
            report = evaluate_seed(load_seed(args.folder))
    except KgError as error:
        print(f"error: {error}", file=sys.stderr)
        return error.exit_code
    try:
        print(json.dumps(report.to_dict(), indent=2, ensure_ascii=False), flush=True)
    except BrokenPipeError:  # "| head": the reader has what it wanted
        sys.stderr.close()
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
