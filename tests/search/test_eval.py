"""`manage.py search_eval`: scores, the run file with differences, and the threshold exit status."""

import json

from django.core.management import call_command

import pytest

from search.management.commands.search_eval import JUDGEMENTS, score_query

from .helpers import add_page

pytestmark = pytest.mark.django_db


def test_scores_follow_the_definitions():
    perfect = score_query(["a", "b"], {"a": 3, "b": 1})
    assert perfect["ndcg@10"] == 1.0 and perfect["rr"] == 1.0 and perfect["found@10"]
    swapped = score_query(["b", "a"], {"a": 3, "b": 1})
    assert 0 < swapped["ndcg@10"] < 1 and swapped["rr"] == 1.0
    missed = score_query(["x", "y", "a"], {"a": 3})
    assert missed["rr"] == pytest.approx(1 / 3, abs=1e-3)
    assert score_query([], {"a": 3}) == {"ndcg@10": 0.0, "rr": 0.0, "found@10": False, "results": 0, "top": []}


def test_the_repository_judgement_set_is_large_enough():
    queries = json.loads(JUDGEMENTS.read_text(encoding="utf-8"))["queries"]
    assert sum(1 for q in queries if q["language"] == "nl") >= 40
    assert sum(1 for q in queries if q["language"] == "en") >= 15
    assert len({q["id"] for q in queries}) == len(queries)
    assert all(q["relevant"] and set(q["relevant"].values()) <= {1, 2, 3} for q in queries)
    assert {q["split"] for q in queries} == {"tuning", "heldout"}
    heldout = [q for q in queries if q["split"] == "heldout"]
    assert len(heldout) >= 30 and {q["language"] for q in heldout} == {"nl", "en"}
    assert len({q["kind"] for q in heldout}) >= 6


def test_eval_reports_both_parts_and_gates_on_the_held_out_part(home, tmp_path, capsys):
    add_page(home, "werkwijze", "Werkwijze", body="hoe inspecteurs werken")
    judgements = tmp_path / "judgements.json"
    queries = [
        {"id": "nl-01", "language": "nl", "query": "werkwijze", "kind": "known-item", "split": "tuning", "relevant": {"werkwijze": 3}},
        {"id": "nl-02", "language": "nl", "query": "qwxzrtplk", "kind": "topic", "split": "tuning", "relevant": {"werkwijze": 3}},
        {"id": "heldout-nl-01", "language": "nl", "query": "werkwijze inspecteurs", "kind": "topic", "split": "heldout", "relevant": {"werkwijze": 3}},
    ]
    judgements.write_text(json.dumps({"thresholds": {"database": {"ndcg@10": 0.9}}, "queries": queries}))
    output = tmp_path / "eval_last.json"

    # The tuning part scores 0.5, the held-out part 1.0: the threshold applies to the held-out part only.
    call_command("search_eval", backends=["default"], judgements=str(judgements), output=str(output))
    printed = capsys.readouterr().out
    assert "tuning part (2 queries)" in printed and "heldout part (1 queries)" in printed
    run = json.loads(output.read_text())["backends"]["default"]
    assert run["parts"]["tuning"]["ndcg@10"] == 0.5
    assert run["parts"]["heldout"]["ndcg@10"] == 1.0
    assert run["parts"]["tuning"]["ndcg@10_by_kind"] == {"known-item": 1.0, "topic": 0.0}

    queries[2]["query"] = "qwxzrtplk"
    judgements.write_text(json.dumps({"thresholds": {"database": {"ndcg@10": 0.9}}, "queries": queries}))
    with pytest.raises(SystemExit):
        call_command("search_eval", backends=["default"], judgements=str(judgements), output=str(output))
    assert "default (held-out part): ndcg@10 0.0000 is below the threshold" in capsys.readouterr().err


def test_eval_writes_a_run_reports_changes_and_fails_below_threshold(home, tmp_path, capsys):
    add_page(home, "kritische-beroepssituaties", "Kritische beroepssituaties", body="verhalen van inspecteurs")
    add_page(home, "werkwijze", "Werkwijze", body="hoe inspecteurs werken")
    judgements = tmp_path / "judgements.json"
    queries = [
        {"id": "nl-01", "language": "nl", "query": "beroepssituaties", "relevant": {"kritische-beroepssituaties": 3}},
        {"id": "nl-02", "language": "nl", "query": "werkwijze", "relevant": {"werkwijze": 3}},
        {"id": "nl-03", "language": "nl", "query": "qwxzrtplk", "relevant": {"werkwijze": 3}},
    ]
    judgements.write_text(json.dumps({"thresholds": {"database": {"ndcg@10": 0.5, "zero_result_rate": 0.5}}, "queries": queries}))
    output = tmp_path / "eval_last.json"

    call_command("search_eval", backends=["default"], judgements=str(judgements), output=str(output))
    run = json.loads(output.read_text())["backends"]["default"]
    assert run["kind"] == "database"
    assert run["metrics"]["found@10"] == pytest.approx(2 / 3, abs=1e-3)
    assert run["metrics"]["zero_result_rate"] == pytest.approx(1 / 3, abs=1e-3)
    assert run["queries"]["nl-01"]["top"] == ["kritische-beroepssituaties"]

    # A second run compares with the first; a stricter threshold makes the command fail.
    queries[2]["query"] = "werkwijze"
    judgements.write_text(json.dumps({"thresholds": {"database": {"ndcg@10": 1.01}}, "queries": queries}))
    capsys.readouterr()
    with pytest.raises(SystemExit) as exit_info:
        call_command("search_eval", backends=["default"], judgements=str(judgements), output=str(output))
    assert exit_info.value.code == 1
    printed = capsys.readouterr()
    assert "since last run" in printed.out
    assert "changed nl-03 'werkwijze': nDCG@10 0.000 -> 1.000" in printed.out
    assert "below the threshold" in printed.err


def test_every_judged_page_exists_in_the_demo_in_the_query_language(shared_demo_site):
    """A judgement naming a slug the demo no longer has scores 0 whatever the ranking does."""
    from wagtail.models import Page

    queries = json.loads(JUDGEMENTS.read_text(encoding="utf-8"))["queries"]
    pages = set(Page.objects.filter(depth__gte=2).values_list("locale__language_code", "slug"))
    missing = [(q["id"], slug) for q in queries for slug in q["relevant"] if (q["language"], slug) not in pages]
    assert missing == []
