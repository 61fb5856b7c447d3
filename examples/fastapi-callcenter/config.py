"""Settings read from the environment once, at import."""
import os
from pathlib import Path

HERE = Path(__file__).resolve().parent

#: The SQLite file. ``:memory:`` keeps everything in memory (tests); a relative path is relative to this folder.
DATABASE = os.environ.get("CALLCENTER_DB", "callcenter.db")

#: Minutes a bearer token stays valid. Fractions are allowed (``0.05`` = 3 s, handy for testing expiry).
TOKEN_MINUTES = float(os.environ.get("TOKEN_MINUTES", "30"))

#: Bodies larger than this are refused with 413 before FastAPI reads them.
MAX_BODY_BYTES = 1024 * 1024

API_PREFIX = "/api/v1"


def database_path() -> str:
    if DATABASE == ":memory:" or DATABASE.startswith("file:"):
        return DATABASE
    path = Path(DATABASE)
    return str(path if path.is_absolute() else HERE / path)
