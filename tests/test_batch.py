"""`xborder batch`: every row out once and in order, bad input per row, resume, executors agree."""
from __future__ import annotations

import csv
import itertools
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

from xborder.batch import annotate_partition, run_batch  # noqa: E402
from xborder.batch.annotate import Annotator, Settings  # noqa: E402
from xborder.batch.columns import Columns, resolve  # noqa: E402
from xborder.errors import InputError  # noqa: E402

DATA = Path(__file__).parent / "data"
FIXTURES = DATA / "batch"


def _messages() -> list[str]:
    texts = []
    for path in sorted((DATA / "triage").glob("*.jsonl")):
        texts += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line]
    for path in sorted((DATA / "detect" / "corpus").glob("*.tsv")):
        texts += [line.split("\t", 1)[1] for line in path.read_text(encoding="utf-8").splitlines() if "\t" in line]
    return texts


def write_export(path: Path, rows: int) -> Path:
    """A CSV export from the project's corpora: ids, texts, countries, opening and first-reply times."""
    texts = _messages()
    countries = ["MX", "DE", "", "BR", "JP", "SA", "FR", "US", ""]
    with open(path, "w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(["ticket", "body", "opened", "first_reply", "country", "agent"])
        for i in range(rows):
            day, hour = 1 + i % 27, 6 + (i * 7) % 14
            out.writerow([f"T{i:05d}", texts[(i * 37) % len(texts)], f"2026-{1 + i % 9:02d}-{day:02d}T{hour:02d}:15:00Z",
                          f"2026-{1 + i % 9:02d}-{day:02d}T{hour:02d}:15:00Z".replace("T", " ") if i % 3 else "",
                          countries[i % len(countries)], f"agent {i % 4}"])
    return path


COLS = ["--text-col", "body", "--id-col", "ticket", "--created-col", "opened", "--first-reply-col", "first_reply"]
COLUMNS = {"text": "body", "id": "ticket", "created": "opened", "first_reply": "first_reply"}


@pytest.fixture(scope="module")
def export(tmp_path_factory) -> Path:
    return write_export(tmp_path_factory.mktemp("export") / "export.csv", 1200)


@pytest.fixture(scope="module")
def reference(export, tmp_path_factory):
    """The uninterrupted local run, one process."""
    out = tmp_path_factory.mktemp("reference") / "out.parquet"
    summary = run_batch(export, out, columns=COLUMNS, jobs=1, batch_size=100, progress=False)
    assert summary.rows == 1200 and summary.batches == 12
    return pq.read_table(out)


# The console script in a fresh process (signals and exit statuses as a user sees them).
XBORDER = [sys.executable, "-c", "from xborder.cli.main import main; main()"]


def _cli(*args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([*XBORDER, *args], capture_output=True, text=True,
                          timeout=300, **kwargs)


def test_every_row_once_in_order_with_columns_kept(export, reference, toolkit):
    with open(export, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert reference.num_rows == len(rows)
    assert reference.column("ticket").to_pylist() == [r["ticket"] for r in rows]
    assert reference.column("body").to_pylist() == [r["body"] for r in rows]
    assert reference.column("agent").to_pylist() == [r["agent"] for r in rows]
    assert reference.schema.names[:6] == ["ticket", "body", "opened", "first_reply", "country", "agent"]
    assert reference.schema.field("xb_reasons").type == pa.list_(pa.string())
    assert reference.schema.field("xb_escalate").type == pa.bool_()
    assert reference.column("xb_error").null_count == len(rows)
    langs = reference.column("xb_language").to_pylist()
    assert len(set(langs)) > 20
    # a row goes without a language only when its script is none a supported language is written in (Bengali)
    bodies = reference.column("body").to_pylist()
    assert all(toolkit.detect(body).script is None for body, lang in zip(bodies, langs) if lang is None)
    assert any(reference.column("xb_escalate").to_pylist())


def test_annotations_match_the_toolkit(export, reference, toolkit):
    for row in reference.slice(0, 40).to_pylist():
        triage = toolkit.triage(row["body"], country=row["country"] or None)
        assert row["xb_language"] == triage.detection.language
        assert row["xb_region"] == triage.detection.region
        assert row["xb_reasons"] == list(triage.reasons)


def test_two_workers_give_the_same_rows(export, reference, tmp_path):
    out = tmp_path / "out.parquet"
    run_batch(export, out, columns=COLUMNS, jobs=2, batch_size=100, progress=False)
    assert pq.read_table(out).equals(reference)


def test_dask_local_cluster_gives_the_same_rows(export, reference, tmp_path):
    pytest.importorskip("dask.distributed")
    out = tmp_path / "out.parquet"
    run_batch(export, out, columns=COLUMNS, engine="dask", jobs=1, batch_size=300, progress=False,
              cluster_options={"processes": False})
    table = pq.read_table(out)
    assert table.num_rows == reference.num_rows
    assert table.to_pylist() == reference.to_pylist()


def _kill_midway(args: list[str], parts: Path, sig: int, shards: int) -> tuple[int, str]:
    """Run the CLI, send ``sig`` once ``shards`` batches are done; (exit status, stderr)."""
    # SIGINT as a terminal gives it: a shell's background job (`pytest &`) ignores SIGINT, the child would
    # inherit that, and Python installs no KeyboardInterrupt handler for an ignored signal
    with subprocess.Popen([*XBORDER, *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                          start_new_session=True,
                          preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL)) as process:
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline and process.poll() is None:
            if len(list(parts.glob("*.arrow"))) >= shards:
                break
            time.sleep(0.05)
        assert process.poll() is None, "the run finished before it could be interrupted"
        if sig == signal.SIGKILL:
            os.killpg(process.pid, signal.SIGKILL)    # the whole group: workers die too
        else:
            process.send_signal(sig)
        _, stderr = process.communicate(timeout=120)
        return process.returncode, stderr


def test_sigkill_then_resume_equals_an_uninterrupted_run(export, reference, tmp_path):
    out = tmp_path / "out.parquet"
    args = ["batch", str(export), "--out", str(out), "--batch-size", "100", "--jobs", "2", *COLS]
    _kill_midway(args, Path(f"{out}.parts"), signal.SIGKILL, 3)
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["out.parquet.parts"]   # the partial output is in there
    done = len(list(Path(f"{out}.parts").glob("*.arrow")))
    assert 3 <= done < 12
    resumed = _cli(*args, "--resume", "--json")
    assert resumed.returncode == 0, resumed.stderr
    summary = json.loads(resumed.stdout)
    assert summary["rows"] == 1200 and summary["resumed_batches"] >= done
    assert pq.read_table(out).equals(reference)
    assert not Path(f"{out}.parts").exists()


def test_ctrl_c_stops_cleanly_and_resume_finishes(export, reference, tmp_path):
    out = tmp_path / "out.parquet"
    # small batches: most of the run is still ahead when the signal is sent, even on a loaded machine
    args = ["batch", str(export), "--out", str(out), "--batch-size", "25", "--jobs", "1", *COLS]
    status, stderr = _kill_midway(args, Path(f"{out}.parts"), signal.SIGINT, 2)
    assert status == 130, stderr
    assert "Traceback" not in stderr and "--resume" in stderr and len(stderr.strip().splitlines()) == 1
    resumed = _cli(*args, "--resume")
    assert resumed.returncode == 0, resumed.stderr
    assert pq.read_table(out).equals(reference)


def test_resume_refuses_changed_options(export, tmp_path):
    out = tmp_path / "out.csv"
    parts = Path(f"{out}.parts")
    parts.mkdir()
    (parts / "manifest.json").write_text("{}", encoding="utf-8")
    with pytest.raises(InputError, match="cannot resume"):
        run_batch(export, out, columns=COLUMNS, jobs=1, resume=True, progress=False)


def test_formats_round_trip(export, reference, tmp_path):
    small = tmp_path / "small.csv"
    # the header and the first 50 records (a message may hold a line break: count records, not lines)
    with export.open(encoding="utf-8", newline="") as source, small.open("w", encoding="utf-8", newline="") as head:
        csv.writer(head).writerows(itertools.islice(csv.reader(source), 51))
    run_batch(small, tmp_path / "a.jsonl", columns=COLUMNS, jobs=1, progress=False)
    lines = [json.loads(x) for x in (tmp_path / "a.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [x["ticket"] for x in lines] == reference.column("ticket").to_pylist()[:50]
    assert [x["xb_reasons"] for x in lines] == reference.column("xb_reasons").to_pylist()[:50]
    # JSONL -> CSV -> Parquet: the same annotations all the way.
    run_batch(tmp_path / "a.jsonl", tmp_path / "b.csv", columns=COLUMNS, jobs=1, progress=False)
    run_batch(tmp_path / "b.csv", tmp_path / "c.parquet", columns=COLUMNS, jobs=1, progress=False)
    table = pq.read_table(tmp_path / "c.parquet")
    assert table.column("xb_language").to_pylist() == reference.column("xb_language").to_pylist()[:50]
    assert table.column("xb_local_time").to_pylist() == reference.column("xb_local_time").to_pylist()[:50]


def test_nested_json_values_survive(tmp_path):
    out = tmp_path / "out.jsonl"
    run_batch(FIXTURES / "freshdesk.jsonl", out, preset="freshdesk", jobs=1, progress=False)
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    source = [json.loads(x) for x in (FIXTURES / "freshdesk.jsonl").read_text(encoding="utf-8").splitlines()]
    for row, original in zip(rows, source):
        assert {k: row[k] for k in original} == original
    assert [r["xb_region"] for r in rows] == ["BR", "FR", "IE"]
    assert rows[0]["xb_first_reply_hours"] == 0.5 and rows[0]["xb_sla_met"] is True
    assert rows[2]["xb_reasons"] == ["privacy"] and rows[2]["xb_first_reply_hours"] is None


@pytest.mark.parametrize("preset, path, ids", [
    ("zendesk", "zendesk.csv", ["48213", "48214", "48215", "48216"]),
    ("freshdesk", "freshdesk.jsonl", [9101, 9102, 9103]),
    ("chatwoot", "chatwoot.jsonl", [13098, 13099]),
    ("zammad", "zammad.jsonl", ["31001", "31002"]),
])
def test_presets_read_each_helpdesk_export(preset, path, ids, tmp_path):
    out = tmp_path / "out.jsonl"
    run_batch(FIXTURES / path, out, preset=preset, jobs=1, progress=False)
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    key = resolve(rows[0].keys(), preset=preset).id
    assert [r[key] for r in rows] == ids
    assert all(r["xb_language"] and r["xb_error"] is None for r in rows)
    assert any(r["xb_local_time"] for r in rows)


def test_zendesk_sla_counts_the_customers_holiday(tmp_path):
    out = tmp_path / "out.jsonl"
    run_batch(FIXTURES / "zendesk.csv", out, preset="zendesk", jobs=1, progress=False)
    rows = {r["Id"]: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    # Opened 10:05 in Tokyo on 3 November (Culture Day), answered 115 minutes later: no business time.
    assert rows["48215"]["xb_local_time"] == "2026-11-03T10:05:00+09:00"
    assert rows["48215"]["xb_first_reply_hours"] == 0
    # Opened 03:14 in Mexico City on a Monday, answered 26 hours later (05:14 Tuesday): 9 hours.
    assert rows["48213"]["xb_first_reply_hours"] == 9 and rows["48213"]["xb_sla_met"] is True


def test_saudi_weekend_is_not_business_time(toolkit):
    annotator = Annotator(Settings(Columns(text="text", created="created", first_reply="reply", country="country"),
                                   sla_hours=1.5), toolkit=toolkit)
    n = 1
    values = {"text": ["طلبي لم يصل حتى الآن"], "country": ["SA"],
              "created": ["2026-11-19T14:00:00Z"],   # Thursday 17:00 in Riyadh
              "reply": ["2026-11-22T07:00:00Z"]}     # Sunday 10:00 in Riyadh; Friday and Saturday are the weekend
    out = annotator.annotate(values.__getitem__, n)
    assert out["xb_local_time"] == ["2026-11-19T17:00:00+03:00"]
    assert out["xb_first_reply_hours"] == [2.0] and out["xb_sla_met"] == [False]
    team = Annotator(Settings(Columns(text="text", created="created", first_reply="reply", country="country"),
                              business_hours="Mon-Fri 09:00-18:00 @Europe/Berlin"), toolkit=toolkit)
    # The team's hours instead: Thu 15:00-18:00 Berlin + Fri 9 hours = 12 hours.
    assert team.annotate(values.__getitem__, n)["xb_first_reply_hours"] == [12.0]


def test_intent_comes_from_the_toolkits_classify(toolkit):
    from types import SimpleNamespace

    class WithIntents(type(toolkit)):
        def classify(self, text, *, region=None, language=None, entities=True):
            assert entities is False and language == "de"   # told the detected language, no entities
            return SimpleNamespace(intent="return_request" if "zurück" in text else "other")

    annotator = Annotator(Settings(Columns(text="text", country="country", phone="phone")),
                          toolkit=WithIntents(data_dirs=[]))
    values = {"text": ["Ich möchte die Schuhe zurückschicken", "Hallo, wo ist mein Paket?"], "country": ["DE", None],
              "phone": ["+49 151 23456712", None]}
    out = annotator.annotate(values.__getitem__, 2)
    assert out["xb_intent"] == ["return_request", "other"]


def test_annotate_partition_takes_pandas_and_arrow():
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame({"id": [1, 2], "message": ["Où est ma commande ? Colissimo ne bouge plus", ""],
                          "country": ["FR", None]})
    out = annotate_partition(frame)
    assert list(out.columns[:3]) == ["id", "message", "country"]
    assert out["xb_language"].tolist()[0] == "fr" and out["xb_error"].tolist()[1] == "empty text"
    table = pa.Table.from_pandas(frame, preserve_index=False)
    batch = table.to_batches()[0]
    annotated = annotate_partition(batch, columns={"text": "message"})
    assert isinstance(annotated, pa.RecordBatch) and annotated.num_rows == 2
    assert annotated.column("xb_region").to_pylist()[0] == "FR"
    assert isinstance(annotate_partition(table), pa.Table)


# -- bad input ----------------------------------------------------------------------------------
def _run_rows(path: Path, tmp_path: Path, **options) -> tuple[list[dict], object]:
    out = tmp_path / "out.jsonl"
    summary = run_batch(path, out, jobs=1, progress=False, **options)
    return [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()], summary


def test_broken_quoting_costs_one_row_not_the_rest(tmp_path):
    path = tmp_path / "broken.csv"
    path.write_text('id,text\n1,"hola, mi pedido no llega\n2,"Wo ist mein Paket?"\n3,thanks a lot\n'
                    '4,"unterminated ""quote" here\n5,ok gracias\n', encoding="utf-8")
    rows, summary = _run_rows(path, tmp_path)
    assert [r["id"] for r in rows] == [None, "2", "3", None, "5"]
    assert rows[0]["xb_error"].startswith("line 2: broken CSV quoting")
    assert rows[3]["xb_error"].startswith("line 5: broken CSV quoting")
    assert rows[1]["xb_language"] == "de" and rows[1]["xb_error"] is None
    assert summary.rows == 5 and summary.errors == 2


def test_unclosed_quote_to_the_end_of_the_file(tmp_path):
    path = tmp_path / "tail.csv"
    path.write_text('id,text\n1,fine thanks\n2,"never closed\n3,next one\n4,and the last\n', encoding="utf-8")
    rows, _ = _run_rows(path, tmp_path)
    assert [r["id"] for r in rows] == ["1", None, "3", "4"]
    assert "line 3" in rows[1]["xb_error"]


def test_wrong_field_count_is_reported_on_the_row(tmp_path):
    path = tmp_path / "fields.csv"
    path.write_text("id,text,country\n1,Hallo zusammen,DE,extra\n2,bonjour\n", encoding="utf-8")
    rows, _ = _run_rows(path, tmp_path)
    assert rows[0]["xb_error"] == "line 2: 4 fields, the header has 3" and rows[0]["xb_language"] == "de"
    assert rows[1]["xb_error"] == "line 3: 2 fields, the header has 3" and rows[1]["country"] is None


def test_latin1_file_is_read_as_windows_1252(tmp_path):
    path = tmp_path / "latin1.csv"
    path.write_bytes('id,text\n1,"Olá, meu pedido não chegou ainda"\n2,Où est ma commande ?\n'.encode("latin-1"))
    rows, summary = _run_rows(path, tmp_path)
    assert rows[0]["text"] == "Olá, meu pedido não chegou ainda" and rows[0]["xb_language"] == "pt"
    assert rows[1]["text"] == "Où est ma commande ?"
    assert any("not UTF-8" in note and "Windows-1252" in note for note in summary.notes)


def test_stray_bytes_in_a_utf8_file_mark_only_their_row(tmp_path):
    path = tmp_path / "mixed.csv"
    thanks = "gracias por todo, muy amables, el paquete llegó perfecto y rápido, saludos desde Sevilla"
    lines = "".join(f'{i},"{thanks}"\n' for i in range(800))
    assert len(lines.encode()) > 64 * 1024      # past the part of the file that decides its encoding
    path.write_bytes(("id,text\n" + lines).encode() + b"800,caf\xe9 con leche\n801,vielen Dank\n")
    rows, _ = _run_rows(path, tmp_path)
    assert len(rows) == 802 and rows[0]["text"] == thanks
    assert rows[800]["text"] == "caf\ufffd con leche" and "not utf-8" in rows[800]["xb_error"]
    assert rows[800]["xb_language"] == "es"
    assert rows[801]["xb_error"] is None


def test_utf16_with_bom(tmp_path):
    path = tmp_path / "utf16.csv"
    path.write_bytes("id\ttext\n1\t주문한 상품이 아직 안 왔어요\n2\tdanke schön\n".encode("utf-16"))
    rows, _ = _run_rows(path, tmp_path)
    assert [r["xb_language"] for r in rows] == ["ko", "de"]
    assert rows[0]["text"] == "주문한 상품이 아직 안 왔어요"


def test_empty_text_and_a_megabyte_message(tmp_path):
    path = tmp_path / "sizes.jsonl"
    huge = "Mi pedido no ha llegado todavía y nadie me contesta. " * 20_000
    assert len(huge.encode()) > 1_000_000
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in [
        {"id": 1, "text": ""}, {"id": 2, "text": "   "}, {"id": 3, "text": None}, {"id": 4, "text": huge},
        {"id": 5}, "not an object"]) + "\n{broken json\n", encoding="utf-8")
    rows, summary = _run_rows(path, tmp_path)
    assert [r["xb_error"] for r in rows[:3]] == ["empty text"] * 3
    assert rows[3]["xb_language"] == "es" and rows[3]["text"] == huge and rows[3]["xb_error"] is None
    assert rows[4]["xb_error"] == "empty text"
    assert rows[5]["xb_error"] == "line 6: not a JSON object; row not read"
    assert rows[6]["xb_error"].startswith("line 7: invalid JSON")
    assert summary.rows == 7


def test_huge_csv_field(tmp_path):
    path = tmp_path / "big.csv"
    path.write_text('id,text\n1,"' + "ich warte seit Wochen auf mein Paket\n" * 30_000 + '"\n2,ok\n', encoding="utf-8")
    rows, _ = _run_rows(path, tmp_path)
    assert [r["id"] for r in rows] == ["1", "2"] and rows[0]["xb_language"] == "de"


def test_missing_mapped_column_is_one_clear_error(export, tmp_path):
    result = _cli("batch", str(export), "--out", str(tmp_path / "o.csv"), "--text-col", "message")
    assert result.returncode == 2
    assert result.stderr.strip() == (f"error: {export}:1: no column 'message' (mapped with --text-col); "
                                      "columns: agent, body, country, first_reply, opened, ticket")
    comments = tmp_path / "comments.csv"
    comments.write_text("ticket,comment\n1,hola\n", encoding="utf-8")
    result = _cli("batch", str(comments), "--out", str(tmp_path / "o.csv"))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.startswith(f"error: {comments}:1: no text column (looked for text, message, body")
    assert not (tmp_path / "o.csv").exists()


@pytest.mark.parametrize("args, message", [
    (["--out", "x.xlsx"], "use .csv, .jsonl or .parquet"),
    (["--sla", "-3"], "SLA"),
    (["--business-hours", "Mon-Fri 25:00-18:00"], "business hours"),
    (["--engine", "dask", "--scheduler", "tcp://127.0.0.1:9"], "cannot reach the Dask scheduler"),
])
def test_bad_options_exit_2_in_one_line(export, tmp_path, args, message):
    base = ["batch", str(export)] + ([] if "--out" in args else ["--out", str(tmp_path / "o.csv")])
    result = _cli(*base, *COLS, *args, cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert message in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_unreadable_inputs(tmp_path):
    (tmp_path / "fake.parquet").write_bytes(b"not parquet at all")
    (tmp_path / "empty.csv").write_bytes(b"")
    for name, message in [("fake.parquet", "not a readable Parquet file"), ("empty.csv", "no header row"),
                          ("missing.csv", "no such file")]:
        result = _cli("batch", str(tmp_path / name), "--out", str(tmp_path / "o.csv"))
        assert result.returncode == 2 and message in result.stderr and "Traceback" not in result.stderr


def test_help_of_both_commands(run):
    for command in ("batch", "report"):
        result = run(command, "--help")
        assert result.exit_code == 0 and "Usage:" in result.stdout


def test_a_bad_phone_drops_only_the_phone(toolkit):
    annotator = Annotator(Settings(Columns(text="t", country="c", phone="p")), toolkit=toolkit)
    out = annotator.annotate({"t": ["Hola, mi pedido no llega"], "c": ["MX"], "p": ["+1 415 555 010"]}.__getitem__, 1)
    assert out["xb_region"] == ["MX"] and out["xb_language"] == ["es"]
    assert out["xb_error"][0].startswith("invalid phone number '+1 415 555 010'")
    assert out["xb_error"][0].endswith("(annotated without the row's phone)")


def test_spark_ddl_names_the_same_columns():
    from xborder.batch import XB_DDL, xb_schema

    ddl = [part.strip().split(" ", 1) for part in XB_DDL.split(",")]
    spark = {"string": pa.string(), "boolean": pa.bool_(), "double": pa.float64(),
             "array<string>": pa.list_(pa.string())}
    assert [(name, spark[kind]) for name, kind in ddl] == [(f.name, f.type) for f in xb_schema()]


def test_a_json_array_is_named_as_such(tmp_path):
    path = tmp_path / "tickets.json"
    path.write_text('[{"id": 1, "text": "hola"}]\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"tickets.json:1: a JSON array, not JSON lines"):
        run_batch(path, tmp_path / "out.csv", jobs=1, progress=False)


def test_an_export_with_no_rows(tmp_path):
    path = tmp_path / "empty.csv"
    path.write_text("id,text\n", encoding="utf-8")
    summary = run_batch(path, tmp_path / "out.parquet", jobs=1, progress=False)
    table = pq.read_table(tmp_path / "out.parquet")
    assert summary.rows == 0 and table.num_rows == 0 and table.schema.names[:2] == ["id", "text"]


def test_dask_dataframe_map_partitions(reference):
    dd = pytest.importorskip("dask.dataframe")
    frame = reference.slice(0, 60).select(["ticket", "body", "opened", "first_reply", "country"]).to_pandas()
    ddf = dd.from_pandas(frame, npartitions=3)
    out = ddf.map_partitions(annotate_partition, columns=COLUMNS).compute(scheduler="synchronous")
    assert out["ticket"].tolist() == frame["ticket"].tolist() and list(out.index) == list(frame.index)
    languages = [None if value != value else value for value in out["xb_language"]]   # NaN -> None
    assert languages == reference.column("xb_language").to_pylist()[:60]
    local = [None if value != value else value for value in out["xb_local_time"]]   # NaN -> None
    assert local == reference.column("xb_local_time").to_pylist()[:60]
