"""The experts table (extractor.experts) and `extractor experts`."""

from __future__ import annotations

import pandas as pd
from typer.testing import CliRunner

from extractor.cli import app
from extractor.dataset import read_dataset, write_table
from extractor.experts import build_experts, experts_of_dataset, merge_surnames
from extractor.records import DERIVED_TABLES


def quote(aid, speaker, kind="person", role="", affiliation="", text="words"):
    return {
        "article_id": aid,
        "quote_id": f"{aid}-q",
        "speaker": speaker,
        "role": role,
        "affiliation": affiliation,
        "text": text,
        "kind": "direct",
        "cue": "said",
        "speaker_type": kind,
        "start": 0,
        "end": 5,
    }


QUOTES = [
    quote("a1", "Nora Quist", role="an economist", affiliation="Fjord Bank"),
    quote("a1", "Quist"),
    quote("a1", "experts", kind="unnamed"),
    quote("a1", "Reuters", kind="media"),
    quote("a2", "Nora Quist", role="an economist", affiliation="Fjord Bank"),
    quote("a2", "Ivo Marek", role="a lawyer", affiliation="Danube Legal"),
    quote("a3", "nora  quist", role="chief economist", affiliation="Fjord Bank"),
    quote("a3", "Ivo Marek"),
]
ARTICLES = [
    {"article_id": "a1", "published": "2024-03-02"},
    {"article_id": "a2", "published": "2023-11-20"},
    {"article_id": "a3", "published": ""},
]


class TestBuildExperts:
    def test_columns_are_the_contract(self):
        table = build_experts(pd.DataFrame(QUOTES), pd.DataFrame(ARTICLES))
        assert list(table.columns) == list(DERIVED_TABLES["experts"])

    def test_one_row_per_person_most_quoted_first(self):
        table = build_experts(pd.DataFrame(QUOTES), pd.DataFrame(ARTICLES))
        assert list(table["speaker"]) == ["Nora Quist", "Ivo Marek"]
        assert list(table["n_quotes"]) == [4, 2]
        assert list(table["n_articles"]) == [3, 2]

    def test_surname_only_mention_merged_into_full_name(self):
        table = build_experts(pd.DataFrame(QUOTES[:2]), pd.DataFrame(ARTICLES))
        assert list(table["speaker"]) == ["Nora Quist"]
        assert table.loc[0, "n_quotes"] == 2

    def test_media_organisations_and_unnamed_are_not_experts(self):
        table = build_experts(pd.DataFrame(QUOTES), pd.DataFrame(ARTICLES))
        assert not {"experts", "Reuters"} & set(table["speaker"])

    def test_role_and_affiliation_most_common_non_empty(self):
        table = build_experts(pd.DataFrame(QUOTES), pd.DataFrame(ARTICLES)).set_index("speaker")
        assert table.loc["Nora Quist", "role"] == "an economist"
        assert table.loc["Ivo Marek", "affiliation"] == "Danube Legal"

    def test_first_and_last_published_skip_unknown_dates(self):
        table = build_experts(pd.DataFrame(QUOTES), pd.DataFrame(ARTICLES)).set_index("speaker")
        assert table.loc["Nora Quist", "first_published"] == "2023-11-20"
        assert table.loc["Nora Quist", "last_published"] == "2024-03-02"

    def test_without_articles_dates_are_empty(self):
        table = build_experts(pd.DataFrame(QUOTES), None)
        assert set(table["first_published"]) == {""}

    def test_no_quotes_gives_empty_table_with_columns(self):
        table = build_experts(pd.DataFrame(columns=["article_id", "speaker", "speaker_type"]), None)
        assert table.empty
        assert list(table.columns) == list(DERIVED_TABLES["experts"])

    def test_same_surname_in_two_full_names_is_not_merged(self):
        assert merge_surnames(["Kim", "Kim Jin-ho", "Kim Tae-hee"])["Kim"] == "Kim"

    def test_surname_inside_hyphenated_name(self):
        assert merge_surnames(["Eul-chul Lim", "Lim"])["Lim"] == "Eul-chul Lim"


class TestExpertsOfDataset:
    def test_filters_by_name_and_affiliation_case_insensitive(self):
        tables = {"quotes": pd.DataFrame(QUOTES), "articles": pd.DataFrame(ARTICLES)}
        assert list(experts_of_dataset(tables, name="marek")["speaker"]) == ["Ivo Marek"]
        assert list(experts_of_dataset(tables, affiliation="fjord")["speaker"]) == ["Nora Quist"]
        assert len(experts_of_dataset(tables, limit=1)) == 1

    def test_prefers_a_stored_experts_table(self):
        stored = pd.DataFrame(
            [{c: "" for c in DERIVED_TABLES["experts"]} | {"speaker": "Stored One", "n_quotes": 9, "n_articles": 1}]
        )
        tables = {"quotes": pd.DataFrame(QUOTES), "experts": stored}
        assert list(experts_of_dataset(tables)["speaker"]) == ["Stored One"]


class TestCli:
    def write_dataset(self, tmp_path, fmt="parquet"):
        write_table(tmp_path, "quotes", QUOTES, fmt)
        write_table(tmp_path, "articles", [a | {"source": "x"} for a in ARTICLES], fmt)
        return tmp_path

    def test_prints_table_from_parquet_dataset(self, tmp_path):
        folder = self.write_dataset(tmp_path)
        result = CliRunner().invoke(app, ["experts", str(folder)], env={"COLUMNS": "200"})
        assert result.exit_code == 0, result.output
        assert "Nora Quist" in result.output and "Ivo Marek" in result.output
        assert result.output.index("Nora Quist") < result.output.index("Ivo Marek")

    def test_name_and_limit_options(self, tmp_path):
        folder = self.write_dataset(tmp_path, fmt="csv")
        assert len(read_dataset(folder)["quotes"]) == len(QUOTES)
        result = CliRunner().invoke(
            app, ["experts", str(folder), "--name", "ivo", "--limit", "5"], env={"COLUMNS": "200"}
        )
        assert result.exit_code == 0, result.output
        assert "Ivo Marek" in result.output and "Nora Quist" not in result.output

    def test_missing_folder_is_a_clear_error(self, tmp_path):
        result = CliRunner().invoke(app, ["experts", str(tmp_path / "nope")])
        assert result.exit_code != 0
        assert "no dataset folder" in result.output
        assert "Traceback" not in result.output

    def test_dataset_without_quotes_says_so(self, tmp_path):
        write_table(tmp_path, "articles", [a | {"source": "x"} for a in ARTICLES], "parquet")
        result = CliRunner().invoke(app, ["experts", str(tmp_path)])
        assert result.exit_code == 0
        assert "No quoted people" in result.output

    def test_file_instead_of_folder_is_a_clear_error(self, tmp_path):
        path = tmp_path / "quotes.csv"
        path.write_text("x\n")
        result = CliRunner().invoke(app, ["experts", str(path)])
        assert result.exit_code != 0
        assert "not a folder" in result.output


def test_accumulated_parts_equal_one_build():
    """A run builds the table part by part; the result is the same as one build."""
    from extractor.experts import ExpertsAccumulator

    quotes = pd.DataFrame(
        {
            "article_id": ["a1", "a1", "a2", "a3", "a3"],
            "speaker": ["Peter Ward", "Ward", "Peter Ward", "Lim Eul-chul", "Peter  Ward"],
            "speaker_type": ["person"] * 5,
            "role": ["an expert", "", "a researcher", "a professor", "an expert"],
            "affiliation": ["Sejong Institute", "", "", "Kyungnam University", "Sejong Institute"],
        }
    )
    articles = pd.DataFrame({"article_id": ["a1", "a2", "a3"], "published": ["2025-05-20", "2024-01-02", "2025-07-01"]})
    acc = ExpertsAccumulator()
    acc.add(quotes[quotes.article_id != "a3"], articles[articles.article_id != "a3"])
    acc.add(quotes[quotes.article_id == "a3"], articles[articles.article_id == "a3"])
    whole = build_experts(quotes, articles)
    pd.testing.assert_frame_equal(acc.table(), whole)
    ward = whole[whole.speaker == "Peter Ward"].iloc[0]
    assert (ward.n_quotes, ward.n_articles, ward.first_published, ward.last_published) == (
        4,
        3,
        "2024-01-02",
        "2025-07-01",
    )
