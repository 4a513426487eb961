"""kg extract and kg ingest: machine-read articles into the same graph, safely."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from kg.article_input import ArticleInfo
from kg.build import build
from kg.cli import app
from kg.engine import open_local
from kg.paths import Project
from kg.store import StoreDir

from .conftest import ROOT, derived_by_a_build, derived_triples

ARTICLE = (
    "Donald Trump said on Tuesday that the Geneva Summit would fail. "
    "“We will not give in,” said Stephen Biegun, the former deputy secretary of state. "
    "“It is over,” a senior official told reporters.\n"
)


#: The fields every extracted attribution has, in this order (issue: kg extract --out).
FIELDS = ["content", "cue", "source", "speaker", "descriptor", "kind", "venue", "date"]


@pytest.fixture()
def private_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    store = tmp_path / "store"
    build(Project(ROOT), store, reason=False)
    monkeypatch.setenv("KG_STORE", str(store))
    return store


@pytest.fixture()
def article(tmp_path: Path) -> Path:
    path = tmp_path / "geneva-report.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_extract_jsonl_has_the_documented_fields(article: Path) -> None:
    result = CliRunner().invoke(app, ["extract", str(article)])
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 3
    for record in records:
        assert list(record)[:9] == ["file", *FIELDS]
        for start, end in record["content"]:
            assert 0 <= start < end <= len(ARTICLE)
    biegun = next(r for r in records if r["speaker"] == "Stephen Biegun")
    assert (
        biegun["kind"] == "direct"
        and ARTICLE[slice(*biegun["content"][0])] == "“We will not give in,”"
    )


def test_extract_writes_one_jsonl_per_file(article: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(
        app, ["extract", str(article), "--out", str(out), "--published", "2025-03-04"]
    )
    assert result.exit_code == 0, result.stderr
    lines = (out / "geneva-report.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 3 and list(json.loads(lines[0]))[:8] == FIELDS
    table = CliRunner().invoke(app, ["extract", str(article), "--format", "table"])
    assert "Stephen Biegun" in table.stdout


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\xff\xfe\x00h\x00i", "binary data, not UTF-8 text"),
        (b"caf\xe9 au lait", "not UTF-8 text"),
    ],
)
def test_extract_rejects_what_is_not_text(tmp_path: Path, data: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    result = CliRunner().invoke(app, ["extract", str(path)])
    assert result.exit_code == 1 and message in result.stderr and result.stderr.count("\n") == 1
    missing = CliRunner().invoke(app, ["extract", str(tmp_path / "nope.txt")])
    assert missing.exit_code == 1 and "no such file" in missing.stderr


def test_extract_of_an_empty_file_finds_nothing(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_text("", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(path)])
    assert result.exit_code == 0 and result.stdout == ""


def _count(store: Path) -> int:
    engine = open_local(store)
    try:
        return len(engine.store)
    finally:
        engine.close()


def test_ingest_links_known_actors_mints_events_and_is_idempotent(
    private_store: Path, article: Path
) -> None:
    runner = CliRunner()
    result = runner.invoke(
        app, ["ingest", str(article), "--published", "2025-03-04", "--publisher", "Example News"]
    )
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("1 added, 0 unchanged; 3 statements")
    after_first = _count(private_store)
    again = runner.invoke(app, ["ingest", str(article)])
    assert again.stdout.startswith("0 added, 1 unchanged") and _count(private_store) == after_first
    by_biegun = json.loads(runner.invoke(app, ["claims", "--by", "Biegun", "-f", "json"]).stdout)
    ingested = [c for c in by_biegun if c["source"].endswith("/article/geneva-report")]
    assert [c["text"] for c in ingested] == ["We will not give in"]
    assert ingested[0]["speaker"] == "https://w3id.org/kgclaims/id/actor/stephen-biegun"
    assert ingested[0]["confidence"] is not None
    geneva = json.loads(
        runner.invoke(app, ["claims", "--about", "Geneva Summit", "-f", "json"]).stdout
    )
    assert [c["speaker_label"] for c in geneva] == ["Donald Trump"]
    anonymous = json.loads(runner.invoke(app, ["query", "anonymous-sources", "-f", "json"]).stdout)[
        "rows"
    ]
    assert any(r["descriptor"] == "a senior official" for r in anonymous)
    assert runner.invoke(app, ["validate"]).exit_code == 0


def test_ingest_in_a_fresh_process_links_known_actors_and_validates(
    private_store: Path, tmp_path: Path
) -> None:
    # Only a fresh process shows it: rdflib's SPARQL grammar, first imported (by pyshacl)
    # while a batch was written, kept that frame and with it the staging store open, so
    # sealing the store failed. An article with no event imports it no sooner.
    article = tmp_path / "quote.txt"
    article.write_text("“Another day,” Biegun said.\n", encoding="utf-8")
    env = {**os.environ, "KG_STORE": str(private_store), "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-m", "kg.cli", "ingest", str(article)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("1 added, 0 unchanged; 1 statements")
    manifest = StoreDir(private_store).manifest()
    assert manifest is not None and "quote" in manifest.ingested


def test_a_changed_file_is_another_article_not_a_replacement(
    private_store: Path, article: Path
) -> None:
    runner = CliRunner()
    runner.invoke(app, ["ingest", str(article)])
    article.write_text(ARTICLE.replace("It is over", "It is not over yet"), encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(article)])
    assert result.stdout.startswith("1 added, 0 unchanged"), result.stdout
    claims = json.loads(runner.invoke(app, ["claims", "-f", "json"]).stdout)
    texts = sorted(c["text"] for c in claims if "/article/geneva-report" in c["source"])
    assert texts.count("It is over") == 1 and texts.count("It is not over yet") == 1
    assert len(texts) == 6


def test_ingest_bad_input_changes_nothing(
    private_store: Path, article: Path, tmp_path: Path
) -> None:
    before = _count(private_store)
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfeabc")
    runner = CliRunner()
    result = runner.invoke(app, ["ingest", str(article), str(bad)])
    assert (
        result.exit_code == 1
        and "not UTF-8 text" in result.stderr
        and "Traceback" not in result.stderr
    )
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    assert "nothing to ingest" in runner.invoke(app, ["ingest", str(empty)]).stderr
    two = runner.invoke(app, ["ingest", str(article), str(article), "--title", "T"])
    assert two.exit_code == 1 and "--title and --url describe one article" in two.stderr
    assert _count(private_store) == before


def test_ingest_refuses_an_address_that_is_no_iri(private_store: Path, article: Path) -> None:
    # It was stored as an xsd:anyURI literal that made 'kg validate' fail afterwards.
    before = _count(private_store)
    runner = CliRunner()
    for url in ("not a url", "example.org/news", 'https://example.org/"a"'):
        result = runner.invoke(app, ["ingest", str(article), "--url", url])
        assert result.exit_code == 1, result.stdout
        assert result.stderr == (
            f"error: --url takes an absolute address such as https://example.org/a, not {url!r}\n"
        )
    assert _count(private_store) == before
    good = runner.invoke(app, ["ingest", str(article), "--url", "https://example.org/news/1"])
    assert good.exit_code == 0, good.stderr


def test_a_run_failing_half_way_leaves_the_graph_as_it_was(
    private_store: Path, article: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Batches go through the bulk loader, which is not transactional: the run writes into a
    # staging generation that replaces the current one only when every batch is in.
    from kg import ingest as ingest_module
    from kg.errors import ValidationError

    second = tmp_path / "second.txt"
    second.write_text(ARTICLE.replace("It is over", "It was never over"), encoding="utf-8")
    before, manifest_before = _count(private_store), StoreDir(private_store).manifest()
    generations = sorted(p.name for p in private_store.glob("gen-*"))
    write = ingest_module._BatchWriter.write
    calls: list[int] = []

    def fail_on_second_batch(self: ingest_module._BatchWriter, pending: list[Any]) -> None:
        calls.append(len(pending))
        if len(calls) == 2:
            raise ValidationError("injected failure in the second batch")
        write(self, pending)

    monkeypatch.setattr(ingest_module._BatchWriter, "write", fail_on_second_batch)
    with pytest.raises(ValidationError):
        ingest_module.ingest(
            [article, second], store_dir=private_store, info=ArticleInfo(), batch_size=1
        )
    assert calls == [1, 1]
    assert _count(private_store) == before
    assert StoreDir(private_store).manifest() == manifest_before
    assert sorted(p.name for p in private_store.glob("gen-*")) == generations


def test_rebuild_keeps_ingested_articles(private_store: Path, article: Path) -> None:
    runner = CliRunner()
    runner.invoke(app, ["ingest", str(article)])
    build(Project(ROOT), private_store, reason=False)
    manifest = StoreDir(private_store).manifest()
    assert manifest is not None and "geneva-report" in manifest.ingested
    claims = json.loads(
        runner.invoke(app, ["claims", "--about", "Geneva Summit", "-f", "json"]).stdout
    )
    assert len(claims) == 1


def test_an_ingest_derives_what_a_build_derives(private_store: Path, tmp_path: Path) -> None:
    # The first run mints Ann Lee and the Geneva Summit; the second cites them and the
    # seed's Donald Trump, Stephen Biegun and Hanoi Summit, all known by then. Derived from
    # the batch alone, a known person was typed an actor too (two narrowest types), and a
    # statement about a known event had no event name in its search context.
    first, second = tmp_path / "lee.txt", tmp_path / "cited.txt"
    first.write_text(
        "“We will not give in,” said Ann Lee, the former deputy secretary of state, "
        "before the Geneva Summit.\n",
        encoding="utf-8",
    )
    second.write_text(
        "Ann Lee said the Geneva Summit was a trap. Donald Trump said the Hanoi talks had "
        "taught him patience. Stephen Biegun told reporters that they were useful.\n",
        encoding="utf-8",
    )
    runner = CliRunner()
    for path in (first, second):
        result = runner.invoke(app, ["ingest", str(path)])
        assert result.exit_code == 0, result.stderr
    assert derived_triples(private_store) == derived_by_a_build(private_store, tmp_path)
    trump = json.loads(runner.invoke(app, ["show", "Donald Trump", "-f", "json"]).stdout)
    assert trump["types"] == ["person"]
    # The word search reads the context: "summit" finds what Trump said of "the Hanoi talks".
    rows = json.loads(
        runner.invoke(
            app, ["query", "statements-matching", "--param", "w1=summit", "-f", "json"]
        ).stdout
    )["rows"]
    found = {r["text"]: r["found"] for r in rows}
    assert found.get("the Hanoi talks had taught him patience") == "c----"  # c: in the context


def test_eval_seed_finds_every_curated_direct_quote(runner: CliRunner) -> None:
    result = runner.invoke(app, ["eval", "seed", "-f", "json"])
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    quotes = report["direct_quotes_with_right_speaker"]
    assert quotes["right"] == quotes["total"] >= 20


def test_eval_polnear_refuses_the_test_split(runner: CliRunner) -> None:
    result = runner.invoke(app, ["eval", "polnear", "--split", "test"])
    assert result.exit_code == 1 and "held out" in result.stderr


def test_articles_of_one_run_agree_on_names_tenures_and_kinds(
    private_store: Path, tmp_path: Path
) -> None:
    """Bugs found ingesting PolNeAR train: an office holding with two tenures, one IRI with
    two names, and a lone "memoir" linked to a speech act as if it were an event."""
    first, second = tmp_path / "one.txt", tmp_path / "two.txt"
    first.write_text(
        "“We will see,” said former secretary of state Jane Roe on Monday. "
        "“It is late,” said OBAMA. Roe said the memoir was wrong.\n",
        encoding="utf-8",
    )
    second.write_text(
        "“We are ready,” said secretary of state Jane Roe on Friday. “Fine,” said Obama.\n",
        encoding="utf-8",
    )
    runner = CliRunner()
    result = runner.invoke(app, ["ingest", str(first), str(second), "--published", "2025-03-04"])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("2 added")
    engine = open_local(private_store)
    try:
        names = engine.select(
            "SELECT DISTINCT ?name WHERE { <https://w3id.org/kgclaims/id/actor/obama> "
            "<http://www.w3.org/2000/01/rdf-schema#label> ?name }"
        ).rows
        tenures = engine.select(
            "SELECT ?h (COUNT(?t) AS ?n) WHERE { ?h <https://w3id.org/kgclaims/ontology#tenure> ?t"
            " } GROUP BY ?h HAVING(?n > 1)"
        ).rows
    finally:
        engine.close()
    assert len(names) == 1
    assert tenures == []
    assert runner.invoke(app, ["validate"]).exit_code == 0


def test_statements_from_one_occasion_share_one_speech_act() -> None:
    """One speaker at one venue on one date is one speech act; another venue is another."""
    import datetime as dt

    from kg.entities import EntityIndex
    from kg.extract import extract
    from kg.machine_annotation import annotate

    text = (
        "Ann Lee said on November 21 at the Hudson Institute that the plan was dead. "
        "“It is over,” Lee added.\n\n"
        "“We are late,” Lee told the Hudson Institute.\n\n"
        "“Fine,” Lee told the Senate."
    )
    found = extract(text, published=dt.date(2024, 11, 30))
    annotation = annotate(
        text, "lee", found, EntityIndex([]), ArticleInfo(published="2024-11-30"), "test"
    )
    assert [s.stated_in for s in annotation.statements] == [
        "lee--said-0",
        "lee--said-0",
        "lee--said-0",
        "lee--said-3",
    ]
    assert [act.id for act in annotation.speech_acts] == ["lee--said-0", "lee--said-3"]


def test_a_lost_manifest_is_reported_and_a_rebuild_keeps_the_ingested_articles(
    private_store: Path, article: Path
) -> None:
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(article)]).exit_code == 0
    with_article = _count(private_store)
    current = StoreDir(private_store).current
    assert current is not None
    (current / "manifest.json").write_text("", encoding="utf-8")  # as after a crash
    # A query used to take this for "no graph yet" and rebuild without the article.
    result = runner.invoke(app, ["claims", "--about", "Geneva Summit"])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"error: the store in {private_store} is damaged (")
    assert result.stderr.count("\n") == 1
    assert _count(private_store) == with_article
    rebuilt = runner.invoke(app, ["build", "--no-reason", "-q"])
    assert rebuilt.exit_code == 0, rebuilt.stderr
    manifest = StoreDir(private_store).manifest()
    assert manifest is not None and "geneva-report" in manifest.ingested
    geneva = json.loads(
        runner.invoke(app, ["claims", "--about", "Geneva Summit", "-f", "json"]).stdout
    )
    assert [c["speaker_label"] for c in geneva] == ["Donald Trump"]


def _index(*entities: tuple[str, str, str, tuple[str, ...]]) -> Any:
    """An entity index of (kind, slug, label, aliases), as the store would hold them."""
    from kg.entities import Entity, EntityIndex
    from kg.namespaces import entity_iri

    return EntityIndex(
        Entity(entity_iri(kind, slug), label, frozenset({kind}), (label, *aliases))
        for kind, slug, label, aliases in entities
    )


def test_authors_and_publisher_are_linked_to_known_actors(
    private_store: Path, article: Path
) -> None:
    # They were minted from the name as given: "Sneider" and "KEI" became new actors, and
    # "daniel sneider" gave the known actor a second rdfs:label that the ingest's own
    # checks did not see, so 'kg validate' failed on the stored graph afterwards.
    runner = CliRunner()
    people = ["--author", "daniel sneider", "--author", "Biegun", "--publisher", "KEI"]
    result = runner.invoke(app, ["ingest", str(article), *people])
    assert result.exit_code == 0, result.stderr
    rows = json.loads(
        runner.invoke(
            app,
            [
                "sparql",
                "SELECT ?who WHERE { <https://w3id.org/kgclaims/id/article/geneva-report> "
                "<http://schema.org/author>|<http://schema.org/publisher> ?who } ORDER BY ?who",
                "-f",
                "json",
            ],
        ).stdout
    )["rows"]
    assert [r["who"].rsplit("/", 1)[1] for r in rows] == [
        "daniel-sneider",
        "korea-economic-institute-of-america",
        "stephen-biegun",
    ]
    assert runner.invoke(app, ["validate"]).exit_code == 0


@pytest.mark.parametrize("option", ["--author", "--publisher"])
def test_a_blank_author_or_publisher_is_refused(
    private_store: Path, article: Path, option: str
) -> None:
    # A blank name was minted as the actor 'x' (the slug of nothing), a person for an
    # author and an organization for a publisher: the stored graph then failed validation.
    before = _count(private_store)
    result = CliRunner().invoke(app, ["ingest", str(article), option, " "])
    assert result.exit_code == 1
    assert result.stderr == f"error: {option} takes a name, not ' '\n"
    assert _count(private_store) == before


def test_a_new_name_whose_slug_is_taken_gets_its_own_actor() -> None:
    from kg.extract import extract
    from kg.machine_annotation import annotate

    # "Zoë Park" and "Zo Park" share the slug 'zo-park' (accents were dropped): the second
    # was merged into the first, and given a second name the shapes forbid.
    index = _index(("actor", "zo-park", "Zoë Park", ()))
    text = "Zo Park said the plan was dead."
    annotation = annotate(text, "z", extract(text), index, ArticleInfo(), "t")
    [speaker] = annotation.statements[0].speakers
    assert speaker != "zo-park" and speaker.startswith("zo-park-")
    assert annotation.actors[0].name == "Zo Park" and not annotation.actors[0].known
    # Accents are folded, not dropped, so a name keeps its letters in its slug.
    text = "José Díaz said the plan was dead."
    annotation = annotate(text, "j", extract(text), _index(), ArticleInfo(), "t")
    assert annotation.statements[0].speakers == ("jose-diaz",)


def test_known_events_are_linked_by_a_proper_name_not_a_common_word() -> None:
    from kg.extract import extract
    from kg.machine_annotation import annotate

    # The seed's aliases "the talks" and "the election" name its events inside its own
    # article; in another one, "new talks" or "the Vienna Talks" are other talks.
    index = _index(
        ("event", "nk-talks", "US–North Korea talks of 2018–2019", ("the talks",)),
        ("event", "hanoi-summit", "Hanoi Summit", ("Hanoi talks",)),
    )
    text = (
        "Ann Lee said any new talks would fail. "
        "Bo Kim said the Vienna Talks could succeed where the Hanoi talks failed. "
        "Cy Moe said the Hanoi Peace Conference would open soon. "
        "Di Roe said his film Trump Meets Kim At The Hanoi Summit would open soon."
    )
    annotation = annotate(text, "t", extract(text), index, ArticleInfo(), "t")
    assert [s.about for s in annotation.statements] == [
        (),
        ("hanoi-summit", "vienna-talks"),
        ("hanoi-peace-conference",),
        ("hanoi-summit",),
    ]


def test_names_in_other_scripts_get_distinct_stable_slugs() -> None:
    from kg.extract import extract
    from kg.ingest import article_slug
    from kg.machine_annotation import annotate

    # Every such name slugged to 'x': two unnamed sources written in Hangul were one actor
    # '<article>--x' with the first one's name, and every named one after the first a
    # hash of 'x'; a file named 한국.txt was the article 'x'.
    text = (
        "“It is over,” 한국 외교부 관계자 told reporters. “No,” 북한 관리 said. "
        "Владимир Путин said the plan was dead. Сергей Лавров said the talks were over."
    )
    annotation = annotate(text, "t", extract(text), _index(), ArticleInfo(), "t")
    speakers = [s.speakers[0] for s in annotation.statements]
    assert len(speakers) == 4 and len(set(speakers)) == 4
    assert not any(s.endswith("x") for s in speakers)
    again = annotate(text, "t", extract(text), _index(), ArticleInfo(), "t")
    assert [s.speakers[0] for s in again.statements] == speakers
    names = {a.id: a.name for a in annotation.actors}
    assert [names[s] for s in speakers] == [
        "한국 외교부 관계자",
        "북한 관리",
        "Владимир Путин",
        "Сергей Лавров",
    ]
    korea, china = (article_slug(Path(n), "text", set()) for n in ("한국.txt", "中国.txt"))
    assert korea != china and "x" not in (korea, china)
    assert article_slug(Path("a/한국.txt"), "other text", set()) == korea
    assert article_slug(Path("José.txt"), "text", set()) == "jose"


def test_progress_is_complete_only_once_the_articles_are_in_the_store(
    private_store: Path, tmp_path: Path
) -> None:
    from kg.ingest import Step, ingest

    # The bar counted files read: it showed 100 % while the last batch was still being
    # checked and written, which is most of an ingest's time.
    files = []
    for n, speaker in enumerate(["Ann Lee", "Bo Kim", "Cy Moe"]):
        files.append(tmp_path / f"a{n}.txt")
        files[-1].write_text(f"{speaker} said the plan was dead.\n", encoding="utf-8")
    seen: list[tuple[Step, int]] = []

    def record(step: Step) -> None:
        manifest = StoreDir(private_store).manifest()
        seen.append((step, len(manifest.ingested) if manifest else 0))

    for run in range(2):  # the second run finds every file unchanged
        seen.clear()
        ingest(files, store_dir=private_store, info=ArticleInfo(), batch_size=2, progress=record)
        done = [step.done for step, _stored in seen]
        assert done == sorted(done) and {step.total for step, _ in seen} == {7}, seen
        assert seen[-1][0].done == 7 and seen[-1][1] == 3
        assert all(stored == 3 * run for step, stored in seen if step.done < 7)
    assert [s.done for s, _ in seen] == [2, 4, 6, 7]


def test_details_given_for_an_unchanged_file_are_reported_not_applied(
    private_store: Path, article: Path
) -> None:
    # The same file again changes nothing, and other details given with it were dropped
    # in silence: the user believed the article now had its new title.
    runner = CliRunner()
    details = ["--title", "Geneva", "--author", "daniel sneider", "--published", "2025-03-04"]
    assert runner.invoke(app, ["ingest", str(article), *details]).exit_code == 0
    before = _count(private_store)
    # The same details, the author as the ingest links the name: nothing to say.
    same = runner.invoke(app, ["ingest", str(article), *details[:2], "--author", "Sneider"])
    assert same.exit_code == 0 and same.stderr == ""
    assert runner.invoke(app, ["ingest", str(article)]).stderr == ""
    other = ["--title", "Geneva again", "--author", "Ann Writer", "--publisher", "Example News"]
    result = runner.invoke(app, ["ingest", str(article), *other, "--published", "2025-03-04"])
    assert result.exit_code == 0 and result.stdout.startswith("0 added, 1 unchanged")
    assert result.stderr == (
        f"{article}: already ingested as article 'geneva-report'; --title, --publisher, "
        "--author not applied (kg ingest --replace applies them)\n"
    )
    assert _count(private_store) == before


def test_bad_input_is_refused_before_the_store_is_built(
    tmp_path: Path, article: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A store with no graph yet (or one whose inputs changed) used to be built first, for
    # seconds, and only then was the file found missing: bad input must change nothing.
    store = tmp_path / "fresh"
    monkeypatch.setenv("KG_STORE", str(store))
    empty = tmp_path / "empty.txt"
    empty.write_text(" \n", encoding="utf-8")
    runner = CliRunner()
    for args, message in [
        ([str(article), str(tmp_path / "missing.txt")], f"{tmp_path / 'missing.txt'}: no such"),
        ([str(empty)], f"{empty}: empty"),
        ([str(tmp_path)], f"{tmp_path}: is a directory"),
        ([str(article), "--url", "not an address"], "--url takes an absolute address"),
        ([str(article), "--author", " "], "--author takes a name"),
    ]:
        result = runner.invoke(app, ["ingest", *args])
        assert result.exit_code == 1, result.stdout
        assert result.stderr.startswith(f"error: {message}"), result.stderr
        assert result.stderr.count("\n") == 1
        assert StoreDir(store).current is None


def test_a_seed_named_as_an_ingested_article_does_not_drop_it(
    project_copy: Path, tmp_path: Path, article: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The seed would take the article's named graph: the build used to succeed and leave
    # the ingested article out of the graph and the manifest, without a word.
    import shutil

    store = tmp_path / "store"
    monkeypatch.setenv("KG_STORE", str(store))
    runner = CliRunner()
    assert runner.invoke(app, ["build", "--no-reason", "-q"]).exit_code == 0
    assert runner.invoke(app, ["ingest", str(article)]).exit_code == 0
    before = _count(store)
    seed = project_copy / "seeds" / "geneva-report"
    shutil.copytree(project_copy / "seeds" / "kei-trump-kim-2024", seed)
    meta = seed / "meta.yaml"
    meta.write_text(
        meta.read_text(encoding="utf-8").replace("slug: kei-trump-kim-2024", "slug: geneva-report"),
        encoding="utf-8",
    )
    result = runner.invoke(app, ["build", "--no-reason", "-q"])
    assert result.exit_code == 1
    assert result.stderr == (
        f"error: {seed} has the slug of the ingested article 'geneva-report', which a build "
        "would drop: rename the folder, or 'kg remove geneva-report' first\n"
    )
    manifest = StoreDir(store).manifest()
    assert manifest is not None and "geneva-report" in manifest.ingested
    assert _count(store) == before


def test_a_venue_that_names_an_event_is_that_event_and_a_kind_of_occasion_is_none() -> None:
    from kg.extract import extract
    from kg.machine_annotation import annotate

    # "told the Dunmore convention" and, later, "the Dunmore Convention": one event with
    # one name (the venue had been minted as an organization with the event's slug, and
    # the stored node had two labels, which the shapes forbid). "at a news conference"
    # names no one: minted, every article's would be one shared organization.
    text = (
        "Ann Lee told the Dunmore convention on Friday that the levy must go.\n\n"
        "She said she would speak again at the Dunmore Convention next year.\n\n"
        "Bo Kim said at a news conference on Monday that the levy was fair."
    )
    annotation = annotate(text, "t", extract(text), _index(), ArticleInfo(), "t")
    venues = [act.venue for act in annotation.speech_acts]
    assert venues[0] == "dunmore-convention"
    assert [e.id for e in annotation.events] == ["dunmore-convention"]
    assert [e.name for e in annotation.events] == ["Dunmore convention"]
    assert "dunmore-convention" not in [a.id for a in annotation.actors]
    assert venues[-1] is None
    assert not any("conference" in a.id for a in annotation.actors)


def _ingested(path: Path, text: str, *options: str) -> CliRunner:
    """A runner after ``kg ingest`` of ``text`` written to ``path``, with ``options``."""
    path.write_text(text, encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(app, ["ingest", str(path), *options])
    assert result.exit_code == 0, result.stderr
    return runner


def _slugs(runner: CliRunner, query: str) -> list[str]:
    """The last path segment of each IRI the one-variable ``query`` selects."""
    rows = json.loads(runner.invoke(app, ["sparql", query, "-f", "json"]).stdout)["rows"]
    return [str(value).rsplit("/", 1)[1] for row in rows for value in row.values()]


def test_a_columns_i_is_its_one_author(private_store: Path, tmp_path: Path) -> None:
    """'I' outside quotes is the author given with --author, the same actor the article's
    schema:author is; with two authors it stays unnamed."""
    column = tmp_path / "harbor-column.txt"
    text = "Why the harbor plan will fail\n\nI have argued for years that the plan is a mistake.\n"
    runner = _ingested(column, text, "--author", "Marta Quill")
    query = (
        "SELECT ?who WHERE { ?s <http://www.w3.org/ns/prov#wasAttributedTo> ?who . "
        "<https://w3id.org/kgclaims/id/article/harbor-column> <http://schema.org/author> ?who }"
    )
    assert _slugs(runner, query) == ["marta-quill"]
    two = ["--replace", "--author", "Marta Quill", "--author", "Tom Reyes"]
    assert runner.invoke(app, ["ingest", str(column), *two]).exit_code == 0
    assert _slugs(runner, query) == []


def test_told_the_newspaper_is_the_publisher_where_the_text_names_none(
    private_store: Path, tmp_path: Path
) -> None:
    story = tmp_path / "harbor-sale.txt"
    text = "Harbor sale\n\n“We will not sell,” Ann Lee told the newspaper.\n"
    runner = _ingested(story, text, "--publisher", "Dunmore Gazette")
    query = (
        "SELECT ?venue WHERE { ?act <https://w3id.org/kgclaims/ontology#venue> ?venue . "
        "<https://w3id.org/kgclaims/id/article/harbor-sale> <http://schema.org/publisher> ?venue }"
    )
    assert _slugs(runner, query) == ["dunmore-gazette"]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("A spokesman for the ministry declined to comment.", "refusal"),
        ("Lee declined to say whether the port would close.", "refusal"),
        ("Lee refused to be interviewed.", "refusal"),
        ("The mayor did not immediately respond to a request for comment.", "refusal"),
        ("Lee has not responded to several requests for an interview.", "refusal"),
        ("Lee declined to immediately comment.", "refusal"),
        ("Lee declined further comment.", "refusal"),
        ("Lee did not respond to questions about his health.", "refusal"),  # cue holds 'questions'
        ("Lee responded to questions about his health.", None),
        # Declining something else, and answering, are no refusals to speak.
        ("Lee declined an invitation to the summit.", None),
        ("Lee refused to accept the offer.", None),
        ("Lee responded to questions from reporters.", None),
        ("Lee warned that the port would close.", "warning"),
    ],
)
def test_a_refusal_to_speak_is_a_statement_of_its_own_kind(sentence: str, kind: str | None) -> None:
    from kg.extract import extract
    from kg.machine_annotation import statement_kind

    (attribution,) = extract(sentence)
    assert statement_kind(sentence, attribution) == kind


def test_kg_ask_finds_who_declined_to_comment(private_store: Path, tmp_path: Path) -> None:
    story = tmp_path / "harbor-sale.txt"
    story.write_text(
        "Harbor sale\n\nThe port will be sold, Tom Reyes said on Monday. Ann Lee, who chairs "
        "the harbor board, declined to comment.\n",
        "utf-8",
    )
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(story)]).exit_code == 0
    result = runner.invoke(app, ["ask", "Who declined to comment?", "-f", "json"])
    assert result.exit_code == 0, result.stderr
    rows = json.loads(result.stdout)["rows"]
    assert [(r["speaker"], r["kind"]) for r in rows] == [("Ann Lee", "refusal")]
    assert runner.invoke(app, ["validate"]).exit_code == 0


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Lee warned that the port would close.", "warning"),
        ("Lee warns the port will close.", "warning"),
        ("Lee predicts the port will close.", "prediction"),
        ("Lee recalled that the port had closed once before.", "account"),
        ("Lee accused the board of hiding the losses.", "criticism"),
        ("Lee called for an inquiry into the port.", "demand"),
        ("Lee said the port would close.", None),
    ],
)
def test_a_cue_s_verb_gives_the_kind_of_statement(sentence: str, kind: str | None) -> None:
    from kg.extract import extract
    from kg.machine_annotation import statement_kind

    (attribution,) = extract(sentence)
    assert statement_kind(sentence, attribution) == kind
