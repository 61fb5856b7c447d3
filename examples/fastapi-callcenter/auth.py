"""Passwords, opaque bearer tokens and the dependency that checks them.

* Passwords are stored as ``pbkdf2_sha256$<iterations>$<salt hex>$<hash hex>`` (``hashlib.pbkdf2_hmac``).
* A token is 32 random bytes handed to the client once; the database keeps only its SHA-256, with the user, the
  granted scopes and the expiry. A request's scopes are the token's scopes that the user still has, so taking a
  scope away from a user takes effect at once.
"""
import hashlib
import hmac
import secrets
from datetime import timedelta
from typing import List, NamedTuple, Sequence

from fastapi import Depends, HTTPException, status
from fastapi.security import OAuth2PasswordBearer, SecurityScopes

import config
from db import Database, dumps, get_db, loads, now, to_db_time

SCOPES = {
    "calls:read": "Read calls",
    "calls:write": "Create and change calls",
    "users:read": "Read users and teams",
    "users:admin": "Manage users and teams",
}

#: The roles, in the ``Role`` enum's order: what each is for and the scopes it implies. ``GET /api/v1/roles/``
#: serves this and the seed gives the generated users these scopes, so the two cannot drift apart.
ROLES = {
    "agent": ("Answers and updates calls", ["calls:read", "calls:write"]),
    "supervisor": ("Runs a team; reads users and teams", ["calls:read", "calls:write", "users:read"]),
    "admin": ("Manages users, teams and permissions", list(SCOPES)),
}

# tokenUrl is relative, as FastAPI's tutorials write it; Switchboard resolves it against the document's URL.
oauth2_scheme = OAuth2PasswordBearer(tokenUrl="api/v1/auth/token", scopes=SCOPES)

ITERATIONS = 600_000  # OWASP's 2023 figure for PBKDF2-HMAC-SHA256
#: The stored hash of an account nobody can log in to (the generated seed users until an admin resets them).
UNUSABLE_PASSWORD = "!"


def hash_password(password: str, iterations: int = ITERATIONS) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8", "surrogatepass"), salt, iterations)
    return f"pbkdf2_sha256${iterations}${salt.hex()}${digest.hex()}"


# Checked instead of an unusable or unknown password, so a failed login takes as long whatever the reason.
_DUMMY = ("pbkdf2_sha256", str(ITERATIONS), "00" * 16, "")


def verify_password(password: str, stored: str) -> bool:
    parts = stored.split("$")
    usable = len(parts) == 4 and parts[0] == "pbkdf2_sha256"
    _, iterations, salt, expected = parts if usable else _DUMMY
    digest = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8", "surrogatepass"), bytes.fromhex(salt),
                                 int(iterations))
    return usable and hmac.compare_digest(digest.hex(), expected)


def ordered_scopes(scopes: Sequence[str]) -> List[str]:
    """Known scopes only, each once, in the order of :data:`SCOPES`."""
    return [s for s in SCOPES if s in set(scopes)]


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


def token_seconds() -> int:
    return max(1, round(config.TOKEN_MINUTES * 60))


def issue_token(db: Database, user_id: int, scopes: Sequence[str]) -> str:
    token = secrets.token_urlsafe(32)
    current = now()
    with db.write() as tx:
        tx.execute("DELETE FROM tokens WHERE expires_at <= ?", [to_db_time(current)])
        tx.execute("INSERT INTO tokens (token_hash, user_id, scopes, expires_at) VALUES (?, ?, ?, ?)",
                   [_token_hash(token), user_id, dumps(list(scopes)),
                    to_db_time(current + timedelta(seconds=token_seconds()))])
    return token


def revoke_tokens(tx, user_id: int) -> None:
    tx.execute("DELETE FROM tokens WHERE user_id = ?", [user_id])


class Principal(NamedTuple):
    """Who is calling, and with which scopes."""
    user_id: int
    scopes: List[str]


def _unauthorized(detail: str) -> HTTPException:
    return HTTPException(status.HTTP_401_UNAUTHORIZED, detail, headers={"WWW-Authenticate": "Bearer"})


def current_user(security_scopes: SecurityScopes, token: str = Depends(oauth2_scheme),
                 db: Database = Depends(get_db)) -> Principal:
    """Use as ``Security(current_user, scopes=[...])``: 401 without a valid token, 403 without the scopes.

    FastAPI writes the scopes into the operation's ``security`` in the document, which is how Switchboard
    knows, before sending anything, which actions a user may take.
    """
    row = db.one(
        "SELECT t.scopes, u.id, u.scopes AS user_scopes FROM tokens t JOIN users u ON u.id = t.user_id"
        " WHERE t.token_hash = ? AND t.expires_at > ? AND u.is_active = 1",
        [_token_hash(token), to_db_time(now())])
    if row is None:
        raise _unauthorized("Could not validate credentials")
    granted = [s for s in loads(row["scopes"]) if s in loads(row["user_scopes"])]
    if any(scope not in granted for scope in security_scopes.scopes):
        raise HTTPException(status.HTTP_403_FORBIDDEN, "Not enough permissions")
    return Principal(row["id"], granted)
