"""The benchmark report as tables (terminal) and as ``bench/RESULTS.md``."""

from __future__ import annotations

from typing import Any

from kg.output import plain_table


def summary_rows(report: dict[str, Any]) -> tuple[list[str], list[list[str]]]:
    columns = [
        "engine",
        "triples",
        "load s",
        "triples/s",
        "peak RSS MB",
        "selective p50 max ms",
        "corpus-wide p50 max ms",
        "× rdflib",
    ]
    rows = []
    for run in report["runs"]:
        if "error" in run:
            rows.append(
                [run["engine"], f"{run['size']:,}", "error: " + run["error"], "", "", "", "", ""]
            )
            continue
        selective = set(run.get("selective", []))
        timed = {n: q for n, q in run["queries"].items() if "error" not in q}
        sel = [q["median_ms"] for n, q in timed.items() if n in selective]
        wide = [q["median_ms"] for n, q in timed.items() if n not in selective]
        rows.append([
            run["engine"],
            f"{run['triples']:,}",
            f"{run['load_s']:.2f}",
            f"{run['triples_per_s']:,}",
            f"{run['peak_rss_mb']:.0f}",
            f"{max(sel):.1f}" if sel else "",
            f"{max(wide):.1f}" if wide else "",
            _speedup(run),
        ])  # fmt: skip
    return columns, rows


def _speedup(run: dict[str, Any]) -> str:
    speedup = run.get("speedup_vs_rdflib")
    if not speedup:
        return ""
    return f"≥ {speedup:.1f}" if run.get("speedup_is_lower_bound") else f"{speedup:.1f}"


#: The targets of the speed-and-scale issue, checked against whatever sizes were run.
SPEEDUP_TARGET = 50.0
SELECTIVE_P50_MS = 50.0
CORPUS_WIDE_P50_MS = 2000.0
LOAD_PER_S = 200_000
PEAK_RSS_MB = 1536.0


def target_rows(report: dict[str, Any]) -> tuple[list[str], list[list[str]]]:
    """Each target, what was measured and whether it is met (only for sizes that ran)."""
    from kg.benchmark.run import DEFAULT_ENGINE

    runs = [r for r in report["runs"] if "error" not in r]
    rows: list[list[str]] = []

    def default_at(size: int) -> dict[str, Any] | None:
        return next((r for r in runs if r["engine"] == DEFAULT_ENGINE and r["size"] == size), None)

    run = default_at(100_000)
    if run and run.get("speedup_vs_rdflib"):
        speedup = float(run["speedup_vs_rdflib"])
        rows.append([
            f"{DEFAULT_ENGINE} ≥ {SPEEDUP_TARGET:.0f}× rdflib at 10^5 (geometric mean)",
            _speedup(run) + "×",
            _met(speedup >= SPEEDUP_TARGET),
        ])  # fmt: skip
    run = default_at(1_000_000)
    if run:
        selective = set(run.get("selective", []))
        timed = {n: q for n, q in run["queries"].items() if "error" not in q}
        checks = (
            (True, f"selective queries p50 ≤ {SELECTIVE_P50_MS:.0f} ms at 10^6", SELECTIVE_P50_MS),
            (False, f"corpus-wide queries p50 ≤ {CORPUS_WIDE_P50_MS / 1000:.0f} s at 10^6",
             CORPUS_WIDE_P50_MS),
        )  # fmt: skip
        for is_selective, target, limit in checks:
            medians = [
                (q["median_ms"], n) for n, q in timed.items() if (n in selective) == is_selective
            ]
            if medians:
                slowest_ms, slowest = max(medians)
                rows.append(
                    [target, f"slowest {slowest} {slowest_ms:.1f} ms", _met(slowest_ms <= limit)]
                )
    for engine in sorted({r["engine"] for r in runs if r["engine"] != "rdflib-memory"}):
        largest = max((r for r in runs if r["engine"] == engine), key=lambda r: r["size"])
        rows.append([
            f"{engine} bulk load ≥ {LOAD_PER_S:,} triples/s",
            f"{largest['triples_per_s']:,}/s at {largest['triples']:,}",
            _met(largest["triples_per_s"] >= LOAD_PER_S),
        ])  # fmt: skip
        peak = max(r["peak_rss_mb"] for r in runs if r["engine"] == engine)
        rows.append([
            f"{engine} peak RSS ≤ {PEAK_RSS_MB / 1024:.1f} GB",
            f"{peak:,.0f} MB (largest size run)",
            _met(peak <= PEAK_RSS_MB),
        ])  # fmt: skip
    big = [r for r in report["runs"] if r["size"] >= 10_000_000]
    if big:
        done = [r["engine"] for r in big if "error" not in r]
        rows.append([
            "a 10^7-triple run completes",
            ", ".join(done) if done else "failed",
            _met(bool(done)),
        ])  # fmt: skip
    return ["target", "measured", "met"], rows


def _met(ok: bool) -> str:
    return "yes" if ok else "**no**"


def query_rows(report: dict[str, Any]) -> tuple[list[str], list[list[str]]]:
    runs = [r for r in report["runs"] if "error" not in r]
    columns = ["query"] + [f"{r['engine']} {r['triples'] / 1e6:.2g}M p50/p95 ms" for r in runs]
    names: list[str] = []
    for run in runs:
        names += [n for n in run["queries"] if n not in names]
    rows = []
    for name in names:
        row = [name]
        for run in runs:
            q = run["queries"].get(name)
            if q and "error" in q:
                row.append("fails")
            else:
                cell = f"{q['median_ms']:.1f} / {q['p95_ms']:.1f}" if q else ""
                if q and q.get("runs", 3) < 3:
                    cell += f" ({q['runs']} run{'s' if q['runs'] > 1 else ''})"
                row.append(cell)
        rows.append(row)
    return columns, rows


def text(report: dict[str, Any]) -> str:
    parts = [plain_table(*summary_rows(report), max_width=60)]
    for skipped in report.get("skipped", []):
        parts.append(f"skipped: {skipped['reason']}\n")
    targets = target_rows(report)
    if targets[1]:
        parts.append(plain_table(*targets, max_width=60))
    cli = report.get("cli")
    if cli and "error" not in cli:
        parts.append(
            f"kg ask, fresh process: {cli['ask_median_ms']} ms median vs "
            f"{cli['baseline_median_ms']} ms for 'import pyoxigraph, typer' (×{cli['ratio']})\n"
        )
    return "\n".join(parts)


def _md_table(columns: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def markdown(report: dict[str, Any], command: str) -> str:
    machine = report["machine"]
    out = [
        "# Benchmark results\n",
        f"Measured {machine['date']} on {machine['cores']} cores "
        f"({machine['cpu'] or 'unknown CPU'}), "
        f"{machine['memory_gb']} GB RAM, {machine['platform']}, Python {machine['python']}, "
        f"pyoxigraph {machine['pyoxigraph']}, rdflib {machine['rdflib']}. "
        "The machine is shared; numbers vary by ±20 % between runs.\n",
        f"Reproduce with:\n\n```sh\n{command}\n```\n",
        "## Load, memory and latency\n",
        "Selective queries name one actor, event, venue, position or article; corpus-wide "
        "ones aggregate or scan everything. `× rdflib` is the geometric mean over the "
        "workload of rdflib's median latency divided by the engine's.\n",
        _md_table(*summary_rows(report)),
    ]
    for skipped in report.get("skipped", []):
        out.append(f"- {skipped['reason']}\n")
    targets = target_rows(report)
    if targets[1]:
        out.append("\n## Against the targets\n")
        out.append(_md_table(*targets))
    out.append("\n## Corpora\n")
    corpus_cols = [
        "size",
        "asserted",
        "inferred",
        "quads",
        "articles",
        "statements",
        "actors",
        "events",
        "generate s",
        "rules s",
    ]
    corpus_rows = [
        [f"{c['size']:,}", f"{c['asserted_triples']:,}", f"{c['inferred_triples']:,}",
         f"{c['total_quads']:,}", f"{c['articles']:,}", f"{c['statements']:,}", f"{c['actors']:,}",
         f"{c['events']:,}", f"{c['generate_s']}", f"{c['infer_s']}"]
        for c in report["corpora"]
    ]  # fmt: skip
    out.append(_md_table(corpus_cols, corpus_rows))
    out.append("\n## Latency per query (median / p95, ms)\n")
    out.append(_md_table(*query_rows(report)))
    cli = report.get("cli")
    if cli and "error" not in cli:
        out.append("\n## Command-line start-up\n")
        out.append(
            f"`kg {cli['command']}` as a fresh process on the seed graph: "
            f"**{cli['ask_median_ms']} ms** median over {cli['runs']} runs, against "
            f'{cli["baseline_median_ms"]} ms for `python -c "import pyoxigraph, typer"` '
            f"(×{cli['ratio']}).\n"
        )
    return "".join(out)
