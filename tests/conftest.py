"""Shared fixtures: the real pipeline, loaded once per test session."""

import pytest


@pytest.fixture(scope="session")
def nlp():
    from extractor.pipeline import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def parse():
    """The base model as our pipeline loads it (same exclusions), without
    our components: tests of the quote and fact logic call it themselves."""
    import spacy

    from extractor.pipeline import read_pipeline_config

    settings = read_pipeline_config()["pipeline"]
    return spacy.load(settings["base_model"], exclude=list(settings.get("exclude", [])))
