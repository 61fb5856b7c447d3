"""The request and response bodies (pydantic 1.10, as Debian's FastAPI 0.92 uses).

Habits that help Switchboard (and any OpenAPI client generator) read these models:
* enums for closed sets of values, so the UI offers a drop-down;
* ``Optional[...] = None`` for what may be missing or null;
* bounds (``ge``/``le``, ``max_length``, ``regex``) that the UI can check before sending;
* ``readOnly``/``writeOnly`` so forms leave out server-set fields and tables never show a password;
* ``x-switchboard-reference`` on a field holding other records' ids, when its name alone does not say which.
"""
import re
from datetime import datetime, timezone
from enum import Enum
from typing import Any, List, Optional

from pydantic import AnyHttpUrl, BaseModel, Field, validator
from pydantic.errors import EmailError, NoneIsNotAllowedError, NumberNotGeError, NumberNotLeError, StrRegexError

HEX_ID = "^[0-9a-f]{24}$"
PHONE = r"^\+?[0-9 ()-]{3,32}$"
USERNAME = r"^[a-z][a-z0-9_.-]{1,31}$"
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_INT64_MIN, _INT64_MAX = -(2 ** 63), 2 ** 63 - 1


def format_datetime(value: datetime) -> str:
    """ISO 8601 in UTC with ``Z``, the way the contract writes date-times."""
    if value.tzinfo is not None:
        value = value.astimezone(timezone.utc).replace(tzinfo=None)
    text = value.isoformat(timespec="microseconds" if value.microsecond else "seconds")
    return text.rstrip("0") + "Z" if value.microsecond else text + "Z"


class Direction(str, Enum):
    inbound = "inbound"
    outbound = "outbound"


class CallStatus(str, Enum):
    ringing = "ringing"
    active = "active"
    completed = "completed"
    missed = "missed"
    voicemail = "voicemail"
    transferred = "transferred"


class Outcome(str, Enum):
    resolved = "resolved"
    follow_up = "follow_up"
    escalated = "escalated"
    no_answer = "no_answer"


class Role(str, Enum):
    agent = "agent"
    supervisor = "supervisor"
    admin = "admin"


class Scope(str, Enum):
    calls_read = "calls:read"
    calls_write = "calls:write"
    users_read = "users:read"
    users_admin = "users:admin"


class APIModel(BaseModel):
    class Config:
        # FastAPI applies the encoders of the outermost model to everything inside it, so every model carries them.
        json_encoders = {datetime: format_datetime}


class WriteModel(APIModel):
    """A request body. Besides its declared constraints it refuses what SQLite could not store."""

    @validator("*", pre=True)
    def _storable_text(cls, value: Any) -> Any:
        # JSON can carry lone surrogates ("\ud800"), which are no text SQLite (UTF-8) can hold.
        for text in value if isinstance(value, list) else [value]:
            if isinstance(text, str):
                try:
                    text.encode("utf-8")
                except UnicodeEncodeError:
                    raise ValueError("string is not valid Unicode (lone surrogate)") from None
        return value

    @validator("*")
    def _utc(cls, value: Any) -> Any:
        if isinstance(value, datetime):
            try:
                return value.astimezone(timezone.utc) if value.tzinfo else value.replace(tzinfo=timezone.utc)
            except OverflowError:
                raise ValueError("date-time out of range once converted to UTC") from None
        return value

    @validator("*")
    def _int64(cls, value: Any) -> Any:
        for number in value if isinstance(value, list) else [value]:
            if isinstance(number, int) and not isinstance(number, bool):
                if number > _INT64_MAX:
                    raise NumberNotLeError(limit_value=_INT64_MAX)
                if number < _INT64_MIN:
                    raise NumberNotGeError(limit_value=_INT64_MIN)
        return value


def _not_null(value: Any) -> Any:
    """A PATCH may leave a field out, but only nullable fields may be set to null."""
    if value is None:
        raise NoneIsNotAllowedError()
    return value


def _full_match(pattern: str, value: str) -> str:
    # pydantic v1 checks ``regex`` with re.match, where ``$`` also matches before a final newline.
    if not re.fullmatch(pattern, value):
        raise StrRegexError(pattern=pattern)
    return value


def _email(value: str) -> str:
    if not _EMAIL.fullmatch(value):
        raise EmailError()
    return value


# ---------------------------------------------------------------------------------------------------- auth

class Token(APIModel):
    access_token: str
    token_type: str = "bearer"
    expires_in: int = Field(..., description="Seconds until the token expires")
    scope: str = Field(..., description="The granted scopes, space-separated")


# --------------------------------------------------------------------------------------------------- calls

class CallCreate(WriteModel):
    direction: Direction
    caller_number: str = Field(..., regex=PHONE)
    agent_id: Optional[int] = Field(None, description="The user handling the call")
    queue: str = Field(..., max_length=64)
    status: CallStatus = CallStatus.ringing
    started_at: datetime
    ended_at: Optional[datetime] = None
    duration_s: Optional[int] = Field(None, ge=0)
    notes: Optional[str] = Field(None, max_length=2000)
    tags: List[str] = []
    recording_url: Optional[AnyHttpUrl] = None
    satisfaction: Optional[int] = Field(None, ge=1, le=5)

    _caller_number = validator("caller_number", allow_reuse=True)(lambda v: _full_match(PHONE, v))


class CallUpdate(WriteModel):
    """Every field optional; send only what changes (``null`` clears the nullable ones)."""
    agent_id: Optional[int] = Field(None, description="The user handling the call")
    queue: Optional[str] = Field(None, max_length=64)
    status: Optional[CallStatus] = None
    ended_at: Optional[datetime] = None
    duration_s: Optional[int] = Field(None, ge=0)
    notes: Optional[str] = Field(None, max_length=2000)
    tags: Optional[List[str]] = None
    recording_url: Optional[AnyHttpUrl] = None
    satisfaction: Optional[int] = Field(None, ge=1, le=5)

    _required_values = validator("queue", "status", "tags", pre=True, allow_reuse=True)(_not_null)


class Call(APIModel):
    id: str = Field(..., regex=HEX_ID)
    direction: Direction
    caller_number: str = Field(..., regex=PHONE)
    agent_id: Optional[int] = Field(None, description="The user handling the call")
    agent_name: Optional[str] = Field(None, title="Agent Name", readOnly=True,
                                      description="The agent's full name (their username when they have none),"
                                                  " for clients that may not read users")
    queue: str = Field(..., max_length=64)
    status: CallStatus
    started_at: datetime
    ended_at: Optional[datetime] = None
    duration_s: Optional[int] = Field(None, ge=0)
    notes: Optional[str] = Field(None, max_length=2000)
    tags: List[str] = []
    recording_url: Optional[AnyHttpUrl] = None
    satisfaction: Optional[int] = Field(None, ge=1, le=5)
    created_at: datetime = Field(..., readOnly=True)
    updated_at: datetime = Field(..., readOnly=True)


class PageCall(APIModel):
    """The envelope fastapi-pagination's ``Page[Call]`` serves."""
    items: List[Call]
    total: int = Field(..., ge=0)
    page: int = Field(..., ge=1)
    size: int = Field(..., ge=1)
    pages: int = Field(..., ge=0)


class CallTransfer(WriteModel):
    agent_id: int = Field(..., description="The user who takes the call over")
    reason: Optional[str] = Field(None, max_length=500)


class CallClose(WriteModel):
    outcome: Outcome
    notes: Optional[str] = Field(None, max_length=2000, description="Replaces the call's notes when given")


class CloseStale(WriteModel):
    older_than_minutes: int = Field(120, ge=1, le=10080, description="Calls that started longer ago than this")
    outcome: Outcome = Field(Outcome.no_answer, description="How they are closed")


class CloseStaleResult(APIModel):
    closed: int = Field(..., description="How many calls were closed")


class CallEventKind(str, Enum):
    created = "created"
    updated = "updated"
    transferred = "transferred"
    closed = "closed"


class CallEvent(APIModel):
    """One entry of a call's history."""
    at: datetime
    event: CallEventKind
    actor_id: Optional[int] = Field(None, description="The user who did it; null for seeded calls",
                                    **{"x-switchboard-reference": "users"})
    summary: str = Field(..., description="What happened, as a plain sentence")


# --------------------------------------------------------------------------------------------------- users

class UserRead(APIModel):
    id: int
    username: str = Field(..., regex=USERNAME)
    full_name: Optional[str] = Field(None, max_length=100)
    email: str = Field(..., max_length=254, format="email")
    is_active: bool
    role: Role
    scopes: List[Scope]
    created_at: datetime = Field(..., readOnly=True)


class UsersPublic(APIModel):
    """The envelope of the full-stack-fastapi-template's user list."""
    data: List[UserRead]
    count: int


class UserCreate(WriteModel):
    username: str = Field(..., regex=USERNAME)
    email: str = Field(..., max_length=254, format="email")
    password: str = Field(..., min_length=8, max_length=128, writeOnly=True)
    full_name: Optional[str] = Field(None, max_length=100)
    is_active: bool = True
    role: Role = Role.agent
    scopes: List[Scope] = []

    _username = validator("username", allow_reuse=True)(lambda v: _full_match(USERNAME, v))
    _email = validator("email", allow_reuse=True)(_email)


class UserUpdate(WriteModel):
    """Every field optional; the username never changes and the password only through reset-password."""
    email: Optional[str] = Field(None, max_length=254, format="email")
    full_name: Optional[str] = Field(None, max_length=100)
    is_active: Optional[bool] = None
    role: Optional[Role] = None
    scopes: Optional[List[Scope]] = None

    _email = validator("email", allow_reuse=True)(_email)
    _required_values = validator("email", "is_active", "role", "scopes", pre=True, allow_reuse=True)(_not_null)


class PasswordReset(WriteModel):
    new_password: str = Field(..., min_length=8, max_length=128, writeOnly=True)


class PasswordChange(WriteModel):
    """The caller's own password: the current one (checked, never stored) and the new one."""
    current_password: str = Field(..., writeOnly=True, format="password")
    new_password: str = Field(..., min_length=8, max_length=128, writeOnly=True, format="password")


# --------------------------------------------------------------------------------------------------- roles

class RoleRead(APIModel):
    name: Role
    description: str
    scopes: List[Scope] = Field(..., description="The scopes the role implies")


# --------------------------------------------------------------------------------------------------- teams

class TeamCreate(WriteModel):
    name: str = Field(..., min_length=1, max_length=64)
    description: Optional[str] = Field(None, max_length=500)
    member_ids: List[int] = Field([], description="Ids of the users in the team",
                                  **{"x-switchboard-reference": "users"})


class TeamUpdate(TeamCreate):
    """The whole team (PUT): a field left out is reset (``description`` to null, ``member_ids`` to [])."""


class Team(APIModel):
    id: int
    name: str = Field(..., min_length=1, max_length=64)
    description: Optional[str] = Field(None, max_length=500)
    member_ids: List[int] = Field([], description="Ids of the users in the team",
                                  **{"x-switchboard-reference": "users"})
